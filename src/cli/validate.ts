import path from 'node:path';
import { Option, type Command } from 'commander';
import { EXIT, useColor } from './context.js';
import type { Registrar } from './main.js';

export const VALIDATE_FORMATS = ['stylish', 'json'] as const;

export function registerValidate(program: Command, { io, action }: Registrar): void {
  program
    .command('validate')
    .description('check every workspace file: schemas, cross-references, SMART objectives, editorial lines, benchmark')
    .addOption(new Option('-f, --format <format>', 'output format').choices(VALIDATE_FORMATS).default('stylish'))
    .action(action(async (options, globals) => {
      const { openWorkspace } = await import('./workspace.js');
      const opened = await openWorkspace(io, globals, { posts: false });
      const reportOptions = { t: opened.t, color: useColor(io, globals), root: opened.root, cwd: io.cwd, quiet: globals.quiet };
      if (options.format === 'json') {
        const { jsonDiagnostics } = await import('../io/reporters/diagnostics-json.js');
        io.stdout.write(jsonDiagnostics(opened.findings, reportOptions));
      } else {
        const { stylishDiagnostics } = await import('../io/reporters/diagnostics-stylish.js');
        const report = stylishDiagnostics(opened.findings, reportOptions);
        io.stdout.write(report || (globals.quiet ? '' : `${opened.t('report.clean', { dir: path.relative(io.cwd, opened.root) || '.' })}\n`));
      }
      return opened.errorCount > 0 ? EXIT.findings : EXIT.ok;
    }));
}
