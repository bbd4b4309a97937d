// `npm run bench`: every benchmark, each measured side by side with its baseline in one run.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { report, timeCommand } from './measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.join(here, '..', 'bin', 'edito.js');
const node = process.execPath;

console.log(`edito benchmarks — node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
console.log('Cold start (median of 15 runs after 3 warm-ups)');
const baseline = timeCommand(node, ['-e', '0']);
console.log(`${'node -e 0 (baseline)'.padEnd(44)} ${baseline.median.toFixed(1).padStart(7)} ms`);
report('edito --help', timeCommand(node, [bin, '--help']), baseline, 1.5);
report('edito --version', timeCommand(node, [bin, '--version']), baseline, 1.5);
report('edito validate (fixture workspace)', timeCommand(node, [bin, 'validate', '--dir', path.join(here, '..', 'test/fixtures/valid')]), baseline);

// Command benchmarks live in their own files so each can run alone.
for (const name of ['plan.mjs', 'diff.mjs', 'report.mjs', 'lint.mjs', 'worst-lint.mjs', 'worst-plan.mjs']) {
  const file = path.join(here, name);
  if (!existsSync(file)) continue;
  console.log('');
  const result = spawnSync(node, [file], { stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = result.status ?? 1;
}
