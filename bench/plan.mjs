// `node bench/plan.mjs` (after `npm run build`): planning a year on 12 networks,
// as a whole process (start, load and validate the workspace, holidays, plan,
// export), against `node -e 0`. Target: under 2×.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { report, timeCommand } from './measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.join(here, '..', 'bin', 'edito.js');
const node = process.execPath;
const NETWORKS = ['linkedin', 'x', 'facebook', 'instagram', 'tiktok', 'youtube', 'pinterest', 'threads', 'bluesky', 'mastodon', 'snapchat', 'twitch'];
const runs = Number(process.env.BENCH_RUNS ?? 9);

/** A valid workspace: one line per network, X daily, the others on their built-in defaults. */
async function yearWorkspace() {
  const dir = await mkdtemp(path.join(tmpdir(), 'edito-bench-plan-'));
  const files = {
    'edito.yaml': 'brand: Bench\nlocale: en\ntimezone: Europe/Paris\ncountry: FR\nperiod: { start: 2027-01-01, end: 2027-12-31 }\n',
    'strategy/objectives.yaml': 'objectives:\n  - { id: reach, title: Reach more people, kind: notoriety, kpi: followers, network: all, baseline: 100, target: "+30%", deadline: 2027-12-31 }\n',
    'strategy/personas.yaml': 'personas:\n  - { id: ana, name: Ana, sector: Retail, role: Owner, age: 30-45, location: Lyon, interests: [bread], challenges: [time] }\n',
    'charter/charter.yaml': 'voice: [warm]\n',
    'calendar/key-dates.yaml': 'holidays: { country: FR, policy: skip }\nevents:\n  - { name: Spring sale, date: 2027-03-15, priority: high }\nblackout:\n  - { from: 2027-08-09, to: 2027-08-22, reason: Summer break }\n',
  };
  for (const network of NETWORKS) {
    const frequency = network === 'x' ? '\nfrequency:\n  per_day: { min: 1, max: 1 }\n' : '\n';
    files[`charter/networks/${network}.yaml`] = `network: ${network}\nobjectives: [reach]\npersonas: [ana]\nthemes:\n  - { id: news, weight: 60 }\n  - { id: tips, weight: 40 }${frequency}`;
  }
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

const dir = await yearWorkspace();
try {
  console.log(`edito plan: 1 year × 12 networks (median of ${runs} runs after 2 warm-ups)`);
  const options = { runs, warmup: 2 };
  const baseline = timeCommand(node, ['-e', '0'], options);
  console.log(`${'node -e 0 (baseline)'.padEnd(44)} ${baseline.median.toFixed(1).padStart(7)} ms`);
  const plan = (format) => timeCommand(node, [bin, 'plan', '--dir', dir, '--format', format, '--quiet'], options);
  report('edito validate (same workspace)', timeCommand(node, [bin, 'validate', '--dir', dir], options), baseline);
  report('edito plan --format json', plan('json'), baseline, 2);
  report('edito plan --format ics', plan('ics'), baseline, 2);
  report('edito plan --format html', plan('html'), baseline, 2);
} finally {
  await rm(dir, { recursive: true, force: true });
}
