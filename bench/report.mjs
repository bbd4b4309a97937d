// `node bench/report.mjs` (after `npm run build`): the report of a year on 12
// networks with a 10,000-row metrics file, as a whole process, against
// `edito plan` on the same workspace. Target: at most 1.5× the plan's time.
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { report, timeCommand } from './measure.mjs';
import { NETWORKS, yearWorkspace } from './year-workspace.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.join(here, '..', 'bin', 'edito.js');
const node = process.execPath;
const runs = Number(process.env.BENCH_RUNS ?? 9);
const ROWS = 10_000;

/** A generic CSV: 10,000 posts spread over 2027 and the 12 networks, counts from a fixed sequence. */
function metricsCsv() {
  const lines = ['date,time,network,post,impressions,reach,likes,comments,shares,saves,clicks,follows'];
  const start = Date.UTC(2027, 0, 1);
  for (let i = 0; i < ROWS; i++) {
    const day = new Date(start + Math.floor((i * 365) / ROWS) * 86_400_000).toISOString().slice(0, 10);
    const time = `${String(7 + (i % 13)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`;
    const reach = 500 + ((i * 37) % 2000);
    lines.push(`${day},${time},${NETWORKS[i % NETWORKS.length]},https://example.com/p/${i},${reach * 2},${reach},${(i * 7) % 90},${i % 13},${i % 7},${i % 5},${i % 17},${i % 3}`);
  }
  return `${lines.join('\n')}\n`;
}

const dir = await yearWorkspace();
const metrics = path.join(dir, 'metrics.csv');
await writeFile(metrics, metricsCsv());
try {
  console.log(`edito report: 1 year × 12 networks, ${ROWS.toLocaleString('en')} metrics rows (median of ${runs} runs after 2 warm-ups)`);
  const options = { runs, warmup: 2 };
  const plan = timeCommand(node, [bin, 'plan', '--dir', dir, '--format', 'json', '--quiet'], options);
  console.log(`${'edito plan --format json (baseline)'.padEnd(44)} ${plan.median.toFixed(1).padStart(7)} ms`);
  const run = (format) => timeCommand(node, [bin, 'report', '--dir', dir, '--format', format, '--metrics', metrics, '--quiet'], options);
  report('edito report --format json --metrics', run('json'), plan, 1.5);
  report('edito report --format html --metrics', run('html'), plan, 1.5);
  report('edito report (no metrics)', timeCommand(node, [bin, 'report', '--dir', dir, '--format', 'json', '--quiet'], options), plan, 1.5);
} finally {
  await rm(dir, { recursive: true, force: true });
}
