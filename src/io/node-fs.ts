import { readFileSync } from 'node:fs';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { errorCode, toPosix, type Fs } from '../app/fs.js';

const writer = () => import('./atomic-write.js');

/** The real file system behind the `Fs` port. */
export const nodeFs: Fs = {
  read: (file) => readFile(file),
  readSync: (file) => readFileSync(file),
  kind: async (file) => {
    try {
      const info = await stat(file);
      return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other';
    } catch (error) {
      return errorCode(error) === 'ELOOP' ? 'loop' : undefined;
    }
  },
  realpath: async (file) => {
    const rest: string[] = [];
    for (let at = path.resolve(file); ; at = path.dirname(at)) {
      try {
        return path.join(await realpath(at), ...rest.reverse());
      } catch {
        if (path.dirname(at) === at) return path.resolve(file);
        rest.push(path.basename(at));
      }
    }
  },
  list: async (dir, keep, recursive) => {
    try {
      const entries = await readdir(dir, { withFileTypes: true, recursive });
      return entries
        .filter((entry) => entry.isFile() && keep(entry.name))
        .map((entry) => toPosix(path.relative(dir, path.join(entry.parentPath ?? dir, entry.name))))
        .sort();
    } catch {
      return undefined;
    }
  },
  entries: async (dir) => {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.map((entry) => ({
      name: entry.name,
      type: entry.isFile() ? 'file' : entry.isDirectory() ? 'directory' : entry.isSymbolicLink() ? 'symlink' : 'other',
    }));
  },
  glob: async (pattern, cwd) => {
    const { glob } = await import('tinyglobby');
    return glob(pattern, { cwd, absolute: true });
  },
  // The writer (and node:crypto behind its temp names) loads only in commands that write.
  checkWritable: async (...args) => (await writer()).checkWritable(...args),
  writeAtomic: async (...args) => (await writer()).writeFileAtomic(...args),
  writeAllAtomic: async (...args) => (await writer()).writeFilesAtomic(...args),
  createExclusive: async (...args) => (await writer()).createFileExclusive(...args),
  withLock: async (dir, body) => (await writer()).withFolderLock(dir, body),
};
