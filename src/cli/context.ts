import type { Readable, Writable } from 'node:stream';
import type { Fs } from '../app/fs.js';

/** What a command may touch of the outside world: passed in, so tests run `main` in-process. */
export interface CliIo {
  argv: readonly string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  stdin?: Readable & { isTTY?: boolean };
  /** The file system the use cases get: the real one unless a test passes an in-memory tree. */
  fs?: Fs;
}

export const EXIT = { ok: 0, findings: 1, cannotRun: 2, interrupted: 130 } as const;

/** Flags every command accepts (DESIGN §4). */
export interface GlobalOptions {
  dir?: string;
  locale?: string;
  color: boolean;
  quiet?: boolean;
}

export { CannotRun } from '../app/errors.js';

export function useColor(io: CliIo, options: { color: boolean }, stream: { isTTY?: boolean } = io.stdout): boolean {
  if (!options.color) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}

/** Below this many characters, pieces are gathered before a write (a report's many small ones). */
const WRITE_FROM = 1 << 16;

/**
 * Writes pieces as they are produced, small ones gathered into writes of
 * about WRITE_FROM characters, waiting while the reader catches up: a long
 * plan or report is never held whole.
 */
export async function writeAll(stream: NodeJS.WritableStream, pieces: Iterable<string>): Promise<void> {
  let pending: string[] = [];
  let size = 0;
  const flush = async () => {
    const text = pending.join('');
    pending = [];
    size = 0;
    if (stream.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        stream.off('drain', done);
        stream.off('close', done);
        resolve();
      };
      stream.on('drain', done);
      stream.on('close', done);
    });
  };
  for (const piece of pieces) {
    pending.push(piece);
    size += piece.length;
    if (size >= WRITE_FROM) await flush();
  }
  if (size > 0) await flush();
}
