import { execFile } from 'node:child_process';
import { chmod, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BIN, copyOf, REPO } from '../helpers.js';

const run = promisify(execFile);
const doc = await readFile(path.join(REPO, 'docs/ci.md'), 'utf8');
const blocks = [...doc.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => ({ lang: m[1]!, text: m[2]! }));

/** Every `edito lint` command line of docs/ci.md, as a shell command. */
const commands = blocks
  .filter((b) => b.lang === 'yaml')
  .flatMap((b) => b.text.split('\n'))
  .map((line) => /^\s*(?:-\s+)?(?:run:\s+)?(npx edito lint.*)$/.exec(line)?.[1])
  .filter((c): c is string => c !== undefined && !c.includes('$'));

async function sh(command: string, cwd: string, env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run('sh', ['-c', command], { cwd, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A copy of an example where `npx --no-install edito` runs the built CLI. */
async function exampleWithEdito(example: string): Promise<string> {
  const dir = await copyOf(`examples/${example}`);
  await mkdir(path.join(dir, 'node_modules/.bin'), { recursive: true });
  await symlink(BIN, path.join(dir, 'node_modules/.bin/edito'));
  return dir;
}

describe('docs/ci.md', () => {
  it('documents the GitHub, GitLab and pre-commit commands', () => {
    expect(commands).toEqual([
      'npx edito lint --format github',
      'npx edito lint --format sarif > edito.sarif || true',
      'npx edito lint --format junit > edito-junit.xml || true',
      'npx edito lint --no-color',
    ]);
    expect(doc).toContain('entry: npx --no-install edito lint');
  });

  for (const example of ['fournil-lyon', 'saas-consultant']) {
    it(`runs every documented command on examples/${example}`, async () => {
      const dir = await exampleWithEdito(example);
      for (const command of commands) {
        // The clock pinned before the examples' period, so that no draft is due yet (status-ready).
        const result = await sh(command.replace(/^npx edito/, 'npx --no-install edito'), dir, { EDITO_NOW: '2026-12-01T09:00:00Z' });
        expect(result.code, `${command}\n${result.stderr}`).toBe(0);
      }
      const sarif = JSON.parse(await readFile(path.join(dir, 'edito.sarif'), 'utf8')) as { version: string };
      expect(sarif.version).toBe('2.1.0');
      expect(await readFile(path.join(dir, 'edito-junit.xml'), 'utf8')).toContain('<testsuites name="edito lint"');
    });
  }

  it('the pre-commit hook lets a clean post through and stops a post with an error', async () => {
    const dir = await exampleWithEdito('fournil-lyon');
    const hook = blocks.find((b) => b.lang === 'sh' && b.text.includes('.git/hooks/pre-commit'))!.text;
    const git = (args: string) => sh(`git -c user.email=t@e.st -c user.name=test ${args}`, dir);
    await git('init -q');
    await writeFile(path.join(dir, '.git/hooks/pre-commit'), hook);
    await chmod(path.join(dir, '.git/hooks/pre-commit'), 0o755);
    await writeFile(path.join(dir, '.gitignore'), 'node_modules/\n');
    await git('add -A');
    expect((await sh('git -c user.email=t@e.st -c user.name=test commit -q -m initial', dir, { EDITO_NOW: '2026-12-01T09:00:00Z' })).code).toBe(0);
    const posts = (await sh("git ls-files 'posts/*.md'", dir)).stdout.trim().split('\n');
    const first = path.join(dir, posts[0]!);
    await writeFile(first, `${await readFile(first, 'utf8')}\nwww.example.com gratuit GRATUIT ${'!'.repeat(5)}\n`.replace(/^network: \w+/m, 'network: linkdin'));
    await git('add -A');
    const refused = await sh('git -c user.email=t@e.st -c user.name=test commit -q -m broken', dir, { EDITO_NOW: '2026-12-01T09:00:00Z' });
    expect(refused.code).toBe(1);
    expect(`${refused.stdout}${refused.stderr}`).toContain('network-known');
  });
});
