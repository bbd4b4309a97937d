// `node bench/plan.mjs` (after `npm run build`): planning a year on 12 networks,
// as a whole process (start, load and validate the workspace, holidays, plan,
// export), against `node -e 0`. Targets (issue 11): validate ≤ 1.8×, plan ≤ 3×,
// plan --cache with nothing changed (replayed from .edito/cache) ≤ 1.5×, and the
// same workspace planned over 10 years (--from 2027-01-01 --to 2036-12-31) ≤ 6×.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { report, timeCommand, timeInterleaved } from './measure.mjs';
import { yearWorkspace } from './year-workspace.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.join(here, '..', 'bin', 'edito.js');
const node = process.execPath;
const runs = Number(process.env.BENCH_RUNS ?? 9);

const dir = await yearWorkspace();
try {
  console.log(`edito plan: 1 year × 12 networks (median of ${runs} runs after 2 warm-ups)`);
  const options = { runs, warmup: 2 };
  const baseline = timeCommand(node, ['-e', '0'], options);
  console.log(`${'node -e 0 (baseline)'.padEnd(44)} ${baseline.median.toFixed(1).padStart(7)} ms`);
  const plan = (format, ...range) => timeCommand(node, [bin, 'plan', '--dir', dir, '--format', format, '--quiet', ...range], options);
  report('edito validate (same workspace)', timeCommand(node, [bin, 'validate', '--dir', dir], options), baseline, 1.8);
  report('edito plan --format json', plan('json'), baseline, 3);
  report('edito plan --format ics', plan('ics'), baseline, 3);
  report('edito plan --format html', plan('html'), baseline, 3);
  // Ten years: the work per year (placing, resolving in the zone, rendering), not loading.
  const tenYears = ['--from', '2027-01-01', '--to', '2036-12-31'];
  for (const format of ['json', 'ics', 'html']) report(`edito plan --format ${format}, 10 years`, plan(format, ...tenYears), baseline, 6);
  // The warm-ups write the cache: every measured run is replayed from it. Runs
  // this short are measured in turn with node -e 0, against that baseline.
  const formats = ['json', 'ics', 'html'];
  const [again, ...warm] = timeInterleaved([[node, ['-e', '0']], ...formats.map((format) => [node, [bin, 'plan', '--dir', dir, '--format', format, '--quiet', '--cache']])], options);
  console.log(`${'node -e 0 (baseline, in turn with the next)'.padEnd(44)} ${again.median.toFixed(1).padStart(7)} ms`);
  formats.forEach((format, at) => report(`edito plan --format ${format} --cache (warm)`, warm[at], again, 1.5));
} finally {
  await rm(dir, { recursive: true, force: true });
}
