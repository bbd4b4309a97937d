import { addDays, dayNumber, weekdayOf } from '../dates.js';
import { effectiveLines } from '../effective.js';
import { canonicalNetworkId, WEEKDAYS, type NetworkId } from '../networks.js';
import type { Slot } from '../planner/types.js';
import type { Workspace } from '../workspace.js';
import type { Publication } from './link.js';
import { denominator, interactions, postRate, setRate } from './engagement.js';
import type { ObjectiveFigures } from './types.js';
import { median, round } from './stats.js';
import type { KpiFigures, KpiTracking, MetricKey, MetricRow, NetworkEngagement, RateGroup, ReportOptions, Suggestion } from './types.js';

/** KPIs that add up over time; their value is per 30 days. */
const FLOWS: Record<string, (row: MetricRow) => number | null> = {
  impressions: (r) => r.counts.impressions,
  reach: (r) => r.counts.reach,
  likes: (r) => r.counts.likes,
  comments: (r) => r.counts.comments,
  shares: (r) => r.counts.shares,
  clicks: (r) => r.counts.clicks,
  video_views: (r) => r.counts.video_views,
  engagement: interactions,
};

/** Days of the window a flow KPI is measured over. */
export const WINDOW_DAYS = 30;

const has = (rows: readonly MetricRow[], key: MetricKey) => rows.some((r) => r.counts[key] !== null);

/** Daily rows where the file has them, else per-post rows: never both, so nothing is counted twice. */
function countable(rows: readonly MetricRow[]): MetricRow[] {
  const out: MetricRow[] = [];
  for (const network of new Set(rows.map((r) => r.network))) {
    const mine = rows.filter((r) => r.network === network);
    const daily = mine.filter((r) => r.kind === 'day');
    out.push(...(daily.length > 0 ? daily : mine));
  }
  return out;
}

/**
 * The KPI's current value, from the rows of its network: followers as the
 * last running total (or the baseline plus new followers, when the exports
 * give only those); a flow as its total over the last 30 days of data,
 * scaled to 30 days; the engagement rate over those same days.
 */
function currentValue(objective: ObjectiveFigures, rows: readonly MetricRow[], from: string, formula: ReportOptions['engagement']): Pick<KpiFigures, 'current' | 'basis' | 'asOf' | 'missing'> {
  const none = (missing: KpiFigures['missing']) => ({ current: null, basis: null, asOf: null, missing });
  const kpi = objective.kpi ?? '';
  if (kpi !== 'followers' && kpi !== 'engagement_rate' && !(kpi in FLOWS)) return none('not-in-exports');
  if (rows.length === 0) return none('no-rows');
  const asOf = rows.reduce((last, r) => (r.date > last ? r.date : last), rows[0]!.date);
  if (kpi === 'followers') {
    if (has(rows, 'followers')) {
      const lastTotal = new Map<string, number>();
      for (const r of [...rows].sort((a, b) => a.date.localeCompare(b.date))) if (r.counts.followers !== null) lastTotal.set(r.network, r.counts.followers);
      return { current: [...lastTotal.values()].reduce((a, b) => a + b, 0), basis: 'last-total', asOf, missing: null };
    }
    if (has(rows, 'follows') && objective.baseline !== null) {
      const added = countable(rows).reduce((sum, r) => sum + (r.counts.follows ?? 0), 0);
      return { current: objective.baseline + added, basis: 'baseline-plus-new', asOf, missing: null };
    }
    return none('not-in-exports');
  }
  const start = [addDays(asOf, 1 - WINDOW_DAYS), from].sort().at(-1)!;
  const window = rows.filter((r) => r.date >= start);
  if (kpi === 'engagement_rate') {
    const rate = setRate(window.filter((r) => r.kind === 'post'), formula);
    return rate === null ? none('not-in-exports') : { current: round(rate, 2), basis: 'rate', asOf, missing: null };
  }
  const pick = FLOWS[kpi]!;
  const values = countable(window).map(pick).filter((v): v is number => v !== null);
  if (values.length === 0) return none('not-in-exports');
  const days = dayNumber(asOf) - dayNumber(start) + 1;
  return { current: round((values.reduce((a, b) => a + b, 0) * WINDOW_DAYS) / days), basis: 'per-30-days', asOf, missing: null };
}

