/**
 * Golden test: every command's output, in every format, on both bundled examples,
 * recorded byte for byte (see test/golden/). It runs a built bin as a user would:
 * `bin/edito.js` of this repository by default, or the one named by
 * EDITO_GOLDEN_BIN. With UPDATE_GOLDEN=1 it (re)writes the golden files instead
 * of comparing:
 *
 *   EDITO_GOLDEN_BIN=/tmp/golden-base/bin/edito.js UPDATE_GOLDEN=1 npx vitest run --project e2e test/e2e/golden.test.ts
 *
 * A record is `exit: N`, then stdout, then stderr, then every file the command
 * wrote (created or changed under its temporary folder), sorted by path. The only
 * normalisation: the repository path becomes <REPO> and the case's temporary
 * folder becomes <TMP>.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// REPO and BIN as in test/helpers.ts (and copy/edit below as its copyOf/edit), but without importing
// test/helpers.ts: it imports src/cli/main.ts, and this test must not depend on src/ at all
// (it holds the built bin's output through a refactor of src/).
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = path.join(REPO, 'bin', 'edito.js');

const GOLDEN_BIN = path.resolve(process.env.EDITO_GOLDEN_BIN ?? BIN);
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const GOLDEN_DIR = path.join(REPO, 'test', 'golden');
const ENV = { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', TZ: 'UTC', EDITO_NOW: '2027-01-02T09:00:00Z' };
const TODAY = '2027-01-02';
const POOL = 4;

interface Context {
  /** The case's temporary folder (an empty one unless `setup` fills it). */
  tmp: string;
}

interface Case {
  name: string;
  /** The arguments; a function when they name the temporary folder. */
  argv: string[] | ((ctx: Context) => string[]);
  /** Prepares the temporary folder (a copy of an example, a broken file…). */
  setup?: (ctx: Context) => Promise<void>;
  /** Run in the temporary folder and record the files written there; otherwise cwd is the repo root. */
  writes?: boolean;
  /**
   * Run in the temporary folder without recording files: for a broken copy, whose paths the CLI
   * prints relative to cwd (from the repo root they would read ../../tmp/…, which depends on
   * where the repository is checked out).
   */
  inTmp?: boolean;
}

interface Example {
  id: string;
  /** The first network of the example (its first editorial line, by file name). */
  firstNetwork: string;
  /** A network for `new --next`. */
  nextNetwork: string;
  /** A network and a date of the period for `new --date`. */
  dateNetwork: string;
  date: string;
  /** A short range for `plan --from/--to`. */
  from: string;
  to: string;
  /** The editorial line broken by a typo in a key. */
  brokenLine: string;
  /** "Today" for the report: after the period, so that past slots show as missed. */
  reportToday: string;
}

const EXAMPLES: Example[] = [
  {
    id: 'fournil-lyon',
    firstNetwork: 'facebook',
    nextNetwork: 'linkedin',
    dateNetwork: 'instagram',
    date: '2027-01-14',
    from: '2027-01-11',
    to: '2027-01-17',
    brokenLine: 'charter/networks/linkedin.yaml',
    reportToday: '2027-02-01',
  },
  {
    id: 'saas-consultant',
    firstNetwork: 'linkedin',
    nextNetwork: 'youtube',
    dateNetwork: 'x',
    date: '2027-02-17',
    from: '2027-02-08',
    to: '2027-02-14',
    brokenLine: 'charter/networks/x.yaml',
    reportToday: '2027-03-01',
  },
];

const COMMANDS = ['init', 'new', 'validate', 'plan', 'lint', 'diff', 'export', 'report', 'schema', 'help'];

/** Fills the temporary folder with a copy of a folder of the repository. */
const copy = (relative: string) => async (ctx: Context) => {
  await cp(path.join(REPO, relative), ctx.tmp, { recursive: true });
};

/** Rewrites a file of the temporary folder; fails if that changes nothing. */
async function edit(ctx: Context, file: string, change: (text: string) => string): Promise<void> {
  const full = path.join(ctx.tmp, file);
  const before = await readFile(full, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`edit of ${file} changed nothing`);
  await writeFile(full, after);
}

