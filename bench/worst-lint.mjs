// `node bench/worst-lint.mjs` (after `npm run build`): the worst posts a hostile
// workspace can hand `edito lint` (issue 14, "Size and time"), each at two sizes.
// Lint must cost time linear in what it reads: for each case the time above an
// empty post's run, at the larger size over the smaller, stays within 1.5× of
// the ratio of the sizes; a FAIL sets a non-zero exit code.
// BENCH_RUNS (default 5) runs per measure, the median is kept; BENCH_ONLY=text
// runs only the cases whose name holds it.
import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, writeWorkspace } from './measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = process.env.EDITO_BIN ?? path.join(here, '..', 'bin', 'edito.js');
const node = process.execPath;
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** Below this many ms above an empty post's run, a difference is noise (a process start varies by about as much). */
const NOISE_MS = 25;
const SLACK = 1.5;

const MB = 1024 * 1024;
const PROSE = `Notre atelier vous accueille chaque matin avec du pain frais, des croissants et des brioches préparés
sur place par une équipe passionnée. Nos clients trouvent aussi des gâteaux de saison et des tartes aux fruits.
La livraison est gratuite le samedi pour les clients du quartier, et la farine vient de la région.
`;

/** At most `size` bytes of prose (substitution and banned-term hits on every third line), whole paragraphs. */
const prose = (size) => PROSE.repeat(Math.floor(size / Buffer.byteLength(PROSE)));

/** `count` substitution hits, one to a line. */
const hits = (count) => 'Nos clients\n'.repeat(count);
/** About `size` bytes of the shapes that made single scans quadratic: a run of spaces, a link ending in dots, comments never closed, emojis before no-break spaces. */
function hostile(size) {
  const part = Math.floor(size / 4);
  return [`a${' '.repeat(part)}b`, `https://a${'.'.repeat(part)}b`, '<!-- edito-disable '.repeat(Math.floor(part / 19)), '🥐 a\u00a0'.repeat(Math.floor(part / 8))].join('\n');
}
/** A word of `length` letters, as a pasted hash would be. */
const word = (length) => 'abcdefghij'.repeat(Math.ceil(length / 10)).slice(0, length);

const CASES = [
  { name: 'post size', unit: 'MB', sizes: [10, 5], body: (n) => prose(n * MB) },
  { name: 'post size, under the limit', unit: 'MB', sizes: [1, 0.5], body: (n) => prose(n * MB - 200) },
  { name: 'hostile shapes', unit: 'MB', sizes: [1, 0.5], body: (n) => hostile(n * MB - 200) },
  { name: 'one long word, spelling on', unit: 'letters', sizes: [10_000, 5_000], body: word },
  { name: 'findings in one post', unit: 'findings', sizes: [50_000, 25_000], body: hits },
  { name: 'banned a*a*a*a*a*a*a*z, one word', unit: 'letters', sizes: [81, 40], body: (n) => 'a'.repeat(n), args: ['--rule', 'spelling:off'] },
];

async function workspace() {
  const files = {
    'edito.yaml': 'brand: Fournil Bench\nlocale: fr\ntimezone: Europe/Paris\ncountry: FR\nperiod: { start: 2027-01-01, end: 2027-12-31 }\n',
    'strategy/objectives.yaml': 'objectives:\n  - { id: notoriete, title: Être connu à Lyon, kind: notoriety, kpi: followers, network: all, baseline: 100, target: "+30%", deadline: 2027-12-31 }\n',
    'strategy/personas.yaml': 'personas:\n  - { id: ana, name: Ana, sector: Commerce, role: Gérante, age: 30-45, location: Lyon, interests: [pain], challenges: [temps] }\n',
    'charter/charter.yaml': 'voice: [chaleureux]\nwriting:\n  register: vous\n  banned: [gratuit*, "a*a*a*a*a*a*a*z"]\n  substitutions: { clients: partenaires }\nspelling: { enabled: true }\n',
    'calendar/key-dates.yaml': 'holidays: { country: FR, policy: skip }\n',
    'charter/networks/facebook.yaml': 'network: facebook\nobjectives: [notoriete]\npersonas: [ana]\nthemes:\n  - { id: pain, weight: 100 }\n',
  };
  const dir = await writeWorkspace('worst', files);
  await mkdir(path.join(dir, 'posts'));
  return dir;
}

const post = (body) => `---\nnetwork: facebook\ndate: 2027-03-02T09:00\nformat: text\ntheme: pain\nstatus: ready\n---\n${body}\n`;

/** Median wall time (ms) of `edito lint` over the one post `body`. */
async function timeLint(dir, body, args = []) {
  await writeFile(path.join(dir, 'posts', 'worst.md'), post(body));
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(node, [bin, 'lint', '--dir', dir, '--today', '2027-01-01', ...args], {
      env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30,
    });
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0 && result.status !== 1) throw new Error(`edito lint exited ${result.status ?? result.signal}: ${String(result.stderr).slice(-2000)}`);
  }
  return median(samples);
}

const fmt = (ms) => `${(ms / 1000).toFixed(2)} s`;

const dir = await workspace();
try {
  console.log(`edito lint, worst posts (median of ${RUNS} runs; linear: the time above an empty post's run, at least ${NOISE_MS} ms, grows at most ${SLACK}× as fast as the size)`);
  let failed = false;
  for (const { name, unit, sizes: [big, small], body, args } of CASES.filter((c) => c.name.includes(process.env.BENCH_ONLY ?? ''))) {
    const empty = await timeLint(dir, 'Bonjour.', args);
    const large = await timeLint(dir, body(big), args);
    const little = await timeLint(dir, body(small), args);
    // Below the noise, a difference is the machine's, not edito's: both times count as at least NOISE_MS.
    const net = [large - empty, little - empty].map((ms) => Math.max(ms, NOISE_MS));
    const ratio = net[0] / net[1];
    const bound = SLACK * (big / small);
    const verdict = ratio <= bound ? 'PASS' : 'FAIL';
    if (verdict === 'FAIL') failed = true;
    console.log(`  ${name.padEnd(36)} ${`${big} ${unit}`.padStart(16)} ${fmt(large).padStart(8)}   ${`${small} ${unit}`.padStart(16)} ${fmt(little).padStart(8)}   empty ${fmt(empty)}   ratio ${ratio.toFixed(2)} (≤ ${bound.toFixed(1)})  ${verdict}`);
  }
  if (failed) process.exitCode = 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
