import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyOf, edit, runBin } from '../helpers.js';

/** git with an identity of its own and no user configuration. */
function git(cwd: string, ...args: string[]): Promise<string> {
  const env = { PATH: process.env.PATH ?? '', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_NOSYSTEM: '1', HOME: cwd };
  return new Promise((resolve, reject) => {
    execFile('git', args, { cwd, env }, (error, stdout, stderr) => (error ? reject(new Error(`git ${args.join(' ')}: ${stderr}`)) : resolve(stdout)));
  });
}

const MOVED = 'posts/2027/01/2027-01-12-linkedin-invendus.md';
const LINE = 'charter/networks/linkedin.yaml';
const TODAY = ['--today', '2027-01-01'];

async function diffJson(cwd: string, ...args: string[]) {
  const result = await runBin(['diff', ...args, ...TODAY, '--format', 'json'], { cwd });
  return { ...result, json: result.stdout ? JSON.parse(result.stdout) : undefined };
}

/** The French example under git, with three commits on top of it: a post moved, a banned term its text contains, a frequency raised. */
let repo: string;
beforeAll(async () => {
  repo = await copyOf('examples/fournil-lyon');
  await git(repo, 'init', '-q');
  await git(repo, 'add', '-A');
  await git(repo, 'commit', '-qm', 'January plan');
  await edit(repo, MOVED, (t) => t.replace('date: 2027-01-12T08:30', 'date: 2027-01-14T08:30'));
  await git(repo, 'commit', '-qam', 'Move the unsold-bread post to Thursday');
  await edit(repo, LINE, (t) => t.replace('    - disruptif\n', '    - disruptif\n    - invendus\n'));
  await git(repo, 'commit', '-qam', 'Ban "invendus"');
  await edit(repo, LINE, (t) => t.replace('per_week: { min: 1, max: 2, target: 1 }', 'per_week: { min: 2, max: 3, target: 2 }'));
  await git(repo, 'commit', '-qam', 'Two LinkedIn posts a week');
}, 60_000);

