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
