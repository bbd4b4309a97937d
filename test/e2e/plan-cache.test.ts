import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { yearWorkspace } from '../../bench/year-workspace.mjs';
import { cacheText, copyOf, edit, readCache, REPO, runBin, type RunResult } from '../helpers.js';

/** The clock of every run: no --today, so that the day the cache took as today is checked too. */
const NOW = { EDITO_NOW: '2027-01-02T09:00:00Z' };
const FORMATS = ['json', 'ics', 'csv', 'md', 'html', 'table'];
const POST = 'posts/2027/01/2027-01-30-instagram-bugnes.md';
const dirs: string[] = [];

afterAll(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function example(name: string): Promise<string> {
  const dir = await copyOf(`examples/${name}`);
  dirs.push(dir);
  return dir;
}

const run = (argv: string[], env: Record<string, string> = {}) => runBin(argv, { env: { ...NOW, ...env } });

/** The plan cache files of a workspace's default folder. */
async function planCaches(dir: string): Promise<string[]> {
  const names = await readdir(path.join(dir, '.edito', 'cache')).catch(() => []);
  return names.filter((name) => name.startsWith('edito-plan-')).map((name) => path.join(dir, '.edito', 'cache', name));
}

const DEBUG_LINE = /edito: plan replayed from the cache in \d+ ms\n$/;

/** Whether a run with the same line is replayed from the cache (EDITO_DEBUG says so, and nothing else changes). */
async function expectReplayed(argv: string[], expected: RunResult): Promise<void> {
  const debug = await run(argv, { EDITO_DEBUG: '1' });
  expect(debug.stderr).toMatch(DEBUG_LINE);
  expect({ ...debug, stderr: debug.stderr.replace(DEBUG_LINE, '') }).toEqual(expected);
}

/** A run without cache, the first with --cache (written) and the next (replayed): the same exit code and bytes. */
async function sameCachedAndNot(argv: string[], env: Record<string, string> = {}): Promise<RunResult> {
  const cold = await run(argv, env);
  const first = await run([...argv, '--cache'], env);
  const warm = await run([...argv, '--cache'], env);
  expect(first).toEqual(cold);
  expect(warm).toEqual(cold);
  return cold;
}

describe('edito plan --cache', () => {
  it('prints the bytes of a run without cache, cold and warm, in every format, for both examples and the bench workspace', async () => {
    const bench = await yearWorkspace();
    dirs.push(bench);
    for (const dir of [await example('fournil-lyon'), await example('saas-consultant'), bench]) {
      for (const format of FORMATS) {
        const argv = ['plan', '--dir', dir, '--format', format];
        const cold = await sameCachedAndNot(argv);
        expect(cold.code).toBe(0);
        expect(cold.stderr).toMatch(/slot|créneau/);
        await expectReplayed([...argv, '--cache'], cold);
      }
      expect(await planCaches(dir)).toHaveLength(FORMATS.length);
    }
  }, 240_000);

  it('--quiet, --verbose, --today, --network and the terminal language are runs of their own', async () => {
    const dir = await example('fournil-lyon');
    for (const extra of [['--quiet'], ['--verbose'], ['--today', '2027-01-20'], ['--network', 'instagram'], ['--from', '2027-01-10', '--to', '2027-02-10']]) {
      const argv = ['plan', '--dir', dir, '--format', 'md', ...extra];
      await expectReplayed([...argv, '--cache'], await sameCachedAndNot(argv));
    }
    await sameCachedAndNot(['plan', '--dir', dir], { LANG: 'fr_FR.UTF-8', NO_COLOR: '1' });
  });

  it('--out: the same file and line hit or miss; an existing file is refused as without cache, --force replaces it', async () => {
    const dir = await example('saas-consultant');
    const out = path.join(dir, 'plan.ics');
    const argv = ['plan', '--dir', dir, '--format', 'ics', '--out', out];
    const cold = await run(argv);
    const written = await readFile(out);
    await rm(out);
    expect(await run([...argv, '--cache'])).toEqual(cold);
    await rm(out);
    await expectReplayed([...argv, '--cache'], cold);
    expect(await readFile(out)).toEqual(written);
    const refused = await run([...argv, '--cache']);
    expect(refused).toEqual(await run(argv));
    expect(refused.code).toBe(2);
    await writeFile(out, 'old');
    const forced = await sameCachedAndNot([...argv, '--force']);
    expect(forced.code).toBe(0);
    expect(await readFile(out)).toEqual(written);
  });

  it('follows the clock: the next day is planned again', async () => {
    const dir = await example('fournil-lyon');
    const argv = ['plan', '--dir', dir, '--format', 'json'];
    await sameCachedAndNot(argv);
    const tomorrow = { EDITO_NOW: '2027-01-03T09:00:00Z' };
    const plain = await run(argv, tomorrow);
    const cached = await run([...argv, '--cache'], tomorrow);
    expect(cached).toEqual(plain);
    // Europe/Paris: 23:30 UTC on the 2nd is already the 3rd.
    expect(await run([...argv, '--cache'], { EDITO_NOW: '2027-01-02T23:30:00Z' })).toEqual(plain);
  });

  it('ignores and rewrites a corrupt or foreign cache file, never trusting it', async () => {
    const dir = await example('fournil-lyon');
    const argv = ['plan', '--dir', dir, '--format', 'json'];
    const cold = await sameCachedAndNot(argv);
    const [file] = await planCaches(dir);
    const { header, body } = await readCache(file!);
    const observations = header.observations as [string, string[], string][];
    const lied = observations.map(([operation, args, answer]) => [operation, args, operation === 'read' ? '0'.repeat(64) : answer]);
    const good = cacheText(header, body);
    for (const junk of ['', '{', 'null\n', '\u0000\u00ff', good.slice(0, -10), good.replace('"slots"', '"slotz"'),
      cacheText({ ...header, format: 'edito-lint-cache' }, body), cacheText({ ...header, version: 0 }, body), cacheText({ ...header, key: 'other' }, body),
      cacheText({ ...header, observations: lied }, '{"forged":true}'), cacheText({ ...header, observations: 'none' }, body),
      cacheText({ ...header, clock: { ...(header.clock as object), from: 0, until: 1 } }, '{"forged":true}'), cacheText({ ...header, stderr: 3 }, body)]) {
      await writeFile(file!, junk);
      expect(await run([...argv, '--cache'])).toEqual(cold);
      expect((await readCache(file!)).header).toMatchObject({ format: 'edito-plan-cache', version: 1 });
    }
    await expectReplayed([...argv, '--cache'], cold);
  });

  it('--cache-location takes a file or a folder; an unwritable location only costs the cache', async () => {
    const dir = await example('fournil-lyon');
    const file = path.join(dir, 'my-plan-cache');
    const argv = ['plan', '--dir', dir, '--format', 'csv'];
    const cold = await sameCachedAndNot([...argv, '--cache-location', file]);
    expect((await readCache(file)).header).toMatchObject({ format: 'edito-plan-cache' });
    await expectReplayed([...argv, '--cache-location', file, '--cache'], cold);
    await sameCachedAndNot([...argv, '--cache-location', path.join(dir, 'posts')]);
    expect((await readdir(path.join(dir, 'posts'))).some((name) => name.startsWith('edito-plan-'))).toBe(true);
    await writeFile(path.join(dir, 'blocker'), 'a file');
    const blocked = [...argv, '--cache-location', path.join(dir, 'blocker', 'cache')];
    await sameCachedAndNot(blocked);
    expect((await run([...blocked, '--cache'], { EDITO_DEBUG: '1' })).stderr).toContain('edito: plan cache not written');
  });

  it('a replayed run loads dist/main.js and dist/replay.js alone: no chunk, no commander, zod, yaml, date-holidays, planner or exporter', async () => {
    const read = (name: string) => readFile(path.join(REPO, 'dist', name), 'utf8');
    const staticImports = (text: string) => [...text.matchAll(/^import\b(?:[^;]*?from)?\s*["']([^"']+)["']/gm)].map((m) => m[1]!).filter((name) => !name.startsWith('node:'));
    const dynamicImports = (text: string) => [...text.matchAll(/\bimport\(["']([^"']+)["']\)/g)].map((m) => m[1]).sort();
    const [main, replay] = [await read('main.js'), await read('replay.js')];
    // Their static imports are Node's own; the rest of the CLI (dist/cli.js) and the glob library load only when a run needs them.
    expect(staticImports(main)).toEqual([]);
    expect(staticImports(replay)).toEqual([]);
    expect(dynamicImports(main)).toEqual(['./cli.js', './cli.js', './replay.js']);
    expect(dynamicImports(replay)).toEqual(['tinyglobby']);
    for (const heavy of ['CommanderError', 'ZodError', 'parseDocument', 'LineCounter', 'date-holidays', 'TZDate', 'VTIMEZONE', 'BEGIN:VCALENDAR']) expect(main + replay).not.toContain(heavy);
    expect(main.length + replay.length).toBeLessThan(40_000);
  });

  it('the templates keep .edito/cache out of git', async () => {
    for (const language of ['en', 'fr']) {
      expect((await readFile(path.join(REPO, 'templates', language, 'gitignore'), 'utf8')).split('\n')).toContain('.edito/cache');
    }
  });
});

describe('plan --cache and lint --cache after an edit give what a run without cache gives', () => {
  const commands = {
    plan: ['plan', '--format', 'json'],
    lint: ['lint', '--format', 'json'],
  };
  const edits: [string, string, (text: string) => string][] = [
    ['a post', POST, (text) => text.replace('date: 2027-01-30T11:00', 'date: 2027-01-27T07:30').replace('Les bugnes,', 'Les bugnes en boulangeri,')],
    ['a line (a network’s frequency)', 'charter/networks/instagram.yaml', (text) => text.replace('per_week: { min: 2, max: 2 }', 'per_week: { min: 1, max: 1 }')],
    ['the dictionary (the charter’s words)', 'charter/charter.yaml', (text) => text.replace('  words:\n', '  words:\n    - boulangeri\n')],
  ];
  for (const [command, argv] of Object.entries(commands)) {
    it(command, async () => {
      const dir = await example('fournil-lyon');
      const line = [...argv, '--dir', dir];
      let before = await sameCachedAndNot(line);
      for (const [what, file, change] of edits) {
        await edit(dir, file, change);
        const plain = await run(line);
        expect(await run([...line, '--cache']), what).toEqual(plain);
        expect(await run([...line, '--cache']), what).toEqual(plain);
        if (command === 'plan' && file === 'charter/charter.yaml') expect(plain.stdout, what).toBe(before.stdout);
        else expect(plain.stdout, what).not.toBe(before.stdout);
        before = plain;
      }
    }, 120_000);
  }
});
