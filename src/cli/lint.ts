import { Option, type Command } from 'commander';
import type { LintFlags } from './lint-run.js';
import type { Registrar } from './main.js';

/** `--format` values; a test checks they match the reporter map (src/io/reporters/lint-reporters.ts). */
export const LINT_FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit'] as const;

const collect = (value: string, previous: string[]) => [...previous, value];

export function registerLint(program: Command, { io, action }: Registrar): void {
  program
    .command('lint')
    .description('check posts against the charter: length, hashtags, tone, spelling, links, calendar (docs/rules.md)')
    .argument('[paths...]', 'post files, folders, globs or a .csv plan (default: the posts folder)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(LINT_FORMATS).default('stylish'))
    .option('--max-warnings <count>', 'exit 1 when there are more warnings than this')
    .option('--rule <id:severity>', 'set a rule severity (error, warning, info, off); repeatable', collect, [])
    .option('--today <date>', 'the date taken as today, YYYY-MM-DD (default: today in the workspace timezone)')
    .option('--from <date>', 'start of the window of the calendar rules (default: period.start)')
    .option('--to <date>', 'end of the window of the calendar rules (default: period.end)')
    .option('--stdin', 'lint one post read from standard input')
    .option('--stdin-filename <path>', 'the path of the post read with --stdin')
    .option('--fix', 'apply the safe fixes (substitutions, missing UTM parameters) and report what is left')
    .option('--fix-dry-run', 'print the diff --fix would apply, write nothing')
    .option('--report-unused-disable-directives', 'report edito-disable comments that silence nothing')
    .action(action(async (options, globals, args) => {
      const { runLint } = await import('./lint-run.js');
      return runLint(io, options as unknown as LintFlags, globals, args);
    }));
}