/**
 * Progress from baseline to target, and a linear projection: the baseline is
 * the value on the report's first day, the current value the one on the last
 * day with data; the line through both, extended to the deadline, says
 * whether the target will be met.
 */
export function kpiFigures(objective: ObjectiveFigures, rows: readonly MetricRow[], from: string, formula: ReportOptions['engagement']): KpiFigures {
  const relevant = objective.network === 'all' ? rows : rows.filter((r) => r.network === canonicalNetworkId(objective.network));
  const value = currentValue(objective, relevant, from, formula);
  const base: KpiFigures = { objective: objective.id, kpi: objective.kpi, ...value, progress: null, projected: null, verdict: 'unknown' };
  const { baseline, target, deadline } = objective;
  if (value.current === null) return base;
  if (baseline === null || target === null || target === baseline) return { ...base, missing: 'no-target' };
  const rising = target > baseline;
  const reached = rising ? value.current >= target : value.current <= target;
  const progress = round(((value.current - baseline) / (target - baseline)) * 100);
  const elapsed = dayNumber(value.asOf!) - dayNumber(from);
  if (reached) return { ...base, progress, projected: value.current, verdict: 'reached' };
  if (deadline === null || elapsed <= 0) return { ...base, progress };
  const remaining = Math.max(0, dayNumber(deadline) - dayNumber(value.asOf!));
  const projected = round(value.current + ((value.current - baseline) / elapsed) * remaining);
  const onTrack = rising ? projected >= target : projected <= target;
  return { ...base, progress, projected, verdict: onTrack ? 'on-track' : 'off-track' };
}

interface Rated {
  rate: number;
  row: MetricRow;
  theme: string | null;
  format: string | null;
}

function groups(items: readonly Rated[], key: (item: Rated) => string | null, order?: readonly string[]): RateGroup[] {
  const map = new Map<string, number[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(item.rate);
    else map.set(k, [item.rate]);
  }
  const keys = [...map.keys()].sort((a, b) => (order ? order.indexOf(a) - order.indexOf(b) : a.localeCompare(b)));
  return keys.map((k) => ({ key: k, posts: map.get(k)!.length, median: round(median(map.get(k)!)!, 2) }));
}

/** The group with the highest median (more posts, then the first key, on a tie). */
function best(list: readonly RateGroup[] | null): string | null {
  if (!list || list.length === 0) return null;
  return [...list].sort((a, b) => b.median - a.median || b.posts - a.posts)[0]!.key;
}

type Tag = (row: MetricRow) => string | null;

function networkEngagement(network: NetworkId, rows: readonly MetricRow[], themeOf: Tag, formatOf: Tag, formula: ReportOptions['engagement']): NetworkEngagement {
  const posts = rows.filter((r) => r.network === network && r.kind === 'post');
  const rated: Rated[] = posts.flatMap((row) => {
    const rate = postRate(row, formula);
    return rate === null ? [] : [{ rate, row, theme: themeOf(row), format: formatOf(row) }];
  });
  const hours = rated.some((r) => r.row.time !== null);
  const hourOf = (r: Rated) => r.row.time?.slice(0, 2) ?? null;
  const heat: NetworkEngagement['heat'] = [];
  if (hours) {
    for (const g of groups(rated, (r) => (r.row.time === null ? null : `${weekdayOf(r.row.date)} ${hourOf(r)}`))) {
      const [weekday, hour] = g.key.split(' ') as [NetworkEngagement['heat'][number]['weekday'], string];
      heat.push({ weekday, hour, posts: g.posts, median: g.median });
    }
    heat.sort((a, b) => WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday) || a.hour.localeCompare(b.hour));
  }
  const byWeekday = groups(rated, (r) => weekdayOf(r.row.date), WEEKDAYS);
  const byHour = hours ? groups(rated, hourOf) : null;
  const rate = setRate(posts, formula);
  return {
    network,
    posts: rated.length,
    rate: rate === null ? null : round(rate, 2),
    reachFallback: formula.denominator === 'reach' ? posts.filter((r) => denominator(r, formula)?.fallback === true).length : 0,
    byWeekday,
    byHour,
    byFormat: groups(rated, (r) => r.format),
    byTheme: groups(rated, (r) => r.theme),
    heat,
    bestWeekday: best(byWeekday),
    bestHour: best(byHour),
  };
}

