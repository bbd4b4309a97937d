// `node bench/lint.mjs` (after `npm run build`): `edito lint` on 10,000 generated
// French posts (bench/corpus.mjs: 7 networks, 30 to 150 words, spelling on), then as many English ones, as a whole process —
// wall time and peak RSS — against textlint 15 on the same posts in the same run
// with a comparable rule set without spelling (sentence-length, prh,
// no-exclamation-question-mark), and textlint's French spelling on 20 posts.
// Targets: edito under 2.5 s and 300 MB, and at least 5× faster than textlint; with
// --cache and one post changed, under 1 s; 50,000 posts (BENCH_LARGE_POSTS, 0 to
// skip) under 500 MB peak RSS: lint reads, lints and reports in batches (issue 11).
// textlint is installed into bench/node_modules from bench/package.json on the
// first run; it is never a dependency of edito itself.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORMATS, NETWORKS, postText, random } from './corpus.mjs';
import { median, writeWorkspace } from './measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.join(here, '..', 'bin', 'edito.js');
const node = process.execPath;
const POSTS = Number(process.env.BENCH_POSTS ?? 10_000);
const LARGE_POSTS = Number(process.env.BENCH_LARGE_POSTS ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SPELLING_SAMPLE = 20;

/** The settings of each language's workspace: its edito.yaml and charter (banned term, substitution, register in French). */
const SETTINGS = {
  fr: {
    settings: 'brand: Fournil Bench\nlocale: fr\ntimezone: Europe/Paris\ncountry: FR\nperiod: { start: 2027-01-01, end: 2027-12-31 }\n',
    charter: 'voice: [chaleureux]\nwriting:\n  register: vous\n  banned: [gratuit]\n  substitutions: { clients: partenaires }\n  exclamations: { max: 1 }\nspelling: { enabled: true }\n',
  },
  en: {
    settings: 'brand: Northbeam Bench\nlocale: en\ntimezone: America/Toronto\ncountry: CA-ON\nperiod: { start: 2027-01-01, end: 2027-12-31 }\n',
    charter: 'voice: [clear]\nwriting:\n  banned: [game-changer]\n  substitutions: { cheap: affordable }\n  exclamations: { max: 1 }\nspelling: { enabled: true }\n',
  },
};

async function workspace(count, locale = 'fr') {
  const files = {
    'edito.yaml': SETTINGS[locale].settings,
    'strategy/objectives.yaml': 'objectives:\n  - { id: notoriete, title: Être connu à Lyon, kind: notoriety, kpi: followers, network: all, baseline: 100, target: "+30%", deadline: 2027-12-31 }\n',
    'strategy/personas.yaml': 'personas:\n  - { id: ana, name: Ana, sector: Commerce, role: Gérante, age: 30-45, location: Lyon, interests: [pain], challenges: [temps] }\n',
    'charter/charter.yaml': SETTINGS[locale].charter,
    'calendar/key-dates.yaml': 'holidays: { country: FR, policy: skip }\n',
    'prh.yml': 'version: 1\nrules:\n  - expected: offert\n    pattern: gratuit\n  - expected: partenaires\n    pattern: clients\n',
  };
  files['.textlintrc.spelling.json'] = JSON.stringify({ rules: { spelling: { language: 'fr', suggestCorrections: false } } }, null, 2);
  for (const network of NETWORKS) {
    files[`charter/networks/${network}.yaml`] = `network: ${network}\nobjectives: [notoriete]\npersonas: [ana]\nthemes:\n  - { id: pain, weight: 100 }\nfrequency:\n  per_day: { min: 0, max: 10 }\n  min_gap_hours: 0\ntone:\n  hashtags: { max: 3 }\n`;
  }
  const dir = await writeWorkspace('lint', files);
  // The prh rule wants its dictionary's absolute path: written once the folder exists.
  await writeFile(path.join(dir, '.textlintrc.json'), JSON.stringify({
    rules: {
      'sentence-length': { max: 280 },
      prh: { rulePaths: [path.join(dir, 'prh.yml')] },
      'no-exclamation-question-mark': { allowHalfWidthQuestion: true, allowFullWidthQuestion: true },
    },
  }, null, 2));
  const rand = random(42);
  await mkdir(path.join(dir, 'posts'), { recursive: true });
  for (let i = 0; i < count; i++) {
    const network = NETWORKS[i % NETWORKS.length];
    const day = new Date(Date.UTC(2027, 0, 1) + Math.floor(i / 30) * 86_400_000).toISOString().slice(0, 10);
    const time = `${String(8 + (i % 12)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`;
    const front = `---\nnetwork: ${network}\ndate: ${day}T${time}\nformat: ${FORMATS[network]}\ntheme: pain\nstatus: ready\n---\n`;
    await writeFile(path.join(dir, 'posts', `${String(i).padStart(5, '0')}-${network}.md`), `${front}${postText(rand, i, network, locale)}\n`);
  }
  return dir;
}

/** Whole-process wall time (ms) and peak RSS (MB) through GNU time. */
function measure(command, args, options = {}) {
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', 'MAXRSS=%M', command, ...args], { ...options, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && result.status !== 1) throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${result.stderr.slice(-2000)}`);
  const rss = Number(/MAXRSS=(\d+)/.exec(result.stderr)?.[1] ?? 0) / 1024;
  return { wall, rss, stdout: result.stdout, stderr: result.stderr };
}

function repeat(runs, run) {
  const samples = Array.from({ length: runs }, run);
  return { wall: median(samples.map((s) => s.wall)), rss: Math.max(...samples.map((s) => s.rss)), last: samples.at(-1) };
}

function ensureTextlint() {
  if (existsSync(path.join(here, 'node_modules', 'textlint', 'package.json'))) return true;
  console.log('installing textlint into bench/node_modules (bench/package.json)…');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here, stdio: 'inherit' });
  return result.status === 0;
}

