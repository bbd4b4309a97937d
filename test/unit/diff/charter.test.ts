import { describe, expect, it } from 'vitest';
import { diffCharter } from '../../../src/core/diff/charter.js';
import { fingerprinted, type FindingsDiff } from '../../../src/core/diff/findings.js';
import { linkedin, workspace } from '../planner/build.js';

const text = '---\nnetwork: linkedin\n---\nUne offre disruptive et synergique.\n';
const banned = (term: string, column: number) => fingerprinted({
  ruleId: 'banned-term', severity: 'error', file: 'posts/a.md', line: 4, column, endLine: 4, endColumn: column + term.length, message: { id: 'm', params: { term } },
}, text);

describe('diffCharter', () => {
  const before = workspace({ lines: [linkedin({ tone: { banned: ['synergique'] } })] });
  const after = workspace({ lines: [linkedin({ tone: { banned: ['disruptive'] }, frequency: { per_week: { min: 2, max: 3 }, days: ['tue', 'thu'], times: ['08:30'] } })] });
  const findings: FindingsDiff = { added: [banned('disruptive', 11)], fixed: [banned('synergique', 25)], unchanged: [] };
  const changes = diffCharter(before, after, findings, (file) => (file === 'posts/a.md' ? 'linkedin' : undefined));
  const row = (key: string, value?: string) => changes.find((c) => c.key === key && (value === undefined || c.before === value || c.after === value));

  it('lists each term added and removed with the post it breaks and the one it frees', () => {
    expect(row('tone.banned', 'disruptive')).toMatchObject({ scope: 'linkedin', before: undefined, after: 'disruptive', rules: ['banned-term'] });
    expect(row('tone.banned', 'disruptive')!.broken.map((f) => f.excerpt)).toEqual(['disruptive disruptive']);
    expect(row('tone.banned', 'disruptive')!.freed).toEqual([]);
    expect(row('tone.banned', 'synergique')!.freed.map((f) => f.file)).toEqual(['posts/a.md']);
    expect(row('tone.banned', 'synergique')!.broken).toEqual([]);
  });

  it('names the rules a frequency change feeds, and nothing is listed that did not change', () => {
    expect(row('frequency.min')).toMatchObject({ rules: ['frequency-min'] });
    expect(row('frequency.max')).toMatchObject({ rules: ['frequency-max'] });
    expect(changes.every((c) => c.before !== c.after)).toBe(true);
    expect(diffCharter(after, after, { added: [], fixed: [], unchanged: [] }, () => undefined)).toEqual([]);
  });

  it('a base without a workspace: every setting is new', () => {
    expect(diffCharter(undefined, after, { added: [], fixed: [], unchanged: [] }, () => undefined).every((c) => c.before === undefined)).toBe(true);
  });
});
