import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FileError } from '../../../src/app/fs.js';

/**
 * The real writer over the real disk, with one system call made to fail on
 * purpose: `failing` names the call, which of its uses fails (1 = the first)
 * and the errno. The Fs port is too coarse for this (init's whole change is one
 * `writeAllAtomic`), so the failure is injected beneath the writer.
 */
const failing = vi.hoisted(() => ({ call: '', nth: 0, code: '', seen: 0, paths: [] as string[], events: [] as string[] }));

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const wrap = <A extends unknown[], R>(name: string, call: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    if (failing.call === name) {
      failing.seen += 1;
      failing.paths.push(String(args[0]));
      if (failing.seen === failing.nth) throw Object.assign(new Error(`${failing.code}: ${String(args[0])}`), { code: failing.code });
    }
    return call(...args);
  };
  // Every flush and rename, in order, to see that a file reaches the disk before its name changes.
  const open = async (...args: Parameters<typeof real.open>) => {
    const handle = await wrap('open', real.open)(...args);
    const sync = handle.sync.bind(handle);
    return Object.assign(handle, { sync: async () => { failing.events.push(`sync ${path.basename(String(args[0]))}`); return sync(); } });
  };
  const rename = async (...args: Parameters<typeof real.rename>) => {
    failing.events.push(`rename ${path.basename(String(args[0]))}`);
    return wrap('rename', real.rename)(...args);
  };
  return { ...real, open, rename, link: wrap('link', real.link), mkdir: wrap('mkdir', real.mkdir) };
});

const { writeFileAtomic, writeFilesAtomic, createFileExclusive } = await import('../../../src/io/atomic-write.js');

function failOn(call: string, nth: number, code: string): void {
  Object.assign(failing, { call, nth, code, seen: 0, paths: [], events: [] });
}

beforeEach(() => failOn('', 0, ''));

/** Every file and folder under `dir`, relative, with the content of each file. */
async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full)] = entry.isDirectory() ? '<dir>' : await readFile(full, 'utf8');
  }
  return out;
}

const ERRNOS = ['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENAMETOOLONG', 'EMFILE'];

describe('the writer names your file, never its temporary one, and leaves nothing half-written', () => {
  it('flushes the temporary file to the disk before renaming it over the target, then flushes the folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'edito-aw-'));
    await writeFile(path.join(dir, 'plan.json'), 'old');
    await writeFileAtomic(path.join(dir, 'plan.json'), 'new');
    const events = failing.events.map((event) => event.replace(/\.edito-tmp-\d+-[0-9a-f]+/, 'TEMP'));
    expect(events).toEqual(['sync TEMP', 'rename TEMP', `sync ${path.basename(dir)}`]);
    expect(await tree(dir)).toEqual({ 'plan.json': 'new' });
  });

  it.each(ERRNOS)('replacing a file: %s on the temporary file or on the rename', async (code) => {
    for (const call of ['open', 'rename']) {
      const dir = await mkdtemp(path.join(tmpdir(), 'edito-aw-'));
      const file = path.join(dir, 'plan.json');
      await writeFile(file, 'old');
      failOn(call, 1, code);
      const error = await writeFileAtomic(file, 'new').catch((e: unknown) => e);
      // The failing call really was on the temporary file.
      expect(path.basename(failing.paths[0]!)).toMatch(/^\.edito-tmp-/);
      expect(error).toBeInstanceOf(FileError);
      expect(error).toMatchObject({ code, file, operation: 'write' });
      expect(await tree(dir)).toEqual({ 'plan.json': 'old' });
    }
  });

  it.each(ERRNOS)('creating a post exclusively: %s leaves no file, and names the post', async (code) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'edito-aw-'));
    for (const call of ['open', 'link']) {
      failOn(call, 1, code);
      const error = await createFileExclusive(dir, (n) => (n === 1 ? 'post.md' : `post-${n}.md`), 'text').catch((e: unknown) => e);
      expect(error).toMatchObject({ code, file: path.join(dir, 'post.md') });
      expect(await tree(dir)).toEqual({});
    }
  });

  it('a folder where a folder of the path should be is "a part of the path is a file", not "it already exists"', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'edito-aw-'));
    await writeFile(path.join(dir, 'charter'), 'a file');
    const error = await writeFilesAtomic(new Map([[path.join(dir, 'charter', 'charter.yaml'), 'x']]), { force: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ENOTDIR', file: path.join(dir, 'charter', 'charter.yaml') });
    expect(await tree(dir)).toEqual({ charter: 'a file' });
  });

  it('a folder in the way of an init --force file is "it is a folder", and nothing is written', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'edito-aw-'));
    await mkdir(path.join(dir, 'edito.yaml'));
    const files = new Map([[path.join(dir, 'a.yaml'), 'a'], [path.join(dir, 'edito.yaml'), 'x']]);
    const error = await writeFilesAtomic(files, { force: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'EISDIR', file: path.join(dir, 'edito.yaml') });
    expect(await tree(dir)).toEqual({ 'edito.yaml': '<dir>' });
  });
});