const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;
const verdict = (ok) => (ok ? 'ok' : 'MISSED');

const dir = await workspace(POSTS);
try {
  console.log(`edito lint: ${POSTS} French posts, ${NETWORKS.length} networks, 30 to 150 words (bench/corpus.mjs; node ${process.version})`);
  const env = { ...process.env, EDITO_DEBUG: '1', NO_COLOR: '1' };
  // One run unmeasured: the 10,000 files were just written, the page cache and disk are still busy.
  measure(node, [bin, 'lint', '--dir', dir, '--format', 'json', '--today', '2027-01-01'], { env });
  const edito = repeat(RUNS, () => measure(node, [bin, 'lint', '--dir', dir, '--format', 'json', '--today', '2027-01-01'], { env }));
  const problems = JSON.parse(edito.last.stdout).reduce((sum, f) => sum + f.messages.length, 0);
  const spellingFound = JSON.parse(edito.last.stdout).flatMap((f) => f.messages).filter((m) => m.ruleId === 'spelling').length;
  const load = /loaded in (\d+) ms/.exec(edito.last.stderr)?.[1];
  const noSpelling = repeat(RUNS, () => measure(node, [bin, 'lint', '--dir', dir, '--format', 'json', '--today', '2027-01-01', '--rule', 'spelling:off'], { env }));
  console.log(`  edito, every rule, spelling on       ${fmt(edito.wall).padStart(8)}  ${edito.rss.toFixed(0).padStart(4)} MB  (${problems} findings, ${spellingFound} spelling; dictionary load ${load} ms)`);
  console.log(`  edito, spelling off                  ${fmt(noSpelling.wall).padStart(8)}  ${noSpelling.rss.toFixed(0).padStart(4)} MB`);
  console.log(`  target: under 2.5 s ${verdict(edito.wall < 2500)}, under 300 MB (issue 11) ${verdict(edito.rss < 300)}`);

  // The same count of English posts, in an English workspace (its own dictionary, no register).
  const english = await workspace(POSTS, 'en');
  try {
    const args = [bin, 'lint', '--dir', english, '--format', 'json', '--today', '2027-01-01'];
    measure(node, args, { env });
    const run = repeat(RUNS, () => measure(node, args, { env }));
    const found = JSON.parse(run.last.stdout).reduce((sum, f) => sum + f.messages.length, 0);
    console.log(`  edito, ${POSTS} English posts           ${fmt(run.wall).padStart(8)}  ${run.rss.toFixed(0).padStart(4)} MB  (${found} findings)`);
    console.log(`  target: under 2.5 s ${verdict(run.wall < 2500)}, under 300 MB ${verdict(run.rss < 300)}`);
  } finally {
    await rm(english, { recursive: true, force: true });
  }

  // --cache: one cold run writes the cache, then each run changes one post and lints again.
  const cached = [bin, 'lint', '--dir', dir, '--format', 'json', '--today', '2027-01-01', '--cache'];
  const cold = measure(node, cached, { env });
  if (cold.stdout !== edito.last.stdout) throw new Error('lint --cache (cold) did not give the output of lint without cache');
  let edits = 0;
  const warm = repeat(RUNS, () => {
    edits += 1;
    const file = path.join(dir, 'posts', `00001-${NETWORKS[1]}.md`);
    writeFileSync(file, `${readFileSync(file, 'utf8')}Encore ${edits}.\n`);
    return measure(node, cached, { env });
  });
  const reused = /cache: (\d+) posts reused, (\d+) linted/.exec(warm.last.stderr);
  console.log(`  edito --cache, one post changed      ${fmt(warm.wall).padStart(8)}  ${warm.rss.toFixed(0).padStart(4)} MB  (${reused?.[1]} posts reused, ${reused?.[2]} linted; cold with --cache ${fmt(cold.wall)})`);
  console.log(`  target: under 1 s ${verdict(warm.wall < 1000)}`);

  if (LARGE_POSTS > 0) {
    // Memory must not grow with every post held: the same posts, five times as many, one run after an unmeasured one.
    const large = await workspace(LARGE_POSTS);
    try {
      const args = [bin, 'lint', '--dir', large, '--format', 'json', '--today', '2027-01-01'];
      measure(node, args, { env });
      const run = measure(node, args, { env });
      console.log(`  edito, ${LARGE_POSTS} posts, spelling on    ${fmt(run.wall).padStart(8)}  ${run.rss.toFixed(0).padStart(4)} MB`);
      console.log(`  target: under 500 MB (issue 11) ${verdict(run.rss < 500)}`);
    } finally {
      if (process.env.BENCH_KEEP) console.log(`  workspace of ${LARGE_POSTS} posts kept in ${large}`);
      else await rm(large, { recursive: true, force: true });
    }
  }

  if (process.env.BENCH_SKIP_TEXTLINT || !ensureTextlint()) {
    console.log('  textlint comparison skipped');
  } else {
    const textlint = path.join(here, 'node_modules', 'textlint', 'bin', 'textlint.js');
    const base = repeat(1, () => measure(node, [textlint, '--config', path.join(dir, '.textlintrc.json'), '--format', 'json', 'posts/'], { cwd: dir, env: { ...process.env, NODE_PATH: path.join(here, 'node_modules') } }));
    const ratio = base.wall / edito.wall;
    console.log(`  textlint 15 (length, prh, !), no spelling ${fmt(base.wall).padStart(8)}  ${base.rss.toFixed(0).padStart(4)} MB  → edito with spelling is ${ratio.toFixed(1)}× faster (target ≥ 5×: ${verdict(ratio >= 5)})`);
    const sample = Array.from({ length: SPELLING_SAMPLE }, (_, i) => `posts/${String(i).padStart(5, '0')}-${NETWORKS[i % NETWORKS.length]}.md`);
    const spelling = measure(node, [textlint, '--config', path.join(dir, '.textlintrc.spelling.json'), '--format', 'json', ...sample], { cwd: dir });
    const perPost = spelling.wall / SPELLING_SAMPLE;
    const oursPerPost = edito.wall / POSTS;
    console.log(`  textlint-rule-spelling (fr), ${SPELLING_SAMPLE} posts     ${fmt(spelling.wall).padStart(8)}  ${spelling.rss.toFixed(0).padStart(4)} MB  → ${(perPost / 1000).toFixed(2)} s per post; edito: ${oursPerPost.toFixed(3)} ms per post, all rules`);
  }
} finally {
  if (process.env.BENCH_KEEP) console.log(`  workspace kept in ${dir}`);
  else await rm(dir, { recursive: true, force: true });
}
