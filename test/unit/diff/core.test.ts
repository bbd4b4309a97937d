import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/core/diagnostics.js';
import { diffCalendar, type PostState } from '../../../src/core/diff/calendar.js';
import { addsError, diffFindings, fingerprinted, offendingText } from '../../../src/core/diff/findings.js';
import { diffMix } from '../../../src/core/diff/mix.js';
import type { Plan, Slot } from '../../../src/core/planner/types.js';

const slot = (network: string, date: string, theme: string, post: string | null = null): Slot => ({
  network: network as Slot['network'], date, time: '08:30', start: `${date}T08:30:00+01:00`, theme, themeLabel: theme, format: 'text', persona: null,
  objectives: [], keyDate: null, holiday: null, post,
});
const plan = (slots: Slot[]): Plan => ({ range: { from: '2027-01-04', to: '2027-01-31' }, timezone: 'Europe/Paris', slots, unplanned: [], warnings: [] });
const post = (file: string, date: string, body: string, status = 'draft'): PostState => ({ file, network: 'linkedin', date, status, body });

describe('diffCalendar', () => {
  it('tells slots added and removed, posts moved, renamed and their status changes, and the weeks whose count changed', () => {
    const before = { plan: plan([slot('linkedin', '2027-01-05', 'a'), slot('linkedin', '2027-01-12', 'b')]), posts: [post('p/one.md', '2027-01-05T08:30', 'One'), post('p/old.md', '2027-01-12', 'Same text'), post('p/gone.md', '2027-01-20', 'Gone')] };
    const after = {
      plan: plan([slot('linkedin', '2027-01-07', 'a'), slot('linkedin', '2027-01-12', 'b'), slot('linkedin', '2027-01-14', 'b')]),
      posts: [post('p/one.md', '2027-01-07T08:30', 'One', 'ready'), post('p/new-name.md', '2027-01-12', 'Same text'), post('p/added.md', '2027-01-26', 'Added')],
    };
    const diff = diffCalendar(before, after, () => ({ min: 1, max: 1 }));
    expect(diff.slotsAdded).toEqual([{ network: 'linkedin', date: '2027-01-07', time: '08:30' }, { network: 'linkedin', date: '2027-01-14', time: '08:30' }]);
    expect(diff.slotsRemoved).toEqual([{ network: 'linkedin', date: '2027-01-05', time: '08:30' }]);
    expect(diff.moved).toEqual([{ file: 'p/one.md', network: 'linkedin', from: '2027-01-05T08:30', to: '2027-01-07T08:30' }]);
    expect(diff.status).toEqual([{ file: 'p/one.md', network: 'linkedin', from: 'draft', to: 'ready' }]);
    expect(diff.renamed).toEqual([{ from: 'p/old.md', to: 'p/new-name.md', network: 'linkedin', date: '2027-01-12' }]);
    expect(diff.postsAdded.map((p) => p.file)).toEqual(['p/added.md']);
    expect(diff.postsRemoved.map((p) => p.file)).toEqual(['p/gone.md']);
    expect(diff.weeks).toEqual([{ network: 'linkedin', week: '2027-01-11', before: 1, after: 2, min: 1, max: 1 }]);
  });
});

describe('diffMix', () => {
  it('gives the shares that moved, in points, with the weight of the theme', () => {
    const before = plan([slot('linkedin', '2027-01-05', 'a'), slot('linkedin', '2027-01-12', 'b')]);
    const after = plan([slot('linkedin', '2027-01-05', 'a'), slot('linkedin', '2027-01-12', 'b'), slot('linkedin', '2027-01-19', 'b')]);
    const rows = diffMix(before, after, (_n, theme) => (theme === 'a' ? 40 : 60));
    expect(rows).toEqual([
      { network: 'linkedin', dimension: 'theme', value: 'a', before: 50, after: 33.3, points: -16.7, weight: 40 },
      { network: 'linkedin', dimension: 'theme', value: 'b', before: 50, after: 66.7, points: 16.7, weight: 60 },
    ]);
  });
});

describe('finding fingerprints', () => {
  const text = '---\nnetwork: linkedin\n---\nNos invendus partent chaque soir.\n';
  const finding = (line: number, column: number, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
    ruleId: 'banned-term', severity, file: 'posts/a.md', line, column, endLine: line, endColumn: column + 8, message: { id: 'x', params: { term: 'invendus', count: 3 } },
  });

  it('takes the span of the finding, else its line', () => {
    expect(offendingText(finding(4, 5), text)).toBe('invendus');
    expect(offendingText({ ...finding(4, 5), endLine: undefined, endColumn: undefined }, text)).toBe('Nos invendus partent chaque soir.');
  });

  it('keeps a finding unchanged when an edit above it moves its line', () => {
    const edited = `---\nnetwork: linkedin\n---\nUne ligne de plus.\n\n${text.split('---\n')[2]}`;
    const before = [fingerprinted(finding(4, 5), text)];
    const after = [fingerprinted(finding(6, 5), edited)];
    expect(after[0]!.fingerprint).toBe(before[0]!.fingerprint);
    const diff = diffFindings(before, after);
    expect(diff.added).toEqual([]);
    expect(diff.unchanged).toHaveLength(1);
    expect(addsError(diff)).toBe(false);
  });

  it('counts repeated findings: one more of the same is new, one fewer is fixed', () => {
    const one = fingerprinted(finding(4, 5), text);
    expect(diffFindings([one], [one, one]).added).toHaveLength(1);
    expect(diffFindings([one, one], [one]).fixed).toHaveLength(1);
  });

  it('ignores numbers in the message but not the names, and tells a new error from a new warning', () => {
    const other = fingerprinted({ ...finding(4, 5), message: { id: 'x', params: { term: 'invendus', count: 9 } } }, text);
    expect(other.fingerprint).toBe(fingerprinted(finding(4, 5), text).fingerprint);
    const week = fingerprinted({ ...finding(4, 5), message: { id: 'x', params: { week: '2027-01-11' } } }, text);
    expect(week.fingerprint).not.toBe(other.fingerprint);
    expect(addsError(diffFindings([], [fingerprinted(finding(4, 5, 'warning'), text)]))).toBe(false);
    expect(addsError(diffFindings([], [fingerprinted(finding(4, 5), text)]))).toBe(true);
  });
});
