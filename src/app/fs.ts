import path from 'node:path';
import { ref, type MessageParam } from '../core/diagnostics.js';

/**
 * What a use case may do to the file system: the port every use case takes.
 * src/io/node-fs.ts gives the real one; tests give an in-memory tree
 * (test/memory-fs.ts) that can also fail on purpose. Paths are absolute.
 */
export interface Fs {
  /** A file's bytes; rejects with an error carrying a Node `code` (ENOENT, EACCES, EISDIR…). */
  read(file: string): Promise<Uint8Array>;
  /** The same, synchronously: for thousands of small posts it is several times faster. */
  readSync(file: string): Uint8Array;
  /** What is at a path (links followed): 'loop' for links that lead back to themselves (ELOOP), undefined when nothing is. */
  kind(file: string): Promise<'file' | 'directory' | 'other' | 'loop' | undefined>;
  /** The real path (links resolved) of `file`, or of its deepest existing folder followed by the rest. */
  realpath(file: string): Promise<string>;
  /** Sorted paths, relative to `dir` with forward slashes, of the files under it that `keep` accepts; undefined when `dir` cannot be listed. */
  list(dir: string, keep: (name: string) => boolean, recursive: boolean): Promise<string[] | undefined>;
  /** The entries of one folder, links not followed; rejects with the Node error (EACCES, ENOENT…) when it cannot be listed. */
  entries(dir: string): Promise<DirEntry[]>;
  /** Absolute paths matching a glob pattern, relative to `cwd`. */
  glob(pattern: string, cwd: string): Promise<string[]>;
  /** Why writing `file` must not happen (it exists and no force; its folder is missing), or undefined. */
  checkWritable(file: string, options?: { force?: boolean; createParents?: boolean }): Promise<WriteRefusal | undefined>;
  /**
   * Replaces or creates `file` so that no reader ever sees half of it. With
   * `exclusive`, an existing file is never replaced, even one created a moment
   * ago by another process: the write fails with EEXIST. Failures are `FileError`s.
   */
  /** `content` may come in pieces (a long plan as it is produced): it is never joined into one string. */
  writeAtomic(file: string, content: string | Iterable<string>, options?: { createParents?: boolean; exclusive?: boolean }): Promise<void>;
  /** Several files as one change: all checked first, nothing written if any is refused. */
  writeAllAtomic(files: ReadonlyMap<string, string>, options?: { force?: boolean }): Promise<WriteRefusal[]>;
  /** Creates a new file under the first free name `name(1)`, `name(2)`…, never replacing one; returns its path. */
  createExclusive(dir: string, name: (n: number) => string, content: string): Promise<string>;
  /** Runs `body` while holding the lock of folder `dir` (a lock file), so that two processes never run it at once. */
  withLock<T>(dir: string, body: () => Promise<T>): Promise<T>;
}

export interface DirEntry {
  name: string;
  type: 'file' | 'directory' | 'symlink' | 'other';
}

/**
 * A file operation that failed, named by the user's file (never a temporary
 * one) and the Node error code, so that the CLI can say what happened and what to do.
 */
export class FileError extends Error {
  constructor(readonly code: string, readonly file: string, readonly operation: 'read' | 'write') {
    super(`${code}: ${file}`);
  }
}

/** Error codes with a sentence and a hint of their own in the catalogs (`errno.<code>`). */
export const EXPLAINED_ERRNOS = [
  'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'EISDIR', 'ENOTDIR', 'ENAMETOOLONG', 'ENOENT', 'EEXIST', 'EMFILE', 'ENFILE', 'ELOOP', 'EBADF', 'EIO', 'EBUSY', 'ENXIO',
] as const;

export type WriteRefusal = { reason: 'exists'; file: string } | { reason: 'no-parent'; dir: string };

/** A path with forward slashes, as workspace-relative paths are written everywhere in edito. */
export function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/** The Node error code of a failed file operation (ENOENT, EACCES…). */
export function errorCode(error: unknown): string {
  return (error as { code?: string } | undefined)?.code ?? String(error);
}

/** The message id of what to do about an error code (`errno.EACCES.hint`), or undefined when it has none. */
export function errnoHint(code: string): string | undefined {
  return (EXPLAINED_ERRNOS as readonly string[]).includes(code) ? `errno.${code}.hint` : undefined;
}

/** The localized reason of an error code (`errno.EACCES`: "permission denied"), or the code itself when it has none. */
export function errnoReason(code: string): MessageParam {
  return (EXPLAINED_ERRNOS as readonly string[]).includes(code) ? ref(`errno.${code}`) : code;
}
