import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runBin } from '../helpers.js';

/**
 * The bundled examples are the first thing a newcomer runs: each README lists
 * the exact output of `plan` and `lint` (every warning there on purpose, and
 * explained), and this test keeps the examples and their READMEs in step.
 * A line `$ edito ARGS` runs ARGS in the example; `(stderr)` compares stderr
 * alone, else stdout and stderr.
 */
for (const example of ['fournil-lyon', 'saas-consultant']) {
  describe(`examples/${example}/README.md`, async () => {
    const dir = path.join(REPO, 'examples', example);
    const readme = await readFile(path.join(dir, 'README.md'), 'utf8');
    const block = /```text\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const runs = block.split(/^(?=\$ edito )/m).filter((part) => part.startsWith('$ edito '));
    it('lists the output of plan and lint', () => {
      expect(runs.map((r) => r.split(/\s+/)[2])).toEqual(['plan', 'lint']);
    });
    for (const run of runs) {
      const [command, ...expected] = run.trimEnd().split('\n');
      it(command!, async () => {
        const stderrOnly = command!.endsWith('(stderr)');
        const args = command!.slice('$ edito '.length).replace('(stderr)', '').trim().split(/\s+/);
        const { code, stdout, stderr } = await runBin(args, { cwd: dir });
        expect(code).toBe(0);
        expect((stderrOnly ? stderr : stdout + stderr).trimEnd()).toBe(expected.join('\n'));
      });
    }
  });
}
