import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, REPO } from '../helpers.js';

/**
 * Every `sh` block of the README runs as written, as a script, with `npx edito`
 * standing for the built bin and /tmp/ for a fresh folder. The wizard line
 * (`edito init <dir>` without --yes) gets --yes: the wizard itself is driven
 * through a pseudo-terminal in init.test.ts.
 */
const readme = await readFile(path.join(REPO, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((block) => block.includes('npx edito'));

function script(block: string, out: string): string {
  return block
    .split('\n')
    .map((line) => line.replace(/^npm ci && /, ''))
    .filter((line) => line.trim() !== '' && line.trim() !== 'npm test')
    .map((line) => line.replace(/^(npx edito init) (?!--yes)([\w-]+)$/, '$1 --yes --brand Acme $2'))
    .map((line) => line.replaceAll('/tmp/', `${out}/`).replaceAll('npx edito', `node ${JSON.stringify(BIN)}`))
    .join('\n');
}

function run(source: string, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('bash', ['--norc', '--noprofile', '-eo', 'pipefail', '-c', source], { cwd, env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', EDITOR: 'true' }, maxBuffer: 32 << 20 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('README commands', () => {
  it('has the install-and-run and the test commands', () => {
    expect(readme).toContain('npm ci && npx edito plan --dir examples/fournil-lyon');
    expect(readme).toContain('npm test');
    expect(blocks.length).toBeGreaterThanOrEqual(4);
  });

  blocks.forEach((block, index) => {
    it(`block ${index + 1} runs as written: ${block.split('\n')[0]}`, async () => {
      const cwd = await mkdtemp(path.join(tmpdir(), 'edito-readme-'));
      await symlink(path.join(REPO, 'examples'), path.join(cwd, 'examples'));
      await mkdir(path.join(cwd, 'out'));
      const result = await run(script(block, path.join(cwd, 'out')), cwd);
      expect(result.stderr.includes('internal error'), result.stderr).toBe(false);
      expect(result.code, result.stderr).toBe(0);
    });
  });

  it('every command of the table runs as written', async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), 'edito-readme-'));
    await symlink(path.join(REPO, 'examples'), path.join(cwd, 'examples'));
    await mkdir(path.join(cwd, 'out'));
    const commands = [...readme.matchAll(/^\| `\w+` \| `(npx edito [^`]+)` \|/gm)].map((m) => m[1]!);
    expect(commands.map((c) => c.split(' ')[2])).toEqual(['init', 'validate', 'plan', 'lint', 'export', 'new', 'report', 'schema', 'completion']);
    const result = await run(script(commands.join('\n'), path.join(cwd, 'out')), cwd);
    expect(result.code, result.stderr).toBe(0);
  });
});
