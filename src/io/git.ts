import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { FileError, toPosix, type DirEntry, type Fs } from '../app/fs.js';

/** What `git` printed, or undefined when it failed (not a repository, unknown ref) or is not installed. */
export function git(cwd: string, args: readonly string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', [...args], { cwd, maxBuffer: 256 * 1024 * 1024, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } }, (error, stdout) => {
      resolve(error ? undefined : stdout);
    });
  });
}

/** The top folder of the work tree holding `cwd`, or undefined outside a git repository. */
export async function gitTop(cwd: string): Promise<string | undefined> {
  const top = await git(cwd, ['rev-parse', '--show-toplevel']);
  return top === undefined ? undefined : path.resolve(top.trim());
}

/** The commit a ref names (`HEAD`, `main`, `HEAD~1`, a sha), or undefined when it names none. */
export async function resolveCommit(top: string, ref: string): Promise<string | undefined> {
  if (ref.startsWith('-')) return undefined;
  const sha = await git(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  return sha?.trim() || undefined;
}

export async function isShallow(top: string): Promise<boolean> {
  return (await git(top, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true';
}

/** Workspace-relative posix paths of the files that differ between `commit` and the working tree (staged or not, untracked included). */
export async function changedFiles(top: string, commit: string, under: string): Promise<string[]> {
  const prefix = toPosix(path.relative(top, under));
  const spec = prefix === '' ? '.' : prefix;
  const [changed, untracked] = await Promise.all([
    git(top, ['diff', '--name-only', '-z', '--no-renames', commit, '--', spec]),
    git(top, ['ls-files', '-z', '--others', '--exclude-standard', '--', spec]),
  ]);
  const all = `${changed ?? ''}${untracked ?? ''}`.split('\0').filter(Boolean);
  return [...new Set(all.map((file) => toPosix(path.relative(under, path.join(top, file)))))].sort();
}

/** Every blob under `prefix` (repository-relative) of a commit, read in one `git cat-file --batch`. */
async function readTree(top: string, commit: string, prefix: string): Promise<Map<string, Uint8Array>> {
  const listing = (await git(top, ['ls-tree', '-r', '-z', '--full-tree', commit, '--', prefix === '' ? '.' : prefix])) ?? '';
  const blobs: { sha: string; file: string }[] = [];
  for (const entry of listing.split('\0')) {
    const match = /^(\d+) blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
    // Links (120000) and submodules are not followed: a tree is read as files only.
    if (match && match[1] !== '120000') blobs.push({ sha: match[2]!, file: match[3]! });
  }
  const files = new Map<string, Uint8Array>();
  if (blobs.length === 0) return files;
  const output = await new Promise<Buffer>((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd: top, stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new Error(`git cat-file exited with ${code}`))));
    child.stdin.end(blobs.map((b) => b.sha).join('\n') + '\n');
  });
  let at = 0;
  for (const blob of blobs) {
    const headerEnd = output.indexOf(10, at);
    const size = Number(output.subarray(at, headerEnd).toString('latin1').split(' ')[2]);
    const start = headerEnd + 1;
    files.set(path.join(top, blob.file), output.subarray(start, start + size));
    at = start + size + 1;
  }
  return files;
}

/**
 * The `Fs` port over one commit's tree, read-only: the workspace loader reads
 * the old revision as it reads the disk, without anything being checked out.
 * Paths are the same absolute paths as in the working tree.
 */
export async function commitFs(top: string, commit: string, prefix: string): Promise<Fs> {
  const files = await readTree(top, commit, prefix);
  const dirs = new Set<string>();
  for (const file of files.keys()) {
    for (let dir = path.dirname(file); dir.startsWith(top) && !dirs.has(dir); dir = path.dirname(dir)) dirs.add(dir);
  }
  dirs.add(top);
  const missing = (file: string) => Object.assign(new Error(`ENOENT: ${file}`), { code: 'ENOENT' });
  const children = (dir: string): DirEntry[] => {
    const seen = new Map<string, DirEntry['type']>();
    const inside = (p: string) => path.dirname(p) === dir;
    for (const file of files.keys()) if (inside(file)) seen.set(path.basename(file), 'file');
    for (const sub of dirs) if (sub !== dir && inside(sub)) seen.set(path.basename(sub), 'directory');
    return [...seen].map(([name, type]) => ({ name, type })).sort((a, b) => (a.name < b.name ? -1 : 1));
  };
  const readOnly = async (): Promise<never> => {
    throw new FileError('EROFS', commit, 'write');
  };
  return {
    read: async (file) => {
      const bytes = files.get(path.resolve(file));
      if (!bytes) throw missing(file);
      return bytes;
    },
    readSync: (file) => {
      const bytes = files.get(path.resolve(file));
      if (!bytes) throw missing(file);
      return bytes;
    },
    kind: async (file) => (files.has(path.resolve(file)) ? 'file' : dirs.has(path.resolve(file)) ? 'directory' : undefined),
    realpath: async (file) => path.resolve(file),
    list: async (dir, keep, recursive) => {
      const base = path.resolve(dir);
      if (!dirs.has(base)) return undefined;
      return [...files.keys()]
        .filter((file) => file.startsWith(base + path.sep) && (recursive || path.dirname(file) === base) && keep(path.basename(file)))
        .map((file) => toPosix(path.relative(base, file)))
        .sort();
    },
    entries: async (dir) => {
      if (!dirs.has(path.resolve(dir))) throw missing(dir);
      return children(path.resolve(dir));
    },
    glob: async () => [],
    checkWritable: readOnly,
    writeAtomic: readOnly,
    writeAllAtomic: readOnly,
    createExclusive: readOnly,
    withLock: async (_dir, body) => body(),
  };
}
