import { execFile, execFileSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, edit, REPO } from '../helpers.js';

interface Step {
  name: string;
  if?: string;
  shell?: string;
  env?: Record<string, string>;
  run?: string;
  uses?: string;
  with?: Record<string, string>;
}

interface Action {
  inputs: Record<string, { default: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(await readFile(path.join(REPO, 'action.yml'), 'utf8')) as Action;

/** `${{ inputs.x }}` (or `${{ github.x.y }}` from `context`) replaced, as the runner does in `env` and `with` values. */
const expand = (text: string | number | boolean, inputs: Record<string, string>) =>
  String(text).replace(/\$\{\{\s*(?:inputs\.)?([\w.-]+)\s*\}\}/g, (_, name: string) => inputs[name] ?? '');

/** The `if:` expressions action.yml uses: `always()`, `inputs.x == 'v'`, `inputs.x != ''`, joined by `&&`. */
function condition(expression: string | undefined, inputs: Record<string, string>): boolean {
  if (expression === undefined) return true;
  return expression.split('&&').every((term) => {
    const part = term.trim();
    if (part === 'always()') return true;
    const match = /^inputs\.([\w-]+)\s*(==|!=)\s*'([^']*)'$/.exec(part);
    if (!match) throw new Error(`an if: this test does not read: ${part}`);
    return (inputs[match[1]!] === match[3]) === (match[2] === '==');
  });
}

interface StepRun {
  name: string;
  code: number;
  stdout: string;
  uses?: { action: string; with: Record<string, string> };
}

/**
 * The composite action's steps run as the runner runs them: each `run` with
 * `bash --noprofile --norc -eo pipefail`, its `env` expanded, in the
 * workspace, every step after a failure still run when its `if` has
 * `always()`; a `uses` step is recorded, not run (no GitHub here).
 */
async function runAction(cwd: string, given: Record<string, string>, env: Record<string, string>): Promise<StepRun[]> {
  const inputs = { ...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default])), ...given };
  return runSteps(action.runs.steps, cwd, inputs, env);
}

async function runSteps(steps: readonly Step[], cwd: string, inputs: Record<string, string>, env: Record<string, string>): Promise<StepRun[]> {
  const runs: StepRun[] = [];
  let failed = false;
  for (const step of steps) {
    if ((failed && !(step.if ?? '').includes('always()')) || !condition(step.if, inputs)) continue;
    if (step.uses) {
      runs.push({ name: step.name, code: 0, stdout: '', uses: { action: step.uses, with: Object.fromEntries(Object.entries(step.with ?? {}).map(([k, v]) => [k, expand(v, inputs)])) } });
      continue;
    }
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, inputs)]));
    const result = await new Promise<StepRun>((resolve) => {
      execFile('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run!], { cwd, env: { ...env, ...stepEnv } }, (error, stdout) => {
        resolve({ name: step.name, code: error ? Number(error.code ?? 1) : 0, stdout });
      });
    });
    runs.push(result);
    if (result.code !== 0) failed = true;
  }
  return runs;
}

describe('action.yml, its steps run as the GitHub runner would, on an agency repository', () => {
  let repo: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    repo = await mkdtemp(path.join(tmpdir(), 'edito-action-'));
    await cp(path.join(REPO, 'examples/fournil-lyon'), path.join(repo, 'clients/fournil-lyon'), { recursive: true });
    await cp(path.join(REPO, 'examples/saas-consultant'), path.join(repo, 'clients/saas-consultant'), { recursive: true });
    await mkdir(path.join(repo, 'node_modules/.bin'), { recursive: true });
    await writeFile(path.join(repo, 'node_modules/.bin/edito'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`);
    await chmod(path.join(repo, 'node_modules/.bin/edito'), 0o755);
    await writeFile(path.join(repo, '.gitignore'), 'node_modules/\n');
    const home = await mkdtemp(path.join(tmpdir(), 'edito-action-home-'));
    env = {
      PATH: `${path.join(repo, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, HOME: home, LANG: 'en_US.UTF-8', CI: 'true', GITHUB_ACTIONS: 'true',
      EDITO_NOW: '2027-01-04T09:00:00Z', GITHUB_STEP_SUMMARY: path.join(home, 'summary.md'),
      GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com',
    };
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env });
    git('init', '-q', '-b', 'main');
    git('add', '-A');
    git('commit', '-qm', 'clients');
    git('checkout', '-qb', 'feature');
    await edit(repo, 'clients/saas-consultant/posts/2027/02/2027-02-11-x-discount-policy.md', (t) => `${t}\nA real game-changer.\n`);
    git('commit', '-qam', 'a banned term');
  }, 60_000);

  it('annotates, writes one SARIF run per client for upload-sarif, and puts the diff of each client in the job summary', async () => {
    const steps = await runAction(repo, { dir: 'clients/*', sarif: 'true', 'diff-base': 'main' }, env);
    expect(steps.map((s) => [s.name, s.code])).toEqual([
      ['edito lint', 1], ['edito lint as SARIF', 0], ['Upload SARIF', 0], ['edito diff to the job summary', 1],
    ]);
    expect(steps[0]!.stdout).toContain('::error file=clients/saas-consultant/posts/2027/02/2027-02-11-x-discount-policy.md,line=15,');
    const sarif = JSON.parse(await readFile(path.join(repo, steps[2]!.uses!.with.sarif_file!), 'utf8')) as { runs: { automationDetails: { id: string } }[] };
    expect(steps[2]!.uses!.action).toMatch(/^github\/codeql-action\/upload-sarif@v\d+$/);
    expect(sarif.runs.map((run) => run.automationDetails.id)).toEqual(['edito/lint/clients/fournil-lyon/', 'edito/lint/clients/saas-consultant/']);
    const summary = await readFile(env.GITHUB_STEP_SUMMARY!, 'utf8');
    expect(summary).toMatch(/^\*\*clients\/fournil-lyon\*\*\n\n## edito diff main → copie de travail/);
    expect(summary).toContain('**clients/saas-consultant**\n\n## edito diff main → working tree');
    expect(summary).toContain('| error | banned-term | posts/2027/02/2027-02-11-x-discount-policy.md:15 |');
  });

  it('runs the lint step only with the default inputs, on a workspace at the root', async () => {
    const steps = await runAction(path.join(repo, 'clients/fournil-lyon'), {}, env);
    expect(steps.map((s) => [s.name, s.code])).toEqual([['edito lint', 0]]);
    expect(steps[0]!.stdout).toBe('');
  });
});