describe('init writes all its files or none', () => {
  /** A workspace folder with two files init replaces, and the files init writes: two replaced, two new (one in a new folder). */
  async function workspace(): Promise<{ dir: string; files: Map<string, string>; before: Record<string, string> }> {
    const dir = await mkdtemp(path.join(tmpdir(), 'edito-init-'));
    await writeFile(path.join(dir, 'edito.yaml'), 'old settings');
    await mkdir(path.join(dir, 'charter'));
    await writeFile(path.join(dir, 'charter', 'charter.yaml'), 'old charter');
    const files = new Map([
      [path.join(dir, 'edito.yaml'), 'new settings'],
      [path.join(dir, 'charter', 'charter.yaml'), 'new charter'],
      [path.join(dir, 'strategy', 'personas.yaml'), 'new personas'],
      [path.join(dir, 'strategy', 'deep', 'objectives.yaml'), 'new objectives'],
    ]);
    return { dir, files, before: await tree(dir) };
  }

  it.each([1, 2, 3, 4])('init --force with rename %i failing: the old files are back, no new file, backup, temp or folder remains', async (nth) => {
    const { dir, files, before } = await workspace();
    failOn('rename', nth, 'EIO');
    const error = await writeFilesAtomic(files, { force: true }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'EIO', file: [...files.keys()][nth - 1] });
    expect(await tree(dir)).toEqual(before);
  });

  it('without a failure, every file is written and no backup or temp remains', async () => {
    const { dir, files } = await workspace();
    expect(await writeFilesAtomic(files, { force: true })).toEqual([]);
    expect(await tree(dir)).toEqual({
      'edito.yaml': 'new settings', charter: '<dir>', 'charter/charter.yaml': 'new charter',
      strategy: '<dir>', 'strategy/personas.yaml': 'new personas', 'strategy/deep': '<dir>', 'strategy/deep/objectives.yaml': 'new objectives',
    });
  });

  it.each([['open', 3], ['open', 4], ['link', 1], ['mkdir', 3]] as const)('init failing while staging (%s number %i, after other files were staged): no file and no empty folder is left', async (call, nth) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'edito-init-'));
    await writeFile(path.join(dir, 'notes.txt'), 'mine');
    const files = new Map([
      [path.join(dir, 'strategy', 'personas.yaml'), 'personas'],
      [path.join(dir, 'strategy', 'deep', 'objectives.yaml'), 'objectives'],
      [path.join(dir, 'charter', 'charter.yaml'), 'charter'],
      [path.join(dir, 'edito.yaml'), 'settings'],
    ]);
    if (call === 'link') await writeFile(path.join(dir, 'edito.yaml'), 'old');
    failOn(call, nth, 'ENOSPC');
    const error = await writeFilesAtomic(files, { force: call === 'link' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ENOSPC' });
    expect(await tree(dir)).toEqual(call === 'link' ? { 'notes.txt': 'mine', 'edito.yaml': 'old' } : { 'notes.txt': 'mine' });
    expect((await stat(dir)).isDirectory()).toBe(true);
  });
});
