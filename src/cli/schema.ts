import path from 'node:path';
import type { Command } from 'commander';
import { CannotRun, EXIT } from './context.js';
import type { Registrar } from './main.js';

export function registerSchema(program: Command, { io, action }: Registrar): void {
  program
    .command('schema')
    .description('write the JSON Schema of every file kind, for editor completion and checks')
    .option('-o, --out <dir>', 'folder to write into (default: .edito/schemas of the workspace, where the templates point)')
    .option('--force', 'overwrite schema files that differ')
    .action(action(async (options, globals) => {
      const { readFile } = await import('node:fs/promises');
      const { jsonSchemas } = await import('../io/json-schemas.js');
      const { writeFilesAtomic } = await import('../io/atomic-write.js');
      const { resolveLocale, translator } = await import('../i18n/index.js');
      const t = translator(resolveLocale(globals.locale, undefined, io.env));
      const dir = options.out === undefined ? await defaultDir() : path.resolve(io.cwd, String(options.out));
      async function defaultDir(): Promise<string> {
        const { findWorkspaceRoot } = await import('../io/workspace-loader.js');
        const { SCHEMAS_DIR } = await import('../io/scaffold.js');
        const start = globals.dir === undefined ? io.cwd : path.resolve(io.cwd, globals.dir);
        return path.join((await findWorkspaceRoot(start)) ?? start, SCHEMAS_DIR);
      }
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
      const shownDir = path.relative(io.cwd, dir) || '.';
      const message = targets.size === 0 ? t('cli.schema_up_to_date', { dir: shownDir }) : t('cli.schema_written', { count: targets.size, dir: shownDir });
      if (!globals.quiet) io.stdout.write(`${message}\n`);
      return EXIT.ok;
    }));
}
