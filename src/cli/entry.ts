import type { CliIo } from './context.js';
import { VERSION } from './version.js';

/** `edito --help` as commander writes it to a pipe, put in by the build (scripts/build.mjs); undefined from the sources. */
declare const __EDITO_HELP__: string | undefined;

/**
 * What bin/edito.js loads (dist/main.js): `main` without commander or any
 * command until they are needed (dist/cli.js), so that a `plan --cache` run
 * found in the cache (`plan-replay.ts`, dist/replay.js), `--version` and
 * `--help` cost little more than starting Node.
 */
export async function main(io: CliIo): Promise<number> {
  const alone = answeredAlone(io.argv);
  if (alone !== undefined) {
    io.stdout.write(alone);
    return 0;
  }
  const replayed = io.argv.includes('plan') && io.argv.includes('--cache') ? await (await import('./plan-replay.js')).replayCachedPlan(io) : undefined;
  return replayed ?? (await import('./main.js')).main(io);
}

/**
 * The bytes commander would write for `--version`, and for `--help` (or no
 * argument) when stdout is no terminal: it wraps help to the width of
 * process.stdout only when that is one.
 */
function answeredAlone(argv: readonly string[]): string | undefined {
  if (argv.length > 1) return undefined;
  if (argv[0] === '--version' || argv[0] === '-v') return `${VERSION}\n`;
  const help = argv[0] === undefined || argv[0] === '--help' || argv[0] === '-h';
  return help && typeof __EDITO_HELP__ === 'string' && !process.stdout.isTTY ? __EDITO_HELP__ : undefined;
}

export async function outputFailure(error: unknown, env: NodeJS.ProcessEnv): Promise<string> {
  return (await import('./main.js')).outputFailure(error, env);
}
