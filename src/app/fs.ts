import path from 'node:path';

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
  /** What is at a path (links followed), or undefined when nothing is. */
  kind(file: string): Promise<'file' | 'directory' | 'other' | undefined>;
  /** The real path (links resolved) of `file`, or of its deepest existing folder followed by the rest. */
  realpath(file: string): Promise<string>;
  /** Sorted paths, relative to `dir` with forward slashes, of the files under it that `keep` accepts; undefined when `dir` cannot be listed. */
  list(dir: string, keep: (name: string) => boolean, recursive: boolean): Promise<string[] | undefined>;
  /** Absolute paths matching a glob pattern, relative to `cwd`. */
  glob(pattern: string, cwd: string): Promise<string[]>;
  /** Why writing `file` must not happen (it exists and no force; its folder is missing), or undefined. */
  checkWritable(file: string, options?: { force?: boolean; createParents?: boolean }): Promise<WriteRefusal | undefined>;
  /** Replaces or creates `file` so that no reader ever sees half of it. */
  writeAtomic(file: string, content: string, options?: { createParents?: boolean }): Promise<void>;
  /** Several files as one change: all checked first, nothing written if any is refused. */
  writeAllAtomic(files: ReadonlyMap<string, string>, options?: { force?: boolean }): Promise<WriteRefusal[]>;
  /** Creates a new file under the first free name `name(1)`, `name(2)`…, never replacing one; returns its path. */
  createExclusive(dir: string, name: (n: number) => string, content: string): Promise<string>;
}

export type WriteRefusal = { reason: 'exists'; file: string } | { reason: 'no-parent'; dir: string };

/** A path with forward slashes, as workspace-relative paths are written everywhere in edito. */
export function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/** The Node error code of a failed file operation (ENOENT, EACCES…). */
export function errorCode(error: unknown): string {
  return (error as { code?: string } | undefined)?.code ?? String(error);
}
