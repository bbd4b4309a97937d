import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { type FileHandle, access, chmod, chown, link, lstat, mkdir, open, readdir, readFile, readlink, realpath, rename, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { errorCode, FileError, type WriteRefusal } from '../app/fs.js';

export type { WriteRefusal } from '../app/fs.js';

const TEMP_PREFIX = '.edito-tmp-';
const BACKUP_PREFIX = '.edito-bak-';

/** A fresh temporary name next to the files of `dir` (same file system, so rename and link work). */
function tempPathIn(dir: string, prefix = TEMP_PREFIX): string {
  return path.join(dir, `${prefix}${process.pid}-${randomBytes(4).toString('hex')}`);
}

export async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Whether `file` (links followed) is something other than a regular file: a device, a FIFO, a terminal. */
async function isSpecial(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => undefined);
  return info !== undefined && !info.isFile() && !info.isDirectory();
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/**
 * Removes the temporary files and backups a killed edito left in `dir`: their
 * name carries the writer's pid, and a pid no process holds is a dead writer.
 */
export async function sweepStaleTemps(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((name) => {
    const match = /^\.edito-(?:tmp|bak)-(\d+)-[0-9a-f]+$/.exec(name);
    return match !== null && Number(match[1]) !== process.pid && !isAlive(Number(match[1]));
  });
  await Promise.all(stale.map((name) => unlink(path.join(dir, name)).catch(() => undefined)));
  return stale;
}

/** Why writing `file` must not happen, or undefined when it may. A device or FIFO (`/dev/stdout`) needs no --force: nothing is replaced. */
export async function checkWritable(file: string, options: { force?: boolean; createParents?: boolean } = {}): Promise<WriteRefusal | undefined> {
  const dir = path.dirname(file);
  if (!options.createParents && !(await exists(dir))) return { reason: 'no-parent', dir };
  if (!options.force && (await exists(file)) && !(await isSpecial(file))) return { reason: 'exists', file };
  return undefined;
}

/** An error as Node raises it: a message and a `code`. */
function errnoError(code: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${file}`), { code });
}

/** `mkdir -p`; a file where a folder of the path should be is ENOTDIR ("a part of the path is a file"), not EEXIST. */
async function makeFolders(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true }).catch((error: unknown) => Promise.reject(errorCode(error) === 'EEXIST' ? errnoError('ENOTDIR', dir) : error));
}

/**
 * Refuses to replace a file the user may not write. Renaming over a
 * read-only file would succeed: its permissions are the user's answer. A
 * file nobody may write (0444) is refused even to root, for whom access()
 * always says yes.
 */
async function checkReplaceable(file: string, before: { mode: number }): Promise<void> {
  await access(file, constants.W_OK);
  if ((before.mode & 0o222) === 0) throw errnoError('EACCES', file);
}

/** What a file is written from: its text, its bytes, or its text in pieces as it is produced. */
type Content = string | Uint8Array | Iterable<string>;

/** Writes every piece in turn: pieces produced as they are asked for are never all in memory at once. */
async function writeContent(handle: FileHandle, content: Content): Promise<void> {
  if (typeof content === 'string' || content instanceof Uint8Array) {
    await handle.writeFile(content);
    return;
  }
  // writeFile goes on from the current position, and writes a piece whole.
  for (const piece of content) await handle.writeFile(piece);
}

/** Writes `content` to a new file and flushes it to the disk before anyone may see it under its real name. */
async function writeDurably(file: string, content: Content, mode?: number): Promise<void> {
  const handle = await open(file, 'wx', mode ?? 0o666);
  try {
    await writeContent(handle, content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeInPlace(file: string, content: Content): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.truncate(0);
    await writeContent(handle, content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a folder's entries (the rename itself) to the disk; some file systems cannot, which only costs durability. */
async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}

/** The file a write really changes: a link's target (the link stays), else the path itself. */
async function writtenPath(target: string): Promise<string> {
  const info = await lstat(target).catch(() => undefined);
  if (!info?.isSymbolicLink()) return target;
  // A dangling link: its target is created.
  return realpath(target).catch(async () => path.resolve(path.dirname(target), await readlink(target)));
}

/** A failure named by the user's file, whatever temporary file it happened on. */
function asFileError(error: unknown, file: string): FileError {
  return error instanceof FileError ? error : new FileError(errorCode(error), file, 'write');
}

/**
 * Writes through a temporary file in the same folder, flushed to the disk,
 * then renamed over the target (or, with `exclusive`, linked to it, which
 * fails if the name is taken): a reader never sees a half-written file, and
 * neither a kill nor a power cut leaves one. A device or FIFO is written
 * straight through; a link's target is replaced and the link stays; the
 * replaced file's mode and owner are kept; a file the user may not write is
 * refused, not replaced.
 */
export async function writeFileAtomic(target: string, content: Content, options: { createParents?: boolean; exclusive?: boolean } = {}): Promise<void> {
  try {
    const file = await writtenPath(target);
    if (await isSpecial(file)) {
      await writeFile(file, content);
      return;
    }
    const dir = path.dirname(file);
    if (options.createParents) await makeFolders(dir);
    const before = await stat(file).catch((error: unknown) => (errorCode(error) === 'ENOENT' ? undefined : Promise.reject(error)));
    if (before?.isDirectory()) throw new FileError('EISDIR', target, 'write');
    if (before && options.exclusive) throw new FileError('EEXIST', target, 'write');
    if (before) await checkReplaceable(file, before);
    if (before && before.nlink > 1) {
      // A rename would cut the hard link: written in place, the other names see the new text.
      await writeInPlace(file, content);
      return;
    }
    await sweepStaleTemps(dir);
    const temp = tempPathIn(dir);
    try {
      await writeDurably(temp, content, before ? before.mode & 0o7777 : undefined);
      if (before) {
        await chmod(temp, before.mode & 0o7777);
        // The owner too when we may set it (root in CI); otherwise the file becomes ours, as with any editor.
        await chown(temp, before.uid, before.gid).catch(() => undefined);
      }
      if (options.exclusive) await link(temp, file);
      else await rename(temp, file);
    } finally {
      await unlink(temp).catch(() => undefined);
    }
    await syncFolder(dir);
  } catch (error) {
    throw asFileError(error, target);
  }
}

/** The folders `mkdir -p dir` would create, outermost first. */
async function missingFolders(dir: string): Promise<string[]> {
  const missing: string[] = [];
  for (let at = dir; !(await exists(at)); at = path.dirname(at)) {
    missing.unshift(at);
    if (path.dirname(at) === at) break;
  }
  return missing;
}

interface Staged {
  file: string;
  temp: string;
  /** Where the replaced file waits until every rename has succeeded. */
  backup?: string;
}

/** Puts every file back as it was: new ones removed, replaced ones restored from their backups, created folders removed. */
async function rollBack(staged: readonly Staged[], renamed: number, folders: readonly string[]): Promise<void> {
  for (const [index, entry] of staged.entries()) {
    await unlink(entry.temp).catch(() => undefined);
    if (index < renamed) {
      if (entry.backup) await rename(entry.backup, entry.file).catch(() => undefined);
      else await unlink(entry.file).catch(() => undefined);
    } else if (entry.backup) {
      await unlink(entry.backup).catch(() => undefined);
    }
  }
  for (const folder of [...folders].reverse()) await rmdir(folder).catch(() => undefined);
}

/**
 * Writes several files as one change: every target is checked first, all are
 * written to flushed temporary files, each replaced file is kept as a hard-linked
 * backup, then all are renamed. If anything fails, every file and folder is put
 * back as it was. Nothing is written when any check fails.
 */
export async function writeFilesAtomic(files: ReadonlyMap<string, string>, options: { force?: boolean } = {}): Promise<WriteRefusal[]> {
  const refusals: WriteRefusal[] = [];
  for (const file of files.keys()) {
    const refusal = await checkWritable(file, { force: options.force, createParents: true });
    if (refusal) refusals.push(refusal);
  }
  if (refusals.length > 0) return refusals;
  const staged: Staged[] = [];
  const folders: string[] = [];
  let renamed = 0;
  let current = '';
  try {
    for (const [target, content] of files) {
      current = target;
      const file = await writtenPath(target);
      const dir = path.dirname(file);
      const missing = await missingFolders(dir);
      // Counted before they are made, so that a mkdir failing half-way is undone too.
      folders.push(...missing);
      await makeFolders(dir);
      await sweepStaleTemps(dir);
      const before = await stat(file).catch(() => undefined);
      if (before?.isDirectory()) throw new FileError('EISDIR', target, 'write');
      if (before) await checkReplaceable(file, before);
      const entry: Staged = { file, temp: tempPathIn(dir) };
      staged.push(entry);
      await writeDurably(entry.temp, content, before ? before.mode & 0o7777 : undefined);
      if (before) {
        entry.backup = tempPathIn(dir, BACKUP_PREFIX);
        await link(file, entry.backup);
      }
    }
    for (const entry of staged) {
      current = entry.file;
      await rename(entry.temp, entry.file);
      renamed += 1;
    }
  } catch (error) {
    await rollBack(staged, renamed, folders);
    throw asFileError(error, current);
  }
  await Promise.all(staged.map((entry) => (entry.backup ? unlink(entry.backup).catch(() => undefined) : undefined)));
  await Promise.all([...new Set(staged.map((entry) => path.dirname(entry.file)))].map(syncFolder));
  return [];
}

/** Creates the file without ever replacing one: `link` fails if the name is taken, and the content is complete before it appears. */
export async function createFileExclusive(dir: string, name: (n: number) => string, text: string): Promise<string> {
  let current = path.join(dir, name(1));
  try {
    await makeFolders(dir);
    await sweepStaleTemps(dir);
    const temp = tempPathIn(dir);
    await writeDurably(temp, text);
    try {
      for (let n = 1; ; n += 1) {
        current = path.join(dir, name(n));
        try {
          await link(temp, current);
          await syncFolder(dir);
          return current;
        } catch (error) {
          if (errorCode(error) !== 'EEXIST') throw error;
        }
      }
    } finally {
      await unlink(temp).catch(() => undefined);
    }
  } catch (error) {
    throw asFileError(error, current);
  }
}

const LOCK_NAME = '.edito-lock';
const LOCK_WAIT_MS = 15_000;

/**
 * Runs `body` holding `dir/.edito-lock`, created exclusively with our pid in
 * it. A lock whose pid is dead is taken over; a live one is waited for.
 */
export async function withFolderLock<T>(dir: string, body: () => Promise<T>): Promise<T> {
  const lock = path.join(dir, LOCK_NAME);
  await makeFolders(dir).catch((error: unknown) => Promise.reject(asFileError(error, dir)));
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      await writeFile(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw asFileError(error, lock);
      const holder = Number(await readFile(lock, 'utf8').catch(() => ''));
      if (Number.isInteger(holder) && holder > 0 && !isAlive(holder)) {
        // Renamed away first, so that two processes never both remove a fresh lock.
        const taken = tempPathIn(dir);
        await rename(lock, taken).then(() => unlink(taken), () => undefined);
        continue;
      }
      if (Date.now() > deadline) throw new FileError('EBUSY', lock, 'write');
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 20));
    }
  }
  try {
    return await body();
  } finally {
    await unlink(lock).catch(() => undefined);
  }
}
