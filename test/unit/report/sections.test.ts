import { describe, expect, it } from 'vitest';
import { reportOf, reportWorkspace, row } from './workspace.js';

const posts = [
  { file: 'posts/li-1.md', meta: { network: 'linkedin', date: '2027-03-02T08:30', status: 'published' as const, post_id: 'li-1', theme: 'expertise' } },
  { file: 'posts/li-2.md', meta: { network: 'linkedin', date: '2027-03-11T08:30', status: 'draft' as const, objective: 'leads' } },
];

const linkedinRows = [
  row('linkedin', '2027-03-02', '09:10', { impressions: 1000, likes: 30, follows: 10 }, { postId: 'li-1' }),
  row('linkedin', '2027-03-05', '10:00', { impressions: 2000, likes: 20, follows: 5 }),
  row('linkedin', '2027-03-11', '08:45', { impressions: 1500, likes: 15, follows: 5 }),
  row('linkedin', '2027-03-14', '10:00', { impressions: 1000, likes: 10, follows: 0 }),
  row('linkedin', '2027-03-18', '12:30', { impressions: 500, likes: 5, follows: 20 }),
];
const rate = (date: string, time: string, likes: number) => row('instagram', date, time, { reach: 1000, likes });
const instagramRows = [
  rate('2027-03-01', '12:00', 20), rate('2027-03-03', '12:00', 30), rate('2027-03-05', '12:00', 10), rate('2027-03-08', '12:00', 20),
  rate('2027-03-10', '12:00', 40), rate('2027-03-13', '18:00', 60), rate('2027-03-06', '18:00', 50),
];
const metrics = [...linkedinRows, ...instagramRows];

