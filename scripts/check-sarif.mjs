#!/usr/bin/env node
// Validates edito's SARIF with Microsoft's SARIF multitool, the checks GitHub code
// scanning applies (`validate --rule-kind "Ghas;Sarif"`): both examples (validate
// and lint) and the lint-violations fixture. The multitool is about 100 MB, so it is
// not a devDependency: install it once beside the checkout and point at it,
//
//   npm install --prefix /tmp/smt @microsoft/sarif-multitool
//   SARIF_MULTITOOL=/tmp/smt/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool npm run check:sarif
//
// Exit 1 when the multitool reports an error (or a warning other than SARIF2005, the
// absent informationUri: package.json names no repository yet, and edito makes up no address).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(repo, 'bin', 'edito.js');
const tool = process.env.SARIF_MULTITOOL ?? path.join(repo, 'node_modules', '.bin', 'sarif-multitool');
const out = mkdtempSync(path.join(tmpdir(), 'edito-sarif-'));
const runs = [
  ['validate', 'examples/fournil-lyon'], ['validate', 'examples/saas-consultant'],
  ['lint', 'examples/fournil-lyon'], ['lint', 'examples/saas-consultant'], ['lint', 'test/fixtures/lint-violations'],
];
const files = runs.map(([command, dir]) => {
  const run = spawnSync(process.execPath, [bin, command, '--dir', dir, '--format', 'sarif', ...(command === 'lint' ? ['--today', '2027-01-02'] : [])], { cwd: repo, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`edito ${command} --dir ${dir} exited ${run.status}: ${run.stderr}`);
  const file = path.join(out, `${command}-${path.basename(dir)}.sarif`);
  writeFileSync(file, run.stdout);
  return file;
});
let report;
try {
  report = execFileSync(tool, ['validate', '--rule-kind', 'Ghas;Sarif', ...files], { encoding: 'utf8' });
} catch (error) {
  if (error.code === 'ENOENT') {
    console.error(`SARIF multitool not found at ${tool}: set SARIF_MULTITOOL (see the top of scripts/check-sarif.mjs)`);
    process.exit(2);
  }
  report = `${error.stdout ?? ''}${error.stderr ?? ''}`;
}
const problems = report.split('\n').filter((line) => /: (error|warning) /.test(line) && !line.includes('SARIF2005'));
const absentInformationUri = report.split('\n').filter((line) => line.includes('SARIF2005')).length;
console.log(`${files.length} SARIF logs checked: ${problems.length} problem(s); ${absentInformationUri} SARIF2005 note(s) (no informationUri while package.json names no repository)`);
for (const line of problems) console.log(line);
process.exit(problems.length > 0 ? 1 : 0);
