import { randomBytes } from 'node:crypto';
import { chmod, chown, link, lstat, mkdir, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type WriteRefusal = { reason: 'exists'; file: string } | { reason: 'no-parent'; dir: string };

/** A fresh temporary name next to the files of `dir` (same file system, so rename and link work). */
function tempPathIn(dir: string): string {
  return path.join(dir, `.edito-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
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

/** Why writing `file` must not happen, or undefined when it may. A device or FIFO (`/dev/stdout`) needs no --force: nothing is replaced. */
export async function checkWritable(file: string, options: { force?: boolean; createParents?: boolean } = {}): Promise<WriteRefusal | undefined> {
  const dir = path.dirname(file);
  if (!options.createParents && !(await exists(dir))) return { reason: 'no-parent', dir };
  if (!options.force && (await exists(file)) && !(await isSpecial(file))) return { reason: 'exists', file };
  return undefined;
}

/**
 * Writes through a temporary file in the same folder, then renames it over the
 * target: a reader never sees a half-written file, and a crash leaves none.
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array, options: { createParents?: boolean } = {}): Promise<void> {
  // A link is followed: its target is replaced, the link stays.
  const file = (await lstat(target).catch(() => undefined))?.isSymbolicLink() ? await realpath(target) : target;
  // A device or FIFO (/dev/null, /dev/stdout) is written through, never replaced by a regular file.
  if (await isSpecial(file)) {
    await writeFile(file, content);
    return;
  }
  const dir = path.dirname(file);
  if (options.createParents) await mkdir(dir, { recursive: true });
  const before = await stat(file).catch(() => undefined);
  const temp = tempPathIn(dir);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    if (before) {
      // The replaced file keeps its permissions, and its owner when we may set it (root in CI).
      await chmod(temp, before.mode & 0o7777);
      await chown(temp, before.uid, before.gid).catch(() => undefined);
    }
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Writes several files as one change: every target is checked first, all are
 * written to temporary files, then renamed. Nothing is written when any check fails.
 */
export async function writeFilesAtomic(files: ReadonlyMap<string, string>, options: { force?: boolean } = {}): Promise<WriteRefusal[]> {
  const refusals: WriteRefusal[] = [];
  for (const file of files.keys()) {
    const refusal = await checkWritable(file, { force: options.force, createParents: true });
    if (refusal) refusals.push(refusal);
  }
  if (refusals.length > 0) return refusals;
  const staged: [string, string][] = [];
  try {
    for (const [file, content] of files) {
      await mkdir(path.dirname(file), { recursive: true });
      const temp = tempPathIn(path.dirname(file));
      await writeFile(temp, content, { flag: 'wx' });
      staged.push([temp, file]);
    }
    for (const [temp, file] of staged) await rename(temp, file);
  } catch (error) {
    await Promise.all(staged.map(([temp]) => unlink(temp).catch(() => undefined)));
    throw error;
  }
  return [];
}

/** Creates the file without ever replacing one: `link` fails if the name is taken, and the content is complete before it appears. */
export async function createFileExclusive(dir: string, name: (n: number) => string, text: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const temp = tempPathIn(dir);
  await writeFile(temp, text, { flag: 'wx' });
  try {
    for (let n = 1; ; n += 1) {
      const file = path.join(dir, name(n));
      try {
        await link(temp, file);
        return file;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}