function casesOf(x: Example): Case[] {
  const dir = `examples/${x.id}`;
  const abs = path.join(REPO, dir);
  const firstPost = `${dir}/posts/${x.id === 'fournil-lyon' ? '2027/01/2027-01-05-facebook-precommandes-galettes.md' : '2027/02/2027-02-01-x-february-price-increase.md'}`;
  const broken = async (ctx: Context) => {
    await copy(dir)(ctx);
    await edit(ctx, x.brokenLine, (t) => t.replace(/^(\s*)min_gap_hours:/m, '$1min_gap_hour:'));
  };
  // A post that breaks the charter in many ways, so that lint's reporters show findings.
  const badPost = async (ctx: Context) => {
    await copy(dir)(ctx);
    const network = x.id === 'fournil-lyon' ? 'instagram' : 'linkedin';
    const text = x.id === 'fournil-lyon'
      ? 'INCROYABLE offre !!! Tu vas adorer nos galetes https://example.com/galettes'
      : 'AMAZING deal !!! You will love it, utilize it now https://example.com/pricing';
    const tags = Array.from({ length: 32 }, (_, i) => `#tag${i}`).join(' ');
    await writeFile(path.join(ctx.tmp, 'posts', 'bad.md'), `---\nnetwork: ${network}\ndate: 2027-01-13T18:00\nformat: nope\ntheme: unknown-theme\npersona: nobody\nstatus: draft\ncolour: red\n---\n${text} ${tags}\n<!-- edito-disable-next-line spelling -- a reason -->\nzzzqx wordd\n`);
  };
  const p = `${x.id}-`;
  const cases: Case[] = [
    ...['stylish', 'json', 'sarif', 'github', 'junit'].map((f): Case => ({
      name: `${p}lint-findings-${f}`, setup: badPost, inTmp: true, argv: (ctx) => ['lint', '--dir', ctx.tmp, '--today', TODAY, '--format', f],
    })),
    { name: `${p}lint-findings-fix-dry-run`, setup: badPost, inTmp: true, argv: (ctx) => ['lint', '--dir', ctx.tmp, '--today', TODAY, '--fix-dry-run'] },
    { name: `${p}lint-findings-later`, argv: ['lint', '--dir', dir, '--today', '2027-03-20'] },
    // validate
    { name: `${p}validate-stylish`, argv: ['validate', '--dir', dir, '--format', 'stylish'] },
    { name: `${p}validate-json`, argv: ['validate', '--dir', dir, '--format', 'json'] },
    x.id === 'fournil-lyon'
      ? { name: `${p}validate-stylish-locale-en`, argv: ['validate', '--dir', dir, '--format', 'stylish', '--locale', 'en'] }
      : { name: `${p}validate-stylish-locale-fr`, argv: ['validate', '--dir', dir, '--format', 'stylish', '--locale', 'fr'] },
    // plan
    ...['table', 'calendar', 'md', 'csv', 'ics', 'json', 'html'].map((f): Case => ({ name: `${p}plan-${f}`, argv: ['plan', '--dir', dir, '--format', f] })),
    { name: `${p}plan-csv-excel`, argv: ['plan', '--dir', dir, '--format', 'csv', '--excel'] },
    { name: `${p}plan-ics-out`, argv: (ctx) => ['plan', '--dir', abs, '--format', 'ics', '--out', path.join(ctx.tmp, 'plan.ics')], writes: true },
    { name: `${p}plan-table-network-${x.firstNetwork}`, argv: ['plan', '--dir', dir, '--format', 'table', '--network', x.firstNetwork] },
    { name: `${p}plan-table-from-to`, argv: ['plan', '--dir', dir, '--from', x.from, '--to', x.to] },
    // lint
    ...['stylish', 'json', 'sarif', 'github', 'junit'].map((f): Case => ({ name: `${p}lint-${f}`, argv: ['lint', '--dir', dir, '--today', TODAY, '--format', f] })),
    { name: `${p}lint-fix-dry-run`, argv: ['lint', '--dir', dir, '--today', TODAY, '--fix-dry-run'] },
    { name: `${p}lint-quiet`, argv: ['lint', '--dir', dir, '--today', TODAY, '--quiet'] },
    { name: `${p}lint-one-post`, argv: ['lint', '--dir', dir, '--today', TODAY, firstPost] },
    // new, on a fresh copy
    { name: `${p}new-next`, setup: copy(dir), writes: true, argv: ['new', '--next', '--network', x.nextNetwork, '--today', TODAY] },
    {
      name: `${p}new-date`,
      setup: copy(dir),
      writes: true,
      argv: ['new', '--date', x.date, '--network', x.dateNetwork, '--today', TODAY, '--title', 'Golden test'],
    },
    // report, with the sample exports of edito.yaml, a month after the period
    ...['table', 'md', 'json', 'html'].map((f): Case => ({ name: `${p}report-${f}`, argv: ['report', '--dir', dir, '--format', f, '--today', x.reportToday] })),
    { name: `${p}report-xls-metrics`, argv: ['report', '--dir', dir, '--format', 'md', '--metrics', 'test/fixtures/metrics/renamed-xls.csv'] },
    // could not run
    { name: `${p}plan-bad-from`, argv: ['plan', '--dir', dir, '--from', '2027-13-01'] },
    { name: `${p}lint-unknown-rule`, argv: ['lint', '--rule', 'nope:off', '--dir', dir] },
    { name: `${p}broken-validate-stylish`, setup: broken, inTmp: true, argv: (ctx) => ['validate', '--dir', ctx.tmp, '--format', 'stylish'] },
    { name: `${p}broken-validate-json`, setup: broken, inTmp: true, argv: (ctx) => ['validate', '--dir', ctx.tmp, '--format', 'json'] },
    { name: `${p}broken-plan`, setup: broken, inTmp: true, argv: (ctx) => ['plan', '--dir', ctx.tmp] },
  ];
  return cases;
}

