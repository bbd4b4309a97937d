import { execFile } from 'node:child_process';
import { chmod, lstat, mkdtemp, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers.js';

const run = promisify(execFile);
const PLAN = ['plan', '--dir', 'examples/saas-consultant', '--format', 'json', '--today', '2027-01-02'];

describe('plan --out: one writer that never replaces what is not a regular file', () => {
  it('/dev/null stays a device, even with --force', async () => {
    const { code } = await runBin([...PLAN, '--out', '/dev/null', '--force']);
    expect(code).toBe(0);
    expect((await stat('/dev/null')).isCharacterDevice()).toBe(true);
  });

  it('a FIFO is written through without --force, and stays a FIFO', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'edito-fifo-'));
    const fifo = path.join(dir, 'pipe');
    await run('mkfifo', [fifo]);
    const reader = readFile(fifo, 'utf8');
    const { code } = await runBin([...PLAN, '--out', fifo]);
    expect(code).toBe(0);
    expect(JSON.parse(await reader).slots.length).toBeGreaterThan(0);
    expect((await lstat(fifo)).isFIFO()).toBe(true);
  });

  it('a symlink keeps being a link, its target is replaced; the replaced file keeps its mode', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'edito-link-'));
    const target = path.join(dir, 'real.json');
    const link = path.join(dir, 'link.json');
    await writeFile(target, 'old');
    await chmod(target, 0o640);
    await symlink(target, link);
    const { code } = await runBin([...PLAN, '--out', link, '--force']);
    expect(code).toBe(0);
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(JSON.parse(await readFile(target, 'utf8')).slots.length).toBeGreaterThan(0);
    expect((await stat(target)).mode & 0o777).toBe(0o640);
  });

  it('--out - is standard output', async () => {
    const { code, stdout } = await runBin([...PLAN, '--out', '-']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).slots.length).toBeGreaterThan(0);
  });
});

describe('plan --out: exclusive without --force, folders and full disks said plainly', () => {
  it('ten concurrent runs without --force: exactly one writes, the nine others are refused', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'edito-race-'));
    const out = path.join(dir, 'plan.json');
    const runs = await Promise.all(Array.from({ length: 10 }, () => runBin([...PLAN, '--out', out])));
    expect(runs.filter((r) => r.code === 0)).toHaveLength(1);
    expect(runs.filter((r) => r.code === 2 && r.stderr.includes('already exists; use --force'))).toHaveLength(9);
    expect(JSON.parse(await readFile(out, 'utf8')).slots.length).toBeGreaterThan(0);
  });

  it('a folder as --out (or a name ending in /) is "it is a folder", exit 2, and no file appears', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'edito-isdir-'));
    const onFolder = await runBin([...PLAN, '--out', dir]);
    expect(onFolder.code).toBe(2);
    expect(onFolder.stderr).toContain(`edito: cannot write ${dir}: it is a folder`);
    const trailing = await runBin([...PLAN, '--out', `${path.join(dir, 'newname')}/`]);
    expect(trailing.code).toBe(2);
    await expect(stat(path.join(dir, 'newname'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('a hard-linked file replaced with --force keeps its link', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'edito-hardlink-'));
    const out = path.join(dir, 'plan.json');
    await writeFile(out, 'old');
    await run('ln', [out, path.join(dir, 'other.json')]);
    const { code } = await runBin([...PLAN, '--out', out, '--force']);
    expect(code).toBe(0);
    expect(await readFile(path.join(dir, 'other.json'), 'utf8')).toBe(await readFile(out, 'utf8'));
    expect((await stat(out)).nlink).toBe(2);
  });

  // plan writes in pieces; the others in one write, whose failure comes after main has returned (the bin must not exit before it).
  for (const argv of [PLAN, ['validate', '--dir', 'examples/saas-consultant', '--format', 'json'], ['--version'], ['--help']]) {
    it(`stdout on a full disk (/dev/full) is a sentence on stderr and exit 2, not a stack trace: ${argv[0]}`, async () => {
      const { stderr, code } = await new Promise<{ stderr: string; code: number }>((resolve) => {
        execFile('sh', ['-c', `"${process.execPath}" bin/edito.js ${argv.join(' ')} > /dev/full`], { env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8' } }, (error, _out, err) => {
          resolve({ stderr: err, code: error ? Number(error.code) : 0 });
        });
      });
      expect(code).toBe(2);
      expect(stderr).toContain('edito: cannot write the output: no space left on the disk\n  → free some space, then run the command again: the file was left as it was\n');
      expect(stderr).not.toMatch(/\n\s+at /);
    });
  }
});