describe('edito diff on three commits of the French example', () => {
  it('a post moved to another day: its slot moves, nothing else', async () => {
    const { code, json } = await diffJson(repo, 'HEAD~3', '--head', 'HEAD~2');
    expect(code).toBe(0);
    expect(json.calendar).toEqual({
      slotsAdded: [{ network: 'linkedin', date: '2027-01-14', time: '08:30' }],
      slotsRemoved: [{ network: 'linkedin', date: '2027-01-12', time: '08:30' }],
      postsAdded: [], postsRemoved: [], renamed: [],
      moved: [{ file: MOVED, network: 'linkedin', from: '2027-01-12T08:30', to: '2027-01-14T08:30' }],
      status: [], weeks: [],
    });
    expect(json.mix).toEqual([]);
    expect(json.charter).toEqual([]);
    expect(json.findings.added).toEqual([]);
    expect(json.head.ref).toBe('HEAD~2');
    expect(json.range).toEqual({ from: '2027-01-04', to: '2027-01-31' });
  });

  it('a banned term an existing post contains: the charter row names the post it breaks, the finding is new, exit 1', async () => {
    const { code, json } = await diffJson(repo, 'HEAD~2', '--head', 'HEAD~1');
    expect(code).toBe(1);
    expect(json.calendar).toEqual({ slotsAdded: [], slotsRemoved: [], postsAdded: [], postsRemoved: [], renamed: [], moved: [], status: [], weeks: [] });
    expect(json.mix).toEqual([]);
    expect(json.charter.map((c: { scope: string; key: string; after: string; rules: string[]; broken: { file: string }[]; freed: unknown[] }) => [c.scope, c.key, c.after, c.rules, c.broken.map((b) => b.file), c.freed])).toEqual([
      ['linkedin', 'tone.banned', 'invendus', ['banned-term'], [MOVED], []],
    ]);
    expect(json.findings.added.map((f: { ruleId: string; severity: string; file: string; excerpt: string }) => [f.ruleId, f.severity, f.file])).toEqual([['banned-term', 'error', MOVED]]);
    expect(json.findings.fixed).toEqual([]);
  });

  it('a frequency raised: slots added, weeks against the new min/max, the charter rows, and the banned term is no longer new (exit 0)', async () => {
    const { code, json } = await diffJson(repo, 'HEAD~1', '--head', 'HEAD');
    expect(code).toBe(0);
    expect(json.calendar.slotsRemoved).toEqual([]);
    expect([json.calendar.postsAdded, json.calendar.postsRemoved, json.calendar.moved, json.calendar.renamed, json.calendar.status]).toEqual([[], [], [], [], []]);
    expect(json.findings.fixed).toEqual([]);
    expect(json.calendar.slotsAdded).toEqual([{ network: 'linkedin', date: '2027-01-12', time: '08:30' }, { network: 'linkedin', date: '2027-01-19', time: '08:30' }]);
    expect(json.calendar.weeks).toEqual([
      { network: 'linkedin', week: '2027-01-11', before: 1, after: 2, min: 2, max: 3 },
      { network: 'linkedin', week: '2027-01-18', before: 1, after: 2, min: 2, max: 3 },
    ]);
    expect(json.charter.map((c: { key: string; before: string; after: string }) => [c.key, c.before, c.after])).toEqual([
      ['frequency.max', '2', '3'], ['frequency.min', '1', '2'], ['frequency.target', '1', '2'],
    ]);
    const minRow = json.charter.find((c: { key: string }) => c.key === 'frequency.min');
    expect(minRow.broken.map((f: { ruleId: string }) => f.ruleId)).toEqual(['frequency-min', 'frequency-min', 'frequency-min', 'frequency-min']);
    expect(json.findings.added.every((f: { ruleId: string; severity: string }) => f.ruleId === 'frequency-min' && f.severity === 'warning')).toBe(true);
    expect(json.findings.unchanged.map((f: { ruleId: string }) => f.ruleId)).toEqual(['banned-term']);
    expect(json.mix.filter((m: { dimension: string }) => m.dimension === 'theme').map((m: { value: string; before: number; after: number; weight: number }) => [m.value, m.before, m.after, m.weight])).toEqual([
      ['engagements', 20, 28.6, 30], ['entreprises', 60, 42.9, 45], ['metier', 20, 28.6, 25],
    ]);
  });

  it('the whole change at once, as a pull-request comment: summary first, one ### per changed section, French dates', async () => {
    const { code, stdout } = await runBin(['diff', 'HEAD~3', '--head', 'HEAD', ...TODAY, '--format', 'md'], { cwd: repo });
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('## edito diff HEAD\\~3 → HEAD, du 4 au 31 janvier 2027');
    expect(lines.slice(2, 5)).toEqual([
      'Calendrier : 2 créneau(x) ajouté(s), 0 retiré(s) ; 0 post(s) ajouté(s), 0 retiré(s), 1 déplacé(s), 0 renommé(s), 0 changement(s) de statut  ',
      'Mix : 7 part(s) modifiée(s) ; charte : 4 réglage(s) modifié(s)  ',
      'Problèmes : 5 nouveau(x) (dont 1 erreur(s)), 0 corrigé(s), 0 inchangé(s)',
    ]);
    expect(lines.filter((l) => l.startsWith('### '))).toEqual(['### Calendrier', '### Mix', '### Charte', '### Problèmes']);
    expect(stdout).toContain('| déplacé | LinkedIn | 12 janv. 08:30 → 14 janv. 08:30 | posts/2027/01/2027-01-12-linkedin-invendus.md |');
  });

  it('--format github annotates only the new findings', async () => {
    const added = await runBin(['diff', 'HEAD~2', '--head', 'HEAD~1', ...TODAY, '--format', 'github'], { cwd: repo });
    expect(added.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^::error file=posts\/2027\/01\/2027-01-12-linkedin-invendus\.md,line=11,.*title=banned-term::/)]);
    const already = await runBin(['diff', 'HEAD~1', '--head', 'HEAD', ...TODAY, '--format', 'github'], { cwd: repo });
    expect(already.stdout).not.toContain('banned-term');
  });

  it('a dirty working tree against HEAD: an edit above a finding keeps it unchanged, and neither the working tree nor the index is touched', async () => {
    const dirty = await copyOf('examples/fournil-lyon');
    await git(dirty, 'init', '-q');
    await edit(dirty, LINE, (t) => t.replace('    - disruptif\n', '    - disruptif\n    - invendus\n'));
    await git(dirty, 'add', '-A');
    await git(dirty, 'commit', '-qm', 'plan');
    await edit(dirty, MOVED, (t) => t.replace('---\nUne question', '---\nUne ligne ajoutée au-dessus.\n\nUne question'));
    await writeFile(path.join(dirty, 'staged.txt'), 'x');
    await git(dirty, 'add', 'staged.txt');
    const status = await git(dirty, 'status', '--porcelain');
    const text = await readFile(path.join(dirty, MOVED), 'utf8');
    const { code, json } = await diffJson(dirty);
    expect(code).toBe(0);
    expect(json.head).toEqual({ ref: null, commit: null });
    expect(json.findings.added).toEqual([]);
    expect(json.findings.unchanged.map((f: { ruleId: string; line: number }) => [f.ruleId, f.line])).toEqual([['banned-term', 13]]);
    expect(await git(dirty, 'status', '--porcelain')).toBe(status);
    expect(await readFile(path.join(dirty, MOVED), 'utf8')).toBe(text);
  });

  it('a workspace that does not exist at BASE: everything is added', async () => {
    const ws = await copyOf('examples/fournil-lyon');
    await git(ws, 'init', '-q');
    await writeFile(path.join(ws, 'notes.txt'), 'x');
    await git(ws, 'add', 'notes.txt');
    await git(ws, 'commit', '-qm', 'notes');
    const added = await diffJson(ws);
    expect(added.code).toBe(0);
    expect(added.json.baseExists).toBe(false);
    expect(added.json.calendar.postsAdded).toHaveLength(18);
    expect(added.json.calendar.slotsRemoved).toEqual([]);
  });
});

