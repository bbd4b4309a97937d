// `node bench/worst-plan.mjs` (after `npm run build`): the worst workspaces a
// hostile author can hand `edito plan` (issue 14, items 21–24), each at two
// sizes. Plan must cost time linear in what it produces: for each case the
// time above a one-day plan of the same workspace, at the larger size over the
// smaller, stays within 1.5× of the ratio of the sizes; a FAIL (or a run past
// BENCH_TIMEOUT seconds, default 120) sets a non-zero exit code.
// BENCH_RUNS (default 3) runs per measure, the median is kept; BENCH_ONLY=table
// runs only the cases whose name holds it.
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, writeWorkspace } from './measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = process.env.EDITO_BIN ?? path.join(here, '..', 'bin', 'edito.js');
const node = process.execPath;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT ?? 120);
/** Below this many ms above the one-day run, a difference is noise (a process start varies by about as much). */
const NOISE_MS = 25;
const SLACK = 1.5;
const NETWORKS = ['linkedin', 'x', 'facebook', 'instagram', 'tiktok', 'youtube', 'pinterest', 'threads', 'bluesky', 'mastodon', 'snapchat', 'twitch'];

/** `count` distinct times of day, two minutes apart from 00:00. */
const manyTimes = (count) => Array.from({ length: count }, (_, i) => {
  const minutes = (i * 2) % 1440;
  return `"${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}"`;
});

/** One X line asking every day × time pair of the week at `times` times a day, 1 h apart at least: the gap refuses most pairs. */
const gapLine = (times) => `network: x\nobjectives: [reach]\npersonas: [ana]\nthemes:\n  - { id: news, weight: 100 }\nfrequency:\n  per_week: { min: 1, max: ${7 * times} }\n  times: [${manyTimes(times).join(', ')}]\n  min_gap_hours: 1\n`;
const defaultLine = (network) => `network: ${network}\nobjectives: [reach]\npersonas: [ana]\nthemes:\n  - { id: news, weight: 60 }\n  - { id: tips, weight: 40 }\n`;

async function workspace(lines) {
  const files = {
    'edito.yaml': 'brand: Bench\nlocale: en\ntimezone: Europe/Paris\n',
    'strategy/objectives.yaml': 'objectives:\n  - { id: reach, title: Reach more people, kind: notoriety, kpi: followers, network: all, baseline: 100, target: "+30%", deadline: 2027-12-31 }\n',
    'strategy/personas.yaml': 'personas:\n  - { id: ana, name: Ana, sector: Retail, role: Owner, age: 30-45, location: Lyon, interests: [bread], challenges: [time] }\n',
    'charter/charter.yaml': 'voice: [warm]\n',
    'calendar/key-dates.yaml': 'events: []\n',
    ...Object.fromEntries(Object.entries(lines).map(([network, text]) => [`charter/networks/${network}.yaml`, text])),
  };
  const dir = await writeWorkspace('worst-plan', files);
  return dir;
}

/** The last day of `months` months (or years × 12) from 2027-01-01. */
function lastDay(months) {
  const end = new Date(Date.UTC(2027, months, 0));
  return end.toISOString().slice(0, 10);
}

const CASES = [
  { name: '500 times, 1 h gap (json)', unit: 'months', sizes: [3, 1], months: (n) => n, format: 'json', lines: () => ({ x: gapLine(500) }) },
  { name: 'times a day, 1 h gap (json)', unit: 'times', sizes: [500, 250], months: () => 1, format: 'json', lines: (n) => ({ x: gapLine(n) }) },
  { name: '12 networks (table)', unit: 'years', sizes: [10, 5], months: (n) => n * 12, format: 'table', lines: () => Object.fromEntries(NETWORKS.map((n) => [n, defaultLine(n)])) },
];

/** Median wall time (ms) of `edito plan` over the range, or Infinity past the timeout. */
function timePlan(dir, to, format) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(node, [bin, 'plan', '--dir', dir, '--from', '2027-01-01', '--to', to, '--format', format, '--quiet'], {
      env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30, timeout: TIMEOUT_S * 1000,
    });
    if (result.error?.code === 'ETIMEDOUT' || result.signal === 'SIGTERM') return Infinity;
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0) throw new Error(`edito plan exited ${result.status ?? result.signal}: ${String(result.stderr).slice(-2000)}`);
  }
  return median(samples);
}

const fmt = (ms) => (ms === Infinity ? `> ${TIMEOUT_S} s` : `${(ms / 1000).toFixed(2)} s`);

console.log(`edito plan, worst workspaces (median of ${RUNS} runs; linear: the time above a one-day plan, at least ${NOISE_MS} ms, grows at most ${SLACK}× as fast as the size)`);
let failed = false;
for (const { name, unit, sizes: [big, small], months, format, lines } of CASES.filter((c) => c.name.includes(process.env.BENCH_ONLY ?? ''))) {
  // A case sized by its range plans one workspace over two ranges; one sized by its lines, two workspaces over one range.
  const dirs = await Promise.all([big, small].map((size) => workspace(lines(size))));
  try {
    const base = timePlan(dirs[1], '2027-01-01', format);
    const large = timePlan(dirs[0], lastDay(months(big)), format);
    const little = timePlan(dirs[1], lastDay(months(small)), format);
    const net = [large - base, little - base].map((ms) => Math.max(ms, NOISE_MS));
    const ratio = net[0] / net[1];
    const bound = SLACK * (big / small);
    const verdict = Number.isFinite(ratio) && ratio <= bound ? 'PASS' : 'FAIL';
    if (verdict === 'FAIL') failed = true;
    const shown = Number.isFinite(ratio) ? ratio.toFixed(2) : '—';
    console.log(`  ${name.padEnd(28)} ${`${big} ${unit}`.padStart(10)} ${fmt(large).padStart(9)}   ${`${small} ${unit}`.padStart(10)} ${fmt(little).padStart(9)}   one day ${fmt(base)}   ratio ${shown} (≤ ${bound.toFixed(1)})  ${verdict}`);
  } finally {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }
}
if (failed) process.exitCode = 1;
