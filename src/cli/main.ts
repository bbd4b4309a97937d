import { Command, CommanderError, Option } from 'commander';
import { CannotRun, EXIT, type CliIo, type GlobalOptions } from './context.js';
import { registerInit } from './init.js';
import { registerNew } from './new.js';
import { registerLint } from './lint.js';
import { registerPlan } from './plan.js';
import { registerSchema } from './schema.js';
import { registerValidate } from './validate.js';

export type { CliIo } from './context.js';

/** A command's body: returns its exit code. */
export type Action = (options: Record<string, unknown>, globals: GlobalOptions, args: string[]) => Promise<number>;

export interface Registrar {
  io: CliIo;
  /** Wraps an action so that errors become exit codes and messages, never stack traces. */
  action: (body: Action) => (...args: unknown[]) => Promise<void>;
}

export const VERSION = '0.1.0';

/**
 * The whole CLI as a function: parses argv, runs one command, returns the exit
 * code (0 fine, 1 findings, 2 could not run). Nothing here calls process.exit.
 */
export async function main(io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('edito')
    .description('Social media editorial planning as code: validate a strategy, plan calendars, lint posts.')
    .version(VERSION, '-v, --version')
    .option('--dir <path>', 'workspace folder (default: search edito.yaml upward from the current folder)')
    .addOption(new Option('--locale <locale>', 'language of messages').choices(['fr', 'en']))
    .option('--no-color', 'no colours (NO_COLOR is honoured too)')
    .option('-q, --quiet', 'report errors only')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    })
    .showHelpAfterError('(run "edito --help" for usage)');

  const registrar: Registrar = {
    io,
    action: (body) => async (...args) => {
      const command = args.at(-1) as Command;
      const globals = command.optsWithGlobals() as GlobalOptions;
      exitCode = await runSafely(io, globals, () => body(command.opts(), globals, command.args));
    },
  };
  for (const register of [registerInit, registerNew, registerValidate, registerPlan, registerLint, registerSchema]) register(program, registrar);

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

async function runSafely(io: CliIo, globals: GlobalOptions, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    const { reportFailure } = await import('./failure.js');
    return reportFailure(io, globals, error);
  }
}

export { CannotRun };
