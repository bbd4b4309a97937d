import path from 'node:path';
import { defineCommand } from './command.js';
import text from './schema.json' with { type: 'json' };
import { EXIT } from './context.js';

export const schemaCommand = defineCommand(text, async ({ io, globals, options }) => {
  const [{ writeSchemas }, { appContext }, { resolveLocale, translator }] = await Promise.all([
    import('../app/schema.js'), import('./clock.js'), import('../i18n/index.js'),
  ]);
  const t = translator(resolveLocale(globals.locale, undefined, io.env));
  const { dir, written } = await writeSchemas(appContext(io), { out: options.out as string | undefined, dir: globals.dir, force: options.force === true });
  const shownDir = path.relative(io.cwd, dir) || '.';
  const message = written === 0 ? t('cli.schema_up_to_date', { dir: shownDir }) : t('cli.schema_written', { count: written, dir: shownDir });
  if (!globals.quiet) io.stdout.write(`${message}\n`);
  return EXIT.ok;
});
