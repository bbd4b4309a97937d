import type { AppContext } from '../app/context.js';
import { nodeFs } from '../io/node-fs.js';
import type { CliIo } from './context.js';

/**
 * The only place that reads the clock: use cases and the core take "now" as
 * a parameter. EDITO_NOW (an ISO 8601 instant) pins it, for reproducible demos and tests.
 */
export function now(io: CliIo): Date {
  const pinned = io.env.EDITO_NOW ? new Date(io.env.EDITO_NOW) : undefined;
  return pinned && !Number.isNaN(pinned.getTime()) ? pinned : new Date();
}

/** What a use case gets from the CLI: the file system (the real one unless a test passes its own), the folder, the environment and the clock. */
export function appContext(io: CliIo): AppContext {
  return { fs: io.fs ?? nodeFs, cwd: io.cwd, env: io.env, now: now(io) };
}
