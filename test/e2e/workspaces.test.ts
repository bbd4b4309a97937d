import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { beforeAll, describe, expect, it } from 'vitest';
import { edit, REPO, runBin, sarifValidator } from '../helpers.js';

const FR_POST = 'posts/2027/01/2027-01-21-linkedin-apprentissage.md';
const EN_POST = 'posts/2027/02/2027-02-11-x-discount-policy.md';
const TODAY = ['--today', '2027-01-04'];

/** An agency's repository: one folder per client, copies of both examples, each with one finding in its own language. */
async function agency(): Promise<string> {
  const repo = await mkdtemp(path.join(tmpdir(), 'edito-agency-'));
  await cp(path.join(REPO, 'examples/fournil-lyon'), path.join(repo, 'clients/fournil-lyon'), { recursive: true });
  await cp(path.join(REPO, 'examples/saas-consultant'), path.join(repo, 'clients/saas-consultant'), { recursive: true });
  await mkdir(path.join(repo, 'clients/notes'));
  await writeFile(path.join(repo, 'clients/notes/README.md'), 'not a workspace: no edito.yaml\n');
  await edit(repo, `clients/fournil-lyon/${FR_POST}`, (t) => `${t}\nEt une chocolatine pour finir.\n`);
  await edit(repo, `clients/saas-consultant/${EN_POST}`, (t) => `${t}\nA real game-changer.\n`);
  execFileSync('git', ['init', '-q'], { cwd: repo });
  return repo;
}

/** Element names and `name` attributes of an XML document read by a strict XML 1.0 parser (it throws on any error). */
function xmlElements(xml: string): { name: string; attributes: Record<string, string> }[] {
  const parser = new SaxesParser();
  const elements: { name: string; attributes: Record<string, string> }[] = [];
  parser.on('opentag', (tag) => elements.push({ name: tag.name, attributes: tag.attributes as Record<string, string> }));
  parser.write(xml).close();
  return elements;
}

