import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, realpath, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { changedFiles, commitFs, gitTop, resolveCommit } from '../../../src/io/git.js';

let top: string;
let first: string;
const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: top, encoding: 'utf8' });

beforeAll(async () => {
  top = await realpath(await mkdtemp(path.join(tmpdir(), 'edito-git-fs-')));
  await mkdir(path.join(top, 'ws/posts/2027'), { recursive: true });
  await writeFile(path.join(top, 'ws/edito.yaml'), 'brand: A\n');
  await writeFile(path.join(top, 'ws/posts/2027/a.md'), 'first\n');
  await writeFile(path.join(top, 'other.txt'), 'x');
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'one');
  first = git('rev-parse', 'HEAD').trim();
  await writeFile(path.join(top, 'ws/posts/2027/a.md'), 'second\n');
  await writeFile(path.join(top, 'ws/posts/2027/new.md'), 'new\n');
});

describe('the Fs port over a commit (io/git.ts)', () => {
  it('reads the files of the commit under the folder, not the working tree', async () => {
    const fs = await commitFs(top, first, 'ws');
    expect(Buffer.from(await fs.read(path.join(top, 'ws/posts/2027/a.md'))).toString()).toBe('first\n');
    expect(Buffer.from(fs.readSync(path.join(top, 'ws/edito.yaml'))).toString()).toBe('brand: A\n');
    await expect(fs.read(path.join(top, 'ws/posts/2027/new.md'))).rejects.toMatchObject({ code: 'ENOENT' });
    // Outside the folder asked for: not read.
    expect(await fs.kind(path.join(top, 'other.txt'))).toBeUndefined();
    expect(await fs.kind(path.join(top, 'ws/posts'))).toBe('directory');
    expect(await fs.kind(path.join(top, 'ws/edito.yaml'))).toBe('file');
  });

  it('lists and enumerates folders as the disk does, and refuses every write', async () => {
    const fs = await commitFs(top, first, 'ws');
    expect(await fs.list(path.join(top, 'ws'), (name) => name.endsWith('.md'), true)).toEqual(['posts/2027/a.md']);
    expect(await fs.list(path.join(top, 'ws'), () => true, false)).toEqual(['edito.yaml']);
    expect(await fs.list(path.join(top, 'nope'), () => true, true)).toBeUndefined();
    expect(await fs.entries(path.join(top, 'ws'))).toEqual([{ name: 'edito.yaml', type: 'file' }, { name: 'posts', type: 'directory' }]);
    await expect(fs.writeAtomic(path.join(top, 'ws/x'), 'x')).rejects.toMatchObject({ code: 'EROFS' });
  });

  it('finds the repository, resolves refs and lists what changed since a commit, untracked included', async () => {
    expect(await gitTop(path.join(top, 'ws/posts'))).toBe(top);
    expect(await resolveCommit(top, 'HEAD')).toBe(first);
    expect(await resolveCommit(top, 'no-such-ref')).toBeUndefined();
    expect(await resolveCommit(top, '--output=/tmp/x')).toBeUndefined();
    expect(await changedFiles(top, first, path.join(top, 'ws'))).toEqual(['posts/2027/a.md', 'posts/2027/new.md']);
  });
});