const INIT = ['init', '--yes', '--brand', 'Acme', '--networks', 'linkedin,instagram', '--timezone', 'Europe/Paris', '--country', 'FR', '--today', TODAY];

const CASES: Case[] = [
  ...EXAMPLES.flatMap(casesOf),
  { name: 'init-yes-fr', writes: true, argv: (ctx) => [...INIT, '--locale', 'fr', path.join(ctx.tmp, 'ws')] },
  { name: 'init-yes-en', writes: true, argv: (ctx) => [...INIT, '--locale', 'en', path.join(ctx.tmp, 'ws')] },
  { name: 'schema-out', writes: true, argv: (ctx) => ['schema', '--out', path.join(ctx.tmp, 'schemas')] },
  { name: 'help', argv: ['--help'] },
  { name: 'version', argv: ['--version'] },
  ...COMMANDS.map((c): Case => ({ name: `help-${c}`, argv: [c, '--help'] })),
  { name: 'validate-nonexistent-dir', argv: ['validate', '--dir', '/nonexistent'] },
];

/** Decodes UTF-8 text, or says so (with base64) when the bytes are not valid UTF-8: the record stays byte for byte. */
function text(bytes: Buffer): string {
  const decoded = bytes.toString('utf8');
  return Buffer.from(decoded, 'utf8').equals(bytes) ? decoded : `<not UTF-8, base64>\n${bytes.toString('base64')}`;
}

function run(argv: string[], cwd: string): Promise<{ code: number; stdout: Buffer; stderr: Buffer }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [GOLDEN_BIN, ...argv],
      { cwd, env: ENV, encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end();
  });
}

/** Every file under a folder, relative path → content. */
async function snapshot(root: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(root, full).split(path.sep).join('/'), await readFile(full));
  }
  return files;
}

const temps: string[] = [];

async function record(c: Case): Promise<string> {
  const tmp = await mkdtemp(path.join(tmpdir(), 'edito-golden-'));
  temps.push(tmp);
  const ctx: Context = { tmp };
  await c.setup?.(ctx);
  const before = c.writes ? await snapshot(tmp) : new Map<string, Buffer>();
  const argv = typeof c.argv === 'function' ? c.argv(ctx) : c.argv;
  const result = await run(argv, c.writes || c.inTmp ? tmp : REPO);
  let out = `exit: ${result.code}\n--- stdout\n${text(result.stdout)}\n--- stderr\n${text(result.stderr)}\n`;
  if (c.writes) {
    const after = await snapshot(tmp);
    const written = [...after].filter(([file, bytes]) => !before.get(file)?.equals(bytes)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [file, bytes] of written) out += `--- file ${file}\n${text(bytes)}\n`;
  }
  // The only normalisation: the temporary folder and the repository (longest first).
  const paths = new Map<string, string>([
    [tmp, '<TMP>'],
    [await realpath(tmp), '<TMP>'],
    [REPO, '<REPO>'],
  ]);
  for (const [from, to] of [...paths].sort(([a], [b]) => b.length - a.length)) out = out.split(from).join(to);
  return out;
}

/** At most POOL cases at once. */
let running = 0;
const waiting: (() => void)[] = [];
async function limited<T>(task: () => Promise<T>): Promise<T> {
  if (running >= POOL) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await task();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

afterAll(async () => {
  await Promise.all(temps.map((t) => rm(t, { recursive: true, force: true })));
});

describe(`golden output of ${process.env.EDITO_GOLDEN_BIN ? GOLDEN_BIN : 'bin/edito.js'}`, () => {
  it('has unique case names', () => {
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  for (const c of CASES) {
    it.concurrent(c.name, async () => {
      const actual = await limited(() => record(c));
      const file = path.join(GOLDEN_DIR, `${c.name}.txt`);
      if (UPDATE) {
        await mkdir(GOLDEN_DIR, { recursive: true });
        await writeFile(file, actual);
        return;
      }
      const expected = await readFile(file, 'utf8').catch(() => {
        throw new Error(`no golden file ${path.relative(REPO, file)}: record it with UPDATE_GOLDEN=1`);
      });
      expect(actual).toBe(expected);
    });
  }
});