describe('several workspaces in one run (--dir with a glob or repeated)', () => {
  let repo: string;
  const edito = (args: string[], cwd = repo) => runBin(args[0] === 'lint' ? [...args, ...TODAY] : args, { cwd });

  beforeAll(async () => {
    repo = await agency();
  });

  it('lints every client folder, each in its own language, grouped under its folder, with the worst exit code', async () => {
    const result = await edito(['lint', '--dir', 'clients/*']);
    expect(result.code, result.stderr).toBe(1);
    const [fournil, saas] = result.stdout.split('\n\n▸ ');
    expect(fournil!.split('\n')[0]).toBe('▸ clients/fournil-lyon');
    expect(fournil).toContain('écrire « pain au chocolat » plutôt que « chocolatine »');
    expect(fournil).not.toContain('game-changer');
    expect(saas!.split('\n')[0]).toBe('clients/saas-consultant');
    expect(saas).toMatch(/15:\d+\s+error\s+"game-changer" is a banned term/);
    expect(saas).not.toContain('chocolatine');
    expect(result.stderr).toContain('2 workspaces: 1 with errors, 0 could not be checked; exit code 1');
  });

  it('gives the same run for repeated --dir as for the glob, and keeps the order they are given in', async () => {
    const glob = await edito(['lint', '--dir', 'clients/*', '--format', 'json']);
    const repeated = await edito(['lint', '--dir', 'clients/saas-consultant', '--dir', 'clients/fournil-lyon/', '--dir', 'clients/fournil-lyon', '--format', 'json']);
    const dirs = (text: string) => (JSON.parse(text) as { workspaces: { dir: string }[] }).workspaces.map((w) => w.dir);
    expect(dirs(glob.stdout)).toEqual(['clients/fournil-lyon', 'clients/saas-consultant']);
    expect(dirs(repeated.stdout)).toEqual(['clients/saas-consultant', 'clients/fournil-lyon']);
  });

  it('writes one SARIF log with one run per workspace, each its own category, paths from the repository root', async () => {
    const result = await edito(['lint', '--dir', 'clients/*', '--format', 'sarif']);
    expect(result.code).toBe(1);
    const log = JSON.parse(result.stdout) as { runs: { automationDetails: { id: string }; results: { ruleId: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }[] }[] };
    const validate = await sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs.map((run) => run.automationDetails.id)).toEqual(['edito/lint/clients/fournil-lyon/', 'edito/lint/clients/saas-consultant/']);
    const found = log.runs.map((run) => run.results.filter((r) => r.ruleId !== 'length-recommended').map((r) => [r.ruleId, r.locations[0]!.physicalLocation.artifactLocation.uri, r.message.text]));
    expect(found).toEqual([
      [['substitution', `clients/fournil-lyon/${FR_POST}`, 'écrire « pain au chocolat » plutôt que « chocolatine »']],
      [['banned-term', `clients/saas-consultant/${EN_POST}`, '"game-changer" is a banned term (banned: "game-changer")']],
    ]);
  });

  it('writes one JUnit document with one suite per workspace', async () => {
    const result = await edito(['lint', '--dir', 'clients/*', '--format', 'junit']);
    const elements = xmlElements(result.stdout);
    const suites = elements.filter((e) => e.name === 'testsuite').map((e) => [e.attributes.name, e.attributes.tests, e.attributes.failures]);
    expect(suites).toEqual([['edito lint clients/fournil-lyon', '18', '1'], ['edito lint clients/saas-consultant', '25', '1']]);
    const top = elements.find((e) => e.name === 'testsuites')!.attributes;
    expect([top.tests, top.failures, top.errors]).toEqual(['43', '2', '0']);
  });

  it('annotates for GitHub with paths from the repository root, from any folder', async () => {
    const result = await edito(['lint', '--dir', '*', '--format', 'github'], path.join(repo, 'clients'));
    const annotations = result.stdout.split('\n').filter((line) => /^::(error|warning) /.test(line));
    expect(annotations.map((line) => /file=([^,]+),line=(\d+)/.exec(line)!.slice(1).join(':'))).toEqual([
      `clients/fournil-lyon/${FR_POST}:24`,
      `clients/saas-consultant/${EN_POST}:15`,
    ]);
    expect(result.code).toBe(1);
  });

  it('validates each workspace, says so in its language, and merges json', async () => {
    const text = await edito(['validate', '--dir', 'clients/*']);
    expect(text.stdout).toBe('▸ clients/fournil-lyon\naucun problème dans clients/fournil-lyon\n\n▸ clients/saas-consultant\nno problem found in clients/saas-consultant\n');
    expect(text.code).toBe(0);
    const json = await edito(['validate', '--dir', 'clients/*', '--format', 'json']);
    expect(JSON.parse(json.stdout)).toEqual({ workspaces: [{ dir: 'clients/fournil-lyon', exitCode: 0, result: [] }, { dir: 'clients/saas-consultant', exitCode: 0, result: [] }] });
  });

  it('plans each workspace over its own period, in its time zone, as json or Markdown', async () => {
    const json = await edito(['plan', '--dir', 'clients/*', '--format', 'json', '--from', '2027-02-01', '--to', '2027-02-07']);
    expect(json.code).toBe(0);
    const plans = (JSON.parse(json.stdout) as { workspaces: { dir: string; result: { timezone: string; slots: { network: string }[] } }[] }).workspaces;
    expect(plans.map((p) => [p.dir, p.result.timezone])).toEqual([['clients/fournil-lyon', 'Europe/Paris'], ['clients/saas-consultant', 'America/Toronto']]);
    expect(plans.every((p) => p.result.slots.length > 0)).toBe(true);
    const md = await edito(['plan', '--dir', 'clients/*', '--format', 'md', '--from', '2027-02-01', '--to', '2027-02-07']);
    expect(md.stdout.startsWith('**clients/fournil-lyon**\n\n# Le Fournil de la Croix-Rousse : planning de publication du 1er au 7 février 2027\n')).toBe(true);
    expect(md.stdout).toContain('\n---\n\n**clients/saas-consultant**\n\n# Northbeam Advisory: publishing plan, 1 to 7 February 2027\n');
  });

  it('reports a workspace that cannot be checked and still checks the others: exit 2, a failed SARIF run, an error suite', async () => {
    const broken = path.join(repo, 'clients/broken');
    await mkdir(broken);
    await writeFile(path.join(broken, 'edito.yaml'), 'version: [\n');
    try {
      const text = await edito(['lint', '--dir', 'clients/*']);
      expect(text.code).toBe(2);
      expect(text.stdout).toContain('▸ clients/broken');
      expect(text.stdout).toContain('"game-changer" is a banned term');
      expect(text.stderr).toContain('3 workspaces: 1 with errors, 1 could not be checked; exit code 2');
      const sarif = JSON.parse((await edito(['lint', '--dir', 'clients/*', '--format', 'sarif'])).stdout) as { runs: { automationDetails: { id: string }; invocations?: { executionSuccessful: boolean; exitCode: number }[] }[] };
      expect(sarif.runs.map((run) => [run.automationDetails.id, run.invocations?.[0]?.executionSuccessful ?? true])).toEqual([
        ['edito/lint/clients/broken/', false], ['edito/lint/clients/fournil-lyon/', true], ['edito/lint/clients/saas-consultant/', true],
      ]);
      const junit = xmlElements((await edito(['lint', '--dir', 'clients/*', '--format', 'junit'])).stdout);
      expect(junit.filter((e) => e.name === 'error').map((e) => e.attributes.message)).toEqual(['could not run (exit code 2)']);
    } finally {
      await rm(broken, { recursive: true });
    }
  });

  it('refuses what needs one workspace, before running any, with exit code 2', async () => {
    const cases: [string[], string][] = [
      [['lint', '--dir', 'nothing/*'], 'no workspace (a folder holding edito.yaml) matches nothing/*'],
      // In the first workspace's language, as every failure before a workspace is open.
      [['new', '--dir', 'clients/fournil-lyon', '--dir', 'clients/saas-consultant'], '« edito new » travaille sur un seul espace de travail : passez un seul --dir'],
      [['plan', '--dir', 'clients/*', '--format', 'ics'], '--format ics makes one file per workspace'],
      [['plan', '--dir', 'clients/*', '--out', 'plan.json'], '--out takes one workspace'],
      [['lint', '--dir', 'clients/*', `clients/fournil-lyon/${FR_POST}`], `clients/fournil-lyon/${FR_POST} takes one workspace`],
    ];
    for (const [args, message] of cases) {
      const result = await edito(args);
      expect([result.code, result.stdout], args.join(' ')).toEqual([2, '']);
      expect(result.stderr).toContain(message);
    }
  });

  it('lints posts named without --dir each in the workspace holding it, as a pre-commit hook at the repository root does', async () => {
    const result = await edito(['lint', `clients/saas-consultant/${EN_POST}`, `clients/fournil-lyon/${FR_POST}`]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^▸ clients\/fournil-lyon\nclients\/fournil-lyon\/posts\/2027\/01\/2027-01-21-linkedin-apprentissage.md\n  24:8 +avert\. +écrire/);
    expect(result.stdout).toContain('\n\n▸ clients/saas-consultant\nclients/saas-consultant/posts/2027/02/2027-02-11-x-discount-policy.md\n');
    const one = await edito(['lint', `clients/saas-consultant/${EN_POST}`]);
    expect(one.stdout.startsWith('clients/saas-consultant/posts/')).toBe(true);
    expect(one.code).toBe(1);
  });

  it('diffs each workspace against its own history, with the worst exit code', async () => {
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: repo });
    git('add', '-A');
    git('commit', '-qm', 'clients');
    await edit(repo, `clients/fournil-lyon/${FR_POST}`, (t) => t.replace('Et une chocolatine pour finir.', 'Et du pain au chocolat pour finir.'));
    await edit(repo, 'clients/saas-consultant/posts/2027/02/2027-02-18-youtube-live-raise-prices.md', (t) => `${t}\nNo-brainer.\n`);
    try {
      const json = await runBin(['diff', '--dir', 'clients/*', '--format', 'json', '--today', '2027-01-04'], { cwd: repo });
      expect(json.code, json.stderr).toBe(1);
      const diffs = (JSON.parse(json.stdout) as { workspaces: { dir: string; exitCode: number; result: { findings: { added: { ruleId: string }[]; fixed: { ruleId: string }[] } } }[] }).workspaces;
      expect(diffs.map((d) => [d.dir, d.exitCode, d.result.findings.added.map((f) => f.ruleId), d.result.findings.fixed.map((f) => f.ruleId)])).toEqual([
        ['clients/fournil-lyon', 0, [], ['substitution']],
        ['clients/saas-consultant', 1, ['banned-term', 'spelling'], []],
      ]);
      const md = await runBin(['diff', '--dir', 'clients/*', '--format', 'md', '--today', '2027-01-04'], { cwd: repo });
      expect(md.stdout).toMatch(/^\*\*clients\/fournil-lyon\*\*\n\n## edito diff HEAD → copie de travail/);
      expect(md.stdout).toContain('\n---\n\n**clients/saas-consultant**\n\n## edito diff HEAD → working tree');
    } finally {
      git('checkout', '-q', '--', '.');
    }
  });

  it('plans several workspaces with --cache as without, run after run (no one workspace\'s record replayed for all)', async () => {
    const args = ['plan', '--dir', 'clients/fournil-lyon', '--dir', 'clients/saas-consultant', '--format', 'md', '--from', '2027-02-01', '--to', '2027-02-07'];
    const plain = await edito(args);
    for (const extra of [['--cache'], ['--cache'], ['--cache']]) {
      const cached = await edito([...args, ...extra]);
      expect([cached.code, cached.stdout, cached.stderr]).toEqual([plain.code, plain.stdout, plain.stderr]);
    }
    const glob = ['plan', '--dir', 'clients/*', '--format', 'json', '--from', '2027-02-01', '--to', '2027-02-07'];
    const first = await edito([...glob, '--cache']);
    expect((await edito([...glob, '--cache'])).stdout).toBe(first.stdout);
    expect((JSON.parse(first.stdout) as { workspaces: unknown[] }).workspaces).toHaveLength(2);
  });

  it('leaves a single --dir as it was: no heading, the plain document', async () => {
    const result = await edito(['lint', '--dir', 'clients/saas-consultant', '--format', 'json']);
    expect(Array.isArray(JSON.parse(result.stdout))).toBe(true);
    expect((await edito(['validate', '--dir', 'clients/saas-consultant'])).stdout).toBe('no problem found in clients/saas-consultant\n');
  });
});