/** The yaml blocks of docs/ci.md. */
const ciDoc = await readFile(path.join(REPO, 'docs/ci.md'), 'utf8');
const workflow = (file: string) => {
  const block = [...ciDoc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).find((text) => text.startsWith(`# .github/workflows/${file}`));
  return parse(block!) as { jobs: Record<string, { env?: Record<string, string>; steps: Step[] }> };
};

describe('the edito-diff.yml workflow of docs/ci.md, its steps run as the runner would', () => {
  it('comments the pull request with the diff (gh stands in), fills the summary, annotates the new findings, exits 1 on a new error', async () => {
    const origin = await mkdtemp(path.join(tmpdir(), 'edito-pr-origin-'));
    await cp(path.join(REPO, 'examples/fournil-lyon'), origin, { recursive: true });
    const home = await mkdtemp(path.join(tmpdir(), 'edito-pr-home-'));
    const bin = path.join(home, 'bin');
    await mkdir(bin);
    await writeFile(path.join(bin, 'edito'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`);
    // gh: what it was asked, and --edit-last failing as it does on a pull request with no comment of the job yet.
    await writeFile(path.join(bin, 'gh'), `#!/bin/sh\necho "$@" >> ${JSON.stringify(path.join(home, 'gh.log'))}\ncase "$*" in *--edit-last*) exit 1;; esac\ncp "$5" ${JSON.stringify(path.join(home, 'comment.md'))}\n`);
    await chmod(path.join(bin, 'edito'), 0o755);
    await chmod(path.join(bin, 'gh'), 0o755);
    const env = {
      PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: home, LANG: 'en_US.UTF-8', CI: 'true', GITHUB_ACTIONS: 'true', EDITO_NOW: '2027-01-04T09:00:00Z',
      GITHUB_STEP_SUMMARY: path.join(home, 'summary.md'), GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com',
    };
    const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env });
    git(origin, 'init', '-q', '-b', 'main');
    git(origin, 'add', '-A');
    git(origin, 'commit', '-qm', 'January');
    git(origin, 'checkout', '-qb', 'feature');
    await edit(origin, 'posts/2027/01/2027-01-21-linkedin-apprentissage.md', (t) => `${t}\nUne offre low cost.\n`);
    git(origin, 'commit', '-qam', 'a banned term');
    const checkout = await mkdtemp(path.join(tmpdir(), 'edito-pr-checkout-'));
    git(checkout, 'clone', '-q', '--branch', 'feature', origin, '.');

    const job = workflow('edito-diff.yml').jobs.diff!;
    const context = { 'github.base_ref': 'main', 'github.token': 'token', 'github.event.pull_request.number': '42' };
    const jobEnv = Object.fromEntries(Object.entries(job.env ?? {}).map(([k, v]) => [k, expand(v, context)]));
    const steps = job.steps.filter((step) => step.run !== 'npm ci').map((step) => ({ ...step, run: step.run?.replaceAll('npx edito', 'edito') }));
    const runs = (await runSteps(steps, checkout, context, { ...env, ...jobEnv })).filter((r) => !r.uses);
    expect(runs.map((r) => [r.name, r.code])).toEqual([['What the change does to the plan', 1], ['New findings only, on the changed lines', 1]]);
    expect((await readFile(path.join(home, 'gh.log'), 'utf8')).split('\n')).toEqual([
      'pr comment 42 --edit-last --body-file edito-diff.md', 'pr comment 42 --body-file edito-diff.md', '',
    ]);
    const comment = await readFile(path.join(home, 'comment.md'), 'utf8');
    expect(comment).toMatch(/^## edito diff origin\/main → copie de travail/);
    expect(comment).toContain('| erreur | banned-term | posts/2027/01/2027-01-21-linkedin-apprentissage.md:24 |');
    expect(await readFile(env.GITHUB_STEP_SUMMARY, 'utf8')).toBe(comment);
    expect(runs[1]!.stdout).toMatch(/^::error file=posts\/2027\/01\/2027-01-21-linkedin-apprentissage.md,line=24,col=\d+,.*title=banned-term::/m);
  });
});
