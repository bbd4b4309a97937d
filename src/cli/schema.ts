import path from 'node:path';
import type { Command } from 'commander';
import { CannotRun, EXIT } from './context.js';
import type { Registrar } from './main.js';

export function registerSchema(program: Command, { io, action }: Registrar): void {
  program
    .command('schema')
    .description('write the JSON Schema of every file kind, for editor completion and checks')
    .option('-o, --out <dir>', 'folder to write into', 'schemas')
    .option('--force', 'overwrite schema files that differ')
    .action(action(async (options, globals) => {
      const { readFile } = await import('node:fs/promises');
      const { jsonSchemas } = await import('../io/json-schemas.js');
      const { writeFilesAtomic } = await import('../io/atomic-write.js');
      const { resolveLocale, translator } = await import('../i18n/index.js');
      const t = translator(resolveLocale(globals.locale, undefined, io.env));
      const dir = path.resolve(io.cwd, String(options.out));
      const targets = new Map<string, string>();
      for (const [name, text] of jsonSchemas()) {
        const file = path.join(dir, name);
        const current = await readFile(file, 'utf8').catch(() => undefined);
        if (current !== text) targets.set(file, text);
      }
      const refusals = await writeFilesAtomic(targets, { force: Boolean(options.force) });
      if (refusals.length > 0) {
        const files = refusals.map((r) => path.relative(io.cwd, r.reason === 'exists' ? r.file : r.dir)).join(', ');
        throw new CannotRun('cli.out_exists', { file: files });
      }
      if (!globals.quiet) io.stdout.write(`${t('cli.schema_written', { count: jsonSchemas().size, dir: path.relative(io.cwd, dir) || '.' })}\n`);
      return EXIT.ok;
    }));
}
