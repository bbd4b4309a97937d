import path from 'node:path';
import type { CommandSpec } from './command.js';
import { EXIT } from './context.js';

export const schemaCommand: CommandSpec = {
  name: 'schema',
  description: 'write the JSON Schema of every file kind, for editor completion and checks',
  options: [
    { flags: '-o, --out <dir>', description: 'folder to write into (default: .edito/schemas of the workspace, where the templates point)' },
    { flags: '--force', description: 'overwrite schema files that differ' },
  ],
  run: async ({ io, globals, options }) => {
    const [{ writeSchemas }, { appContext }, { resolveLocale, translator }] = await Promise.all([
      import('../app/schema.js'), import('./clock.js'), import('../i18n/index.js'),
    ]);
    const t = translator(resolveLocale(globals.locale, undefined, io.env));
    const { dir, written } = await writeSchemas(appContext(io), { out: options.out as string | undefined, dir: globals.dir, force: options.force === true });
    const shownDir = path.relative(io.cwd, dir) || '.';
    const message = written === 0 ? t('cli.schema_up_to_date', { dir: shownDir }) : t('cli.schema_written', { count: written, dir: shownDir });
    if (!globals.quiet) io.stdout.write(`${message}\n`);
    return EXIT.ok;
  },
};
