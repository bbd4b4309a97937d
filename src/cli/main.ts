import { Command, CommanderError, Option } from 'commander';
import { EXIT, type CliIo, type GlobalOptions } from './context.js';
import type { CommandExample, CommandSpec, OptionSpec } from './command.js';
import { resolveLocale, type Locale } from '../i18n/locale.js';
import { completionCommand } from './completion.js';
import { diffCommand } from './diff.js';
import { exportCommand } from './export.js';
import { initCommand } from './init.js';
import { lintCommand } from './lint.js';
import { newCommand } from './new.js';
import { planCommand } from './plan.js';
import { reportCommand } from './report.js';
import { schemaCommand } from './schema.js';
import { validateCommand } from './validate.js';

export type { CliIo } from './context.js';
export { CannotRun } from './context.js';
export { VERSION } from './version.js';
import { VERSION } from './version.js';

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly CommandSpec[] = [initCommand, newCommand, validateCommand, planCommand, lintCommand, diffCommand, exportCommand, reportCommand, schemaCommand, completionCommand];

/** Flags every command accepts (DESIGN §4). */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  {
    flags: '--dir <path>', repeatable: true,
    description: 'workspace folder (default: search edito.yaml upward from the current folder); validate, plan, lint and diff take several: repeat it, or quote a glob (--dir \'clients/*\')',
  },
  { flags: '--locale <locale>', description: 'language of messages', choices: ['fr', 'en'] },
  { flags: '--no-color', description: 'no colours (NO_COLOR is honoured too)' },
  { flags: '-q, --quiet', description: 'report errors only' },
];

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

function optionOf(spec: OptionSpec): Option {
  const option = new Option(spec.flags, spec.description);
  if (spec.choices) option.choices(spec.choices);
  if (spec.repeatable) option.argParser(collect);
  // An empty list for a command's own repeatable flag; --dir stays unset (the workspace is then searched upward).
  if (spec.repeatable && !GLOBAL_OPTIONS.includes(spec)) option.default([]);
  if (spec.default !== undefined) option.default(spec.default);
  return option;
}

/**
 * The whole CLI as a function: parses argv, runs one command, returns the exit
 * code (0 fine, 1 findings, 2 could not run). Nothing here calls process.exit.
 */
export async function main(io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('edito')
    .description('Social media editorial planning as code: validate a strategy, plan calendars, lint posts.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(run "edito --help" for usage)');
  for (const option of GLOBAL_OPTIONS) program.addOption(optionOf(option));

  for (const spec of COMMANDS) {
    const command = program.command(spec.name).description(spec.description);
    for (const argument of spec.arguments ?? []) command.argument(argument.name, argument.description);
    for (const option of spec.options) command.addOption(optionOf(option));
    if (spec.examples?.length) command.addHelpText('after', () => examplesHelp(spec.examples ?? [], helpLocale(io)));
    command.action(async (...args: unknown[]) => {
      const self = args.at(-1) as Command;
      const { dir: dirs = [], ...rest } = self.optsWithGlobals() as Omit<GlobalOptions, 'dir'> & { dir?: string[] };
      const options = self.opts();
      const runIo = options.format === 'github' ? await withUntrustedStderr(io) : io;
      const run = (runIo: CliIo, globals: GlobalOptions, body: () => Promise<number>) => runSafely(runIo, globals, options.format, body);
      exitCode = await run(runIo, { ...rest, dir: dirs[0] }, async () => {
        const { workspaceFolders, checkManyRun, runMany } = await import('./workspaces.js');
        const folders = await workspaceFolders(runIo, spec.name, dirs, self.args);
        const input = { io: runIo, options, args: self.args };
        if ('one' in folders) return spec.run({ ...input, globals: { ...rest, dir: folders.one } });
        checkManyRun(spec, dirs.length > 0 ? input : { ...input, args: [] });
        return runMany(spec, { ...input, globals: rest }, folders.many, run);
      });
    });
  }

  if (io.argv.length === 0) {
    program.outputHelp();
    return EXIT.ok;
  }
  try {
    await program.parseAsync([...io.argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.cannotRun;
    }
    throw error;
  }
  return exitCode;
}

/**
 * Under `--format github` stdout holds the annotations and stderr everything
 * else (summaries, warnings, failures), which may carry workspace text: each
 * write to stderr is logged inside its own stop-commands bracket. A plain
 * object, not a Writable, so that no write is still buffered at exit.
 */
async function withUntrustedStderr(io: CliIo): Promise<CliIo> {
  const { stopCommands } = await import('../io/reporters/github.js');
  const stderr = { write: (text: string | Uint8Array) => io.stderr.write(stopCommands(String(text))), isTTY: false };
  return { ...io, stderr: stderr as unknown as CliIo['stderr'] };
}

/** The language of `--help`: `--locale` if given, else the environment's (LANG…), else English. */
function helpLocale(io: CliIo): Locale {
  const at = io.argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  const flag = at < 0 ? undefined : io.argv[at]!.includes('=') ? io.argv[at]!.split('=')[1] : io.argv[at + 1];
  return resolveLocale(flag, undefined, io.env);
}

function examplesHelp(examples: readonly CommandExample[], locale: Locale): string {
  const heading = locale === 'fr' ? 'Exemples :' : 'Examples:';
  return `\n${heading}\n${examples.map((e) => `  # ${e[locale]}\n  $ ${e.command}`).join('\n')}`;
}

async function runSafely(io: CliIo, globals: GlobalOptions, format: unknown, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    const { reportFailure } = await import('./failure.js');
    return reportFailure(io, globals, error, format);
  }
}

/** The message for an output stream that failed (ENOSPC on stdout, EBADF): localized, never a stack trace. */
export async function outputFailure(error: unknown, env: NodeJS.ProcessEnv): Promise<string> {
  const [{ translator, resolveLocale }, { errnoHint, errnoReason, errorCode }] = await Promise.all([import('../i18n/index.js'), import('../app/fs.js')]);
  const t = translator(resolveLocale(undefined, undefined, env));
  const code = errorCode(error);
  const hint = errnoHint(code);
  return `edito: ${t('fs.stdout_failed', { reason: errnoReason(code) })}\n${hint ? `  → ${t(hint)}\n` : ''}`;
}