/**
 * Suggests moving a line's weakest day (or hour) to another when that other
 * one's median per-post rate is at least `minGain` % above the median of the
 * line's own days (hours) taken together, each side over at least
 * `minPosts` posts.
 */
function suggestions(workspace: Workspace, engagement: readonly NetworkEngagement[], rated: (network: NetworkId) => { weekday: string; hour: string | null; rate: number }[], options: ReportOptions['suggest']): Suggestion[] {
  const out: Suggestion[] = [];
  for (const line of effectiveLines(workspace)) {
    const figures = engagement.find((e) => e.network === line.network);
    if (!figures) continue;
    const items = rated(line.network);
    const tries: { kind: Suggestion['kind']; own: string[]; list: RateGroup[] | null; key: (i: (typeof items)[number]) => string | null }[] = [
      { kind: 'day', own: line.frequency.days, list: figures.byWeekday, key: (i) => i.weekday },
      { kind: 'time', own: line.frequency.times.map((t) => t.slice(0, 2)), list: figures.byHour, key: (i) => i.hour },
    ];
    for (const { kind, own, list, key } of tries) {
      if (!list) continue;
      const pooled = items.filter((i) => own.includes(key(i) ?? '')).map((i) => i.rate);
      const ownMedian = median(pooled);
      const weakest = list.filter((g) => own.includes(g.key)).sort((a, b) => a.median - b.median)[0];
      if (ownMedian === null || pooled.length < options.minPosts || !weakest) continue;
      const better = list
        .filter((g) => !own.includes(g.key) && g.posts >= options.minPosts && g.median >= ownMedian * (1 + options.minGain / 100))
        .sort((a, b) => b.median - a.median)[0];
      if (!better) continue;
      out.push({
        network: line.network, kind, from: weakest.key, to: better.key,
        fromMedian: round(ownMedian, 2), toMedian: better.median, fromPosts: pooled.length, toPosts: better.posts,
        gain: round(((better.median - ownMedian) / ownMedian) * 100),
      });
    }
  }
  return out;
}

/** Section 6: KPI tracking from the metrics rows. */
export function kpiTracking(workspace: Workspace, objectives: readonly ObjectiveFigures[], rows: readonly MetricRow[], published: readonly Publication[], slots: readonly Slot[], from: string, options: ReportOptions): KpiTracking {
  const formula = options.engagement;
  // A row's theme is its post's (else the post's slot's); its format the export's, else its post's.
  const postOf = new Map(published.filter((p) => p.row && p.post).map((p) => [p.row!, p.post!]));
  const slotOf = new Map(slots.filter((s) => s.post !== null).map((s) => [s.post!, s]));
  const themeOf = (row: MetricRow) => {
    const post = postOf.get(row);
    return post ? (post.meta?.theme ?? slotOf.get(post.file)?.theme ?? null) : null;
  };
  const formatOf = (row: MetricRow) => {
    const post = postOf.get(row);
    return row.format ?? (post ? (post.meta?.format ?? slotOf.get(post.file)?.format ?? null) : null);
  };
  const networks = [...new Set(rows.filter((r) => r.kind === 'post').map((r) => r.network))].sort();
  const engagement = networks.map((n) => networkEngagement(n, rows, themeOf, formatOf, formula));
  const rated = (network: NetworkId) => rows.filter((r) => r.network === network && r.kind === 'post').flatMap((r) => {
    const rate = postRate(r, formula);
    return rate === null ? [] : [{ weekday: weekdayOf(r.date), hour: r.time?.slice(0, 2) ?? null, rate }];
  });
  return {
    formula,
    objectives: objectives.map((o) => kpiFigures(o, rows, from, formula)),
    networks: engagement,
    suggestions: suggestions(workspace, engagement, rated, options.suggest),
  };
}