describe('report sections on a hand-built workspace', () => {
  const report = reportOf(reportWorkspace(posts), metrics, { suggest: { minPosts: 2, minGain: 20 } });

  it('objectives: target, days left, SMART letters, what serves each', () => {
    expect(report.objectives.map((o) => [o.id, o.target, o.daysLeft, o.smartFails, o.lines, o.planned, o.written, o.unserved])).toEqual([
      ['followers', 1200, 102, [], ['linkedin'], 7, 1, false],
      ['impressions', 20000, 41, [], ['linkedin'], 7, 1, false],
      ['er', 3, 41, [], ['instagram'], 12, 0, false],
      // li-2 serves leads (its own objective), no line lists it; no title, no deadline.
      ['leads', 10, null, ['S', 'T'], [], 1, 1, false],
    ]);
  });

  it('personas: the matrix and the persona nobody writes for', () => {
    expect(report.personas.networks).toEqual(['instagram', 'linkedin', 'x']);
    const [claire, marc, nobody] = report.personas.rows;
    expect(claire!.cells.linkedin).toEqual({ declared: true, line: true, planned: 8 });
    expect(claire!.cells.instagram).toEqual({ declared: false, line: true, planned: 6 });
    expect([claire!.planned, marc!.planned, nobody!.planned]).toEqual([14, 6, 0]);
    expect(nobody).toMatchObject({ unaddressed: true, cells: { x: { declared: true, line: false, planned: 0 } } });
  });

  it('benchmark: ours per week against the medians, with the verdict', () => {
    expect(report.benchmark.weeks).toBe(4);
    const byNetwork = Object.fromEntries(report.benchmark.networks.map((n) => [n.network, n]));
    expect(byNetwork.linkedin).toMatchObject({ ours: { postsPerWeek: 2 }, median: { followers: 3000, postsPerWeek: 5, engagementRate: 2 }, verdict: 'below' });
    expect(byNetwork.instagram).toMatchObject({ ours: { postsPerWeek: 3 }, median: { postsPerWeek: 1.75 }, verdict: 'above' });
    expect(byNetwork.x).toMatchObject({ ours: null, median: { postsPerWeek: 7 }, verdict: null });
  });

  it('mix: shares against the weights, gaps in points', () => {
    const linkedin = report.mix.find((m) => m.network === 'linkedin')!;
    expect(linkedin.slots).toBe(8);
    expect(linkedin.themes.map((t) => [t.id, t.count, t.share, t.weight, t.gap])).toEqual([['expertise', 5, 62.5, 60, 2.5], ['culture', 3, 37.5, 40, -2.5]]);
    expect(linkedin.objectives.map((o) => [o.id, o.count])).toEqual([['followers', 7], ['impressions', 7], ['leads', 1]]);
    const instagram = report.mix.find((m) => m.network === 'instagram')!;
    expect(instagram.themes.map((t) => [t.id, t.share, t.gap])).toEqual([['a', 50, 0], ['b', 50, 0]]);
    expect(instagram.personas.map((p) => [p.id, p.share])).toEqual([['claire', 50], ['marc', 50]]);
  });

  it('plan vs actual: on time, late, missed, off-plan, upcoming', () => {
    const linkedin = report.actual.entries.filter((e) => e.network === 'linkedin').map((e) => [e.class, e.planned?.date ?? null, e.actual?.date ?? null, e.delay, e.matchedBy]);
    expect(linkedin).toEqual([
      ['on-time', '2027-03-02', '2027-03-02', 40, 'id'],
      ['late', '2027-03-04', '2027-03-05', 1530, null],
      ['missed', '2027-03-09', null, null, null],
      ['on-time', '2027-03-11', '2027-03-11', 15, 'time'],
      ['missed', '2027-03-16', null, null, null],
      ['late', '2027-03-18', '2027-03-18', 240, null],
      ['upcoming', '2027-03-23', null, null, null],
      ['upcoming', '2027-03-25', null, null, null],
      ['off-plan', null, '2027-03-14', null, null],
    ]);
    expect(report.actual.counts).toEqual({ 'on-time': 7, late: 3, missed: 5, 'off-plan': 2, upcoming: 5 });
  });

  it('KPI tracking: current value, progress, projection, verdict', () => {
    expect(report.kpi!.objectives.map((k) => [k.objective, k.current, k.basis, k.asOf, k.progress, k.projected, k.verdict, k.missing])).toEqual([
      ['followers', 1040, 'baseline-plus-new', '2027-03-18', 20, 1284.7, 'on-track', null],
      ['impressions', 10000, 'per-30-days', '2027-03-18', 16.7, 15058.8, 'off-track', null],
      ['er', 3.29, 'rate', '2027-03-13', 129, 3.29, 'reached', null],
      ['leads', null, null, null, null, null, 'unknown', 'not-in-exports'],
    ]);
  });

  it('KPI tracking: engagement by weekday and hour, best slots, suggestions', () => {
    const instagram = report.kpi!.networks.find((n) => n.network === 'instagram')!;
    expect(instagram.byWeekday).toEqual([
      { key: 'mon', posts: 2, median: 2 }, { key: 'wed', posts: 2, median: 3.5 }, { key: 'fri', posts: 1, median: 1 }, { key: 'sat', posts: 2, median: 5.5 },
    ]);
    expect(instagram.byHour).toEqual([{ key: '12', posts: 5, median: 2 }, { key: '18', posts: 2, median: 5.5 }]);
    expect([instagram.bestWeekday, instagram.bestHour, instagram.rate]).toEqual(['sat', '18', 3.29]);
    expect(instagram.heat).toContainEqual({ weekday: 'sat', hour: '18', posts: 2, median: 5.5 });
    const linkedin = report.kpi!.networks.find((n) => n.network === 'linkedin')!;
    expect(linkedin.reachFallback).toBe(5);
    // li-1 by its own theme, li-2 (no theme of its own) by its slot's.
    expect(linkedin.byTheme).toEqual([{ key: 'culture', posts: 1, median: 1 }, { key: 'expertise', posts: 1, median: 3 }]);
    expect(report.kpi!.suggestions.filter((s) => s.network === 'instagram')).toEqual([
      { network: 'instagram', kind: 'day', from: 'fri', to: 'sat', fromMedian: 2, toMedian: 5.5, fromPosts: 5, toPosts: 2, gain: 175 },
      { network: 'instagram', kind: 'time', from: '12', to: '18', fromMedian: 2, toMedian: 5.5, fromPosts: 5, toPosts: 2, gain: 175 },
    ]);
  });

  it('no suggestion under the default rule (8 posts each side)', () => {
    expect(reportOf(reportWorkspace(posts), metrics).kpi!.suggestions).toEqual([]);
  });

  it('no KPI section without metrics; followers as the last running total', () => {
    expect(reportOf(reportWorkspace(), undefined).kpi).toBeNull();
    const totals = [row('linkedin', '2027-03-02', null, { followers: 1010 }), row('linkedin', '2027-03-15', null, { followers: 1100 })];
    const followers = reportOf(reportWorkspace(), totals).kpi!.objectives[0]!;
    // 100 in 14 days, 107 days more: 1100 + 100/14 × 107.
    expect(followers).toMatchObject({ current: 1100, basis: 'last-total', progress: 50, projected: 1864.3, verdict: 'on-track' });
  });
});

describe('report messages', () => {
  it('has a French message for every English one', async () => {
    const [{ reportEn }, { reportFr }] = await Promise.all([import('../../../src/i18n/report.en.js'), import('../../../src/i18n/report.fr.js')]);
    expect(Object.keys(reportFr).sort()).toEqual(Object.keys(reportEn).sort());
  });
});
