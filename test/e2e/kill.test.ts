import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, copyOf, REPO, runBin } from '../helpers.js';

/**
 * The kill test of issue 14: edito killed (SIGKILL, nothing runs after it) at
 * seeded random moments while it writes. After each kill every target is whole,
 * its old or its new content; the next complete run leaves no temporary file.
 */
const KILLS = 50;
/** Folders worked in parallel, to keep the test fast. */
const BATCH = 10;
const TODAY = '2027-01-02';
/** Past the e2e default: on a loaded machine a hundred runs take a while (no test here asserts a duration). */
const TEST_TIMEOUT = 150_000;

/** A small seeded generator (mulberry32): the same moments on every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs the bin and SIGKILLs it after `delay` ms (unless it ended before); resolves once it is gone, with whether the kill landed. */
function runAndKill(argv: string[], cwd: string, delay: number): Promise<{ killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd, stdio: 'ignore', env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8' } });
    const timer = setTimeout(() => child.kill('SIGKILL'), delay);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL' });
    });
  });
}

/** How long a run takes here, with BATCH of them at once (the load the kills meet). Only to spread the kills, never asserted. */
async function typicalMs(runOnce: (index: number) => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await Promise.all(Array.from({ length: BATCH }, (_, index) => runOnce(index)));
  return performance.now() - started;
}

/** `.edito-*` leftovers (temporary files, backups, locks) anywhere under `dir`. */
async function leftovers(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((name) => path.basename(name).startsWith('.edito-'));
}

/**
 * KILLS kills spread over BATCH folders worked in parallel: in each folder,
 * KILLS / BATCH kills one after the other (`kill(folder, index)`), then one
 * complete run (`finish(folder)`), which must sweep what every killed run left.
 */
async function killChains(kill: (folder: number, index: number) => Promise<void>, finish: (folder: number) => Promise<void>): Promise<void> {
  await Promise.all(Array.from({ length: BATCH }, async (_, folder) => {
    for (let index = folder; index < KILLS; index += BATCH) await kill(folder, index);
    await finish(folder);
  }));
}

describe('SIGKILL at random moments never leaves a half-written file', () => {
  it(`plan --out F --force, killed ${KILLS} times: F is the old or the new calendar, whole; the next run leaves no temporary file`, async () => {
    const plan = (out: string) => ['plan', '--dir', path.join(REPO, 'examples', 'saas-consultant'), '--format', 'json', '--today', TODAY, '--out', out, '--force', '--quiet'];
    const root = await mkdtemp(path.join(tmpdir(), 'edito-kill-plan-'));
    const reference = path.join(root, 'reference.json');
    const done = await runBin(plan(reference));
    expect(done.code).toBe(0);
    const NEW = await readFile(reference, 'utf8');
    const OLD = `${JSON.stringify({ old: 'calendar', padding: 'x'.repeat(NEW.length) })}\n`;
    const ms = await typicalMs((index) => runBin(plan(path.join(root, `measure-${index}.json`))));
    const random = seeded(14);
    const delays = Array.from({ length: KILLS }, () => random() * ms * 1.2);
    let killed = 0;
    const dirs = await Promise.all(Array.from({ length: BATCH }, async (_, folder) => {
      const dir = path.join(root, `run-${folder}`);
      await mkdir(dir);
      return dir;
    }));
    const out = (folder: number) => path.join(dirs[folder]!, 'calendar.json');
    await killChains(async (folder, index) => {
      await writeFile(out(folder), OLD);
      if ((await runAndKill(plan(out(folder)), dirs[folder]!, delays[index]!)).killed) killed += 1;
      expect([OLD, NEW]).toContain(await readFile(out(folder), 'utf8'));
    }, async (folder) => {
      const next = await runBin(plan(out(folder)));
      expect(next.code).toBe(0);
      expect(await readFile(out(folder), 'utf8')).toBe(NEW);
      expect(await leftovers(dirs[folder]!)).toEqual([]);
    });
    // The test tests something: most moments fall before the run would end.
    expect(killed).toBeGreaterThan(0);
  }, TEST_TIMEOUT);

  it(`lint --fix, killed ${KILLS} times: each fixable post is its old or its fixed text, whole; the next run fixes the rest and leaves no temporary file`, async () => {
    const FIXABLE = [
      'posts/2027/02/2027-02-02-linkedin-groundhog-churn.md',
      'posts/2027/02/2027-02-09-linkedin-signs-priced-too-low.md',
      'posts/2027/02/2027-02-11-linkedin-webinar-invite.md',
      'posts/2027/03/2027-03-02-linkedin-moved.md',
    ];
    const template = await copyOf('examples/saas-consultant');
    await mkdir(path.join(template, 'posts/2027/03'));
    await writeFile(path.join(template, FIXABLE[3]!), (await readFile(path.join(template, FIXABLE[0]!), 'utf8')).replace('date: 2027-02-02', 'date: 2027-03-02'));
    const OLD: Record<string, string> = {};
    for (const file of FIXABLE) {
      OLD[file] = `${(await readFile(path.join(template, file), 'utf8')).trimEnd()}\nWe utilize it, and utilize it again.\n`;
      await writeFile(path.join(template, file), OLD[file]!);
    }
    const NEW = Object.fromEntries(FIXABLE.map((file) => [file, OLD[file]!.replace('We utilize it, and utilize it again.', 'We use it, and use it again.')]));
    // Spelling off: the dictionary only slows each run, the writer is what is tested.
    const lint = ['lint', '--fix', '--today', TODAY, '--quiet', '--rule', 'spelling:off'];
    const copies = await Promise.all(Array.from({ length: 2 * BATCH }, () => copyOf(path.relative(REPO, template))));
    const ms = await typicalMs((index) => runBin(lint, { cwd: copies[BATCH + index]! }));
    // The uninterrupted runs wrote exactly the fixed texts.
    for (const file of FIXABLE) expect(await readFile(path.join(copies[BATCH]!, file), 'utf8')).toBe(NEW[file]);
    const random = seeded(1414);
    const delays = Array.from({ length: KILLS }, () => random() * ms * 1.2);
    let killed = 0;
    await killChains(async (folder, index) => {
      const dir = copies[folder]!;
      for (const file of FIXABLE) await writeFile(path.join(dir, file), OLD[file]!);
      if ((await runAndKill(lint, dir, delays[index]!)).killed) killed += 1;
      for (const file of FIXABLE) expect([OLD[file], NEW[file]]).toContain(await readFile(path.join(dir, file), 'utf8'));
    }, async (folder) => {
      const dir = copies[folder]!;
      await runBin(lint, { cwd: dir });
      for (const file of FIXABLE) expect(await readFile(path.join(dir, file), 'utf8')).toBe(NEW[file]);
      expect(await leftovers(path.join(dir, 'posts'))).toEqual([]);
    });
    expect(killed).toBeGreaterThan(0);
  }, TEST_TIMEOUT);
});
