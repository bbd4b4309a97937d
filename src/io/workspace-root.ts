import path from 'node:path';
import type { Fs } from '../app/fs.js';
import { DEFAULT_PATHS } from '../core/workspace.js';

/** Searches `edito.yaml` in `start` and its parents. */
export async function findWorkspaceRoot(fs: Fs, start: string): Promise<string | undefined> {
  let dir = path.resolve(start);
  for (;;) {
    if ((await fs.kind(path.join(dir, DEFAULT_PATHS.settings))) === 'file') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Characters that make a folder given on the command line (`--dir`) a pattern (tinyglobby's syntax) rather than a name. */
export const FOLDER_PATTERN = /[*?[\]{}]/;
