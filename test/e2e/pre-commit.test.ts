import { execFile, execFileSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, copyOf, edit, REPO } from '../helpers.js';

/** Whether the pre-commit framework is installed (`pip install pre-commit`, or the distribution's package). */
function hasPreCommit(): boolean {
  try {
    execFileSync('pre-commit', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const available = hasPreCommit();
if (!available) console.warn('pre-commit is not installed (pip install pre-commit): the .pre-commit-hooks.yaml test is skipped');

function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd, env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', ...env }, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

/** A repository of the user's, edito installed as its devDependency (what `npx --no-install edito` finds), all committed. */
async function userRepository(user: string): Promise<{ env: Record<string, string>; git: (...args: string[]) => Promise<{ code: number; output: string }> }> {
  const home = await mkdtemp(path.join(tmpdir(), 'edito-pre-commit-home-'));
  const env = { HOME: home, EDITO_NOW: '2027-01-02T09:00:00Z', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
  const git = (...args: string[]) => run('git', args, user, env);
  await mkdir(path.join(user, 'node_modules/.bin'), { recursive: true });
  await writeFile(path.join(user, 'node_modules/.bin/edito'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`);
  await chmod(path.join(user, 'node_modules/.bin/edito'), 0o755);
  await writeFile(path.join(user, '.gitignore'), 'node_modules/\n');
  await git('init', '-q');
  await git('add', '-A');
  await git('commit', '-qm', 'plan');
  return { env, git };
}

describe.skipIf(!available)('the edito-lint hook of .pre-commit-hooks.yaml, through pre-commit try-repo', () => {
  let user: string;
  let env: Record<string, string>;
  let git: (...args: string[]) => Promise<{ code: number; output: string }>;

  beforeAll(async () => {
    user = await copyOf('examples/fournil-lyon');
    ({ env, git } = await userRepository(user));
  }, 60_000);

  it('passes on clean posts and fails on a banned term', async () => {
    const clean = await run('pre-commit', ['try-repo', REPO, 'edito-lint', '--all-files'], user, env);
    expect(clean.output).toContain('edito lint');
    expect(clean.code, clean.output).toBe(0);
    await edit(user, 'posts/2027/01/2027-01-21-linkedin-apprentissage.md', (t) => `${t}\nUne offre disruptif pour vos équipes.\n`);
    await git('add', '-A');
    const banned = await run('pre-commit', ['try-repo', REPO, 'edito-lint', '--all-files'], user, env);
    expect(banned.code).not.toBe(0);
    expect(banned.output).toContain('banned-term');
  }, 240_000);
});

describe.skipIf(!available)('the hooks in an agency repository (one folder per client, no workspace at the root)', () => {
  let user: string;
  let env: Record<string, string>;
  let git: (...args: string[]) => Promise<{ code: number; output: string }>;

  beforeAll(async () => {
    user = await mkdtemp(path.join(tmpdir(), 'edito-agency-hook-'));
    await cp(path.join(REPO, 'examples/fournil-lyon'), path.join(user, 'clients/fournil-lyon'), { recursive: true });
    await cp(path.join(REPO, 'examples/saas-consultant'), path.join(user, 'clients/saas-consultant'), { recursive: true });
    ({ env, git } = await userRepository(user));
  }, 60_000);

  it('edito-lint lints each post in its own workspace: passes clean, fails on a banned term of one client', async () => {
    const clean = await run('pre-commit', ['try-repo', REPO, 'edito-lint', '--all-files', '--verbose'], user, env);
    expect(clean.code, clean.output).toBe(0);
    expect(clean.output).toContain('2 workspaces: 0 with errors');
    await edit(user, 'clients/saas-consultant/posts/2027/02/2027-02-11-x-discount-policy.md', (t) => `${t}\nA real game-changer.\n`);
    await git('add', '-A');
    const banned = await run('pre-commit', ['try-repo', REPO, 'edito-lint', '--all-files', '--verbose'], user, env);
    expect(banned.code).not.toBe(0);
    expect(banned.output).toContain('"game-changer" is a banned term');
  }, 240_000);

  it('edito-validate checks every client with args: [--dir, clients/*] in .pre-commit-config.yaml', async () => {
    const rev = (await run('git', ['rev-parse', 'HEAD'], REPO, env)).output.trim();
    await writeFile(path.join(user, '.pre-commit-config.yaml'), [
      'repos:', `  - repo: ${REPO}`, `    rev: ${rev}`, '    hooks:', '      - id: edito-validate', "        args: [--dir, 'clients/*']", '',
    ].join('\n'));
    await git('add', '-A');
    const valid = await run('pre-commit', ['run', 'edito-validate', '--all-files', '--verbose'], user, env);
    expect(valid.code, valid.output).toBe(0);
    expect(valid.output).toContain('2 workspaces: 0 with errors');
    await edit(user, 'clients/fournil-lyon/edito.yaml', (t) => t.replace(/^timezone: .*$/m, 'timezone: Europe/Lyon'));
    await git('add', '-A');
    const invalid = await run('pre-commit', ['run', 'edito-validate', '--all-files', '--verbose'], user, env);
    expect(invalid.code).not.toBe(0);
    expect(invalid.output).toContain('2 workspaces: 1 with errors');
  }, 240_000);
});
