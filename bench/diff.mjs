// `node bench/diff.mjs` (after `npm run build`): `edito diff` on the 1 year × 12
// networks workspace against its previous commit (a frequency raised), as a
// whole process, against `edito plan` on the same workspace. Target: at most 2.5× plan.
import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { report, timeCommand } from './measure.mjs';
import { yearWorkspace } from './year-workspace.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.join(here, '..', 'bin', 'edito.js');
const node = process.execPath;
const runs = Number(process.env.BENCH_RUNS ?? 9);

const dir = await yearWorkspace();
const git = (...args) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', ...args], { cwd: dir, stdio: 'ignore' });
try {
  git('init', '-q');
  git('add', '-A');
  git('commit', '-qm', 'year');
  const line = path.join(dir, 'charter/networks/linkedin.yaml');
  await writeFile(line, `${await readFile(line, 'utf8')}frequency:\n  per_week: { min: 2, max: 3 }\n`);
  git('commit', '-qam', 'LinkedIn three times a week');
  console.log(`edito diff: 1 year × 12 networks against its previous commit (median of ${runs} runs after 2 warm-ups)`);
  const options = { runs, warmup: 2 };
  const plan = timeCommand(node, [bin, 'plan', '--dir', dir, '--format', 'json', '--quiet'], options);
  console.log(`${'edito plan --format json (baseline)'.padEnd(44)} ${plan.median.toFixed(1).padStart(7)} ms`);
  report('edito diff HEAD~1 --head HEAD --format json', timeCommand(node, [bin, 'diff', 'HEAD~1', '--head', 'HEAD', '--dir', dir, '--format', 'json'], options), plan, 2.5);
  report('edito diff HEAD~1 (working tree) --format md', timeCommand(node, [bin, 'diff', 'HEAD~1', '--dir', dir, '--format', 'md'], options), plan, 2.5);
} finally {
  await rm(dir, { recursive: true, force: true });
}
