import type { CliIo } from './context.js';

/**
 * What bin/edito.js loads (dist/main.js): `main` without commander or any
 * command until they are needed (dist/cli.js), so that a `plan --cache` run
 * found in the cache (`plan-replay.ts`, dist/replay.js) costs little more
 * than starting Node.
 */
export async function main(io: CliIo): Promise<number> {
  const replayed = io.argv.includes('plan') && io.argv.includes('--cache') ? await (await import('./plan-replay.js')).replayCachedPlan(io) : undefined;
  return replayed ?? (await import('./main.js')).main(io);
}

export async function outputFailure(error: unknown, env: NodeJS.ProcessEnv): Promise<string> {
  return (await import('./main.js')).outputFailure(error, env);
}