describe('edito diff on a workspace in a sub-folder of the repository', () => {
  it('reads the base under the same folder, from the top with --dir or from inside; annotations are relative to the repository root; --out writes the comment', async () => {
    const top = await mkdtemp(path.join(tmpdir(), 'edito-agency-'));
    await git(top, 'init', '-q');
    const { cp } = await import('node:fs/promises');
    await cp(path.join(repo, 'posts'), path.join(top, 'clients/fournil/posts'), { recursive: true });
    for (const entry of ['edito.yaml', 'charter', 'calendar', 'strategy']) await cp(path.join(repo, entry), path.join(top, 'clients/fournil', entry), { recursive: true });
    await git(top, 'add', '-A');
    await git(top, 'commit', '-qm', 'client');
    await edit(top, 'clients/fournil/posts/2027/01/2027-01-21-linkedin-apprentissage.md', (t) => `${t}\nNos invendus partent le soir.\n`);
    const annotations = await runBin(['diff', '--dir', 'clients/fournil', ...TODAY, '--format', 'github'], { cwd: top });
    expect(annotations.code).toBe(1);
    expect(annotations.stdout).toMatch(/^::error file=clients\/fournil\/posts\/2027\/01\/2027-01-21-linkedin-apprentissage\.md,line=\d+,.*title=banned-term::/);
    expect(annotations.stdout.trim().split('\n')).toHaveLength(1);
    const inside = await runBin(['diff', ...TODAY, '--format', 'md', '--out', 'comment.md'], { cwd: path.join(top, 'clients/fournil/posts') });
    expect(inside.code).toBe(1);
    const comment = await readFile(path.join(top, 'clients/fournil/posts/comment.md'), 'utf8');
    expect(comment.split('\n')[4]).toBe('Problèmes : 1 nouveau(x) (dont 1 erreur(s)), 0 corrigé(s), 5 inchangé(s)');
    // The findings already there are listed, folded; the new one is in the open, its severity in French.
    expect(comment).toContain('<details><summary>Problèmes inchangés (5)</summary>');
    expect(comment).toMatch(/\*\*Nouveaux problèmes \(1\)\*\*\n\n\| Gravité \| Règle \| Fichier \| Message \|\n\| --- \| --- \| --- \| --- \|\n\| erreur \| banned-term \|/);
  });
});

describe('edito diff where it cannot run (exit 2, in the workspace language)', () => {
  it('outside a git repository', async () => {
    const plain = await copyOf('examples/fournil-lyon');
    const fr = await runBin(['diff', ...TODAY], { cwd: plain });
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain('n’est pas dans un dépôt git');
    const en = await runBin(['diff', ...TODAY, '--locale', 'en'], { cwd: plain });
    expect(en.stderr).toContain('is not inside a git repository');
  });

  it('an unknown revision', async () => {
    const result = await runBin(['diff', 'no-such-branch', ...TODAY], { cwd: repo });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('révision git inconnue : no-such-branch');
  });

  it('a shallow clone without the base: says to fetch with fetch-depth: 0', async () => {
    const shallow = await mkdtemp(path.join(tmpdir(), 'edito-shallow-'));
    await git(shallow, 'clone', '-q', '--depth', '1', `file://${repo}`, 'clone');
    const result = await runBin(['diff', 'HEAD~1', ...TODAY, '--locale', 'en'], { cwd: path.join(shallow, 'clone') });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('HEAD~1 is not in the history of this shallow clone');
    expect(result.stderr).toContain('fetch-depth: 0');
  });
});

describe('edito lint --changed', () => {
  it('lints only the posts changed since the revision, committed or not, with the whole plan as context', async () => {
    const clean = await runBin(['lint', '--changed', ...TODAY, '--format', 'json'], { cwd: repo });
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.stdout)).toEqual([]);
    const other = 'posts/2027/01/2027-01-21-linkedin-apprentissage.md';
    await edit(repo, other, (t) => `${t}\nNos invendus partent le soir.\n`);
    try {
      const dirty = await runBin(['lint', '--changed', ...TODAY, '--format', 'json'], { cwd: repo });
      expect(dirty.code).toBe(1);
      expect(JSON.parse(dirty.stdout).map((r: { filePath: string }) => path.relative(repo, r.filePath))).toEqual([other]);
      // Since the first commit: the moved post (committed) and the edited one (not).
      const since = await runBin(['lint', '--changed', 'HEAD~3', ...TODAY, '--format', 'json'], { cwd: repo });
      expect(JSON.parse(since.stdout).map((r: { filePath: string }) => path.relative(repo, r.filePath))).toEqual([MOVED, other]);
    } finally {
      await git(repo, 'checkout', '-q', '--', other);
    }
  });

  it('an unknown revision is exit 2', async () => {
    const result = await runBin(['lint', '--changed', 'nope', ...TODAY, '--locale', 'en'], { cwd: repo });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown git revision: nope');
  });
});
