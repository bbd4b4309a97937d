import { canonicalNetworkId } from '../../../src/core/networks.js';
import { plan } from '../../../src/core/planner/index.js';
import { buildReport, DEFAULT_REPORT_OPTIONS, METRIC_KEYS, type MetricRow, type MetricKey, type ReportOptions } from '../../../src/core/report/index.js';
import type { PostFrontMatter } from '../../../src/core/schemas/files.js';
import { workspace } from '../planner/build.js';

/**
 * The hand-built workspace of the report tests: March 2027 (4 weeks), a
 * LinkedIn line (Tue/Thu 08:30, 2 a week) and an Instagram line (Mon/Wed/Fri
 * 12:00, 3 a week), three objectives, three personas, three competitors.
 */
export function reportWorkspace(posts: { file: string; meta: PostFrontMatter }[] = []) {
  const ws = workspace({
    lines: [
      {
        network: 'linkedin', objectives: ['followers', 'impressions'], personas: ['claire'],
        themes: [{ id: 'expertise', weight: 60 }, { id: 'culture', weight: 40 }], formats: ['text', 'carousel'],
        frequency: { per_week: { min: 2, max: 2 }, days: ['tue', 'thu'], times: ['08:30'] },
      },
      {
        network: 'instagram', objectives: ['er'], personas: ['claire', 'marc'],
        themes: [{ id: 'a', weight: 50 }, { id: 'b', weight: 50 }], formats: ['image', 'reel'],
        frequency: { per_week: { min: 3, max: 3 }, days: ['mon', 'wed', 'fri'], times: ['12:00'] },
      },
    ],
    posts,
  });
  ws.objectives = [
    { id: 'followers', title: 'More followers', kind: 'notoriety', kpi: 'followers', network: 'linkedin', baseline: 1000, target: '+20%', deadline: '2027-06-30' },
    { id: 'impressions', title: 'More impressions', kind: 'notoriety', kpi: 'impressions', network: 'linkedin', baseline: 8000, target: 20000, deadline: '2027-04-30' },
    { id: 'er', title: 'Engage', kind: 'engagement', kpi: 'engagement_rate', network: 'instagram', baseline: 2, target: 3, deadline: '2027-04-30' },
    { id: 'leads', kind: 'leads', kpi: 'leads', baseline: 4, target: 10 },
  ];
  ws.personas = [
    { id: 'claire', name: 'Claire', networks: ['linkedin'] },
    { id: 'marc', name: 'Marc', networks: ['instagram'] },
    { id: 'nobody', name: 'Nobody', networks: ['x'] },
  ];
  ws.competitors = [
    { id: 'c1', name: 'C1', networks: { linkedin: { followers: 2000, posts_per_week: 5, engagement_rate: 1.5, formats: ['video'] }, instagram: { posts_per_week: 2 } } },
    { id: 'c2', name: 'C2', networks: { linkedin: { followers: 4000, posts_per_week: 3, engagement_rate: 2.5 }, instagram: { posts_per_week: 1.5 } } },
    { id: 'c3', name: 'C3', networks: { linkedin: { posts_per_week: 7 }, x: { posts_per_week: 7 } } },
  ];
  return ws;
}

/** A metrics row with the counts given, the others null. */
export function row(network: string, date: string, time: string | null, counts: Partial<Record<MetricKey, number>>, extra: Partial<MetricRow> = {}): MetricRow {
  const all = Object.fromEntries(METRIC_KEYS.map((k) => [k, counts[k] ?? null])) as MetricRow['counts'];
  return { file: 'metrics.csv', row: 2, layout: 'generic', network: canonicalNetworkId(network)!, kind: 'post', date, time, postId: null, permalink: null, title: null, format: null, counts: all, ...extra };
}

export function reportOf(ws: ReturnType<typeof reportWorkspace>, metrics: MetricRow[] | undefined, options: Partial<ReportOptions> = {}, today = '2027-03-20') {
  const planned = plan(ws, { from: '2027-03-01', to: '2027-03-28', today, timezone: ws.settings.timezone, holidays: [] });
  return buildReport(ws, { plan: planned, today, metrics, sources: [], options: { ...DEFAULT_REPORT_OPTIONS, ...options } });
}
