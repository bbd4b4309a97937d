import { findNetwork } from '../../core/networks.js';
import type { BenchmarkNetwork, KpiTracking, NetworkEngagement, Report, RateGroup } from '../../core/report/types.js';
import { ACTUAL_CLASSES } from '../../core/report/types.js';
import type { Locale, Translate } from '../../i18n/index.js';
import { formats, type Formats } from './format.js';

/** What every report format receives: all of it data, so renderers stay pure. */
export interface RenderOptions {
  t: Translate;
  locale: Locale;
  color: boolean;
  brand: string;
  /** Columns of the terminal (table only). */
  width: number;
}

/**
 * The report as the documents show it: sections of titled tables and
 * sentences, every figure already written the locale's way. table, md and
 * html lay these blocks out; html adds its charts from the raw figures.
 */
export type Block =
  | { kind: 'table'; head: string[]; rows: string[][] }
  | { kind: 'text'; text: string; flag?: boolean }
  | { kind: 'subtitle'; text: string };

export interface Section {
  id: 'objectives' | 'personas' | 'benchmark' | 'mix' | 'actual' | 'kpi';
  title: string;
  blocks: Block[];
}

/** Rows of each class listed in the documents (a year of daily posts would be thousands); JSON lists every one. */
export const MAX_DETAIL_PER_CLASS = 100;

export const networkName = (id: string) => findNetwork(id)?.name ?? id;

export function reportView(report: Report, options: RenderOptions): { title: string; subtitle: string; sections: Section[] } {
  const { t } = options;
  const f = formats(options.locale);
  return {
    title: t('report.title', { brand: options.brand }),
    subtitle: t('report.range', { from: f.date(report.range.from), to: f.date(report.range.to), weeks: f.number(report.benchmark.weeks), today: f.date(report.today), timezone: report.timezone }),
    sections: [objectives(report, t, f), personas(report, t), benchmark(report, t, f), mix(report, t, f), actual(report, t, f), kpi(report, t, f)],
  };
}

function objectives(report: Report, t: Translate, f: Formats): Section {
  const col = (c: string) => t(`report.objectives.col.${c}`);
  const rows = report.objectives.map((o) => [
    o.id, o.kind ?? '—', o.kpi ?? '—', `${f.number(o.baseline)} → ${f.number(o.target)}`, f.date(o.deadline),
    o.daysLeft === null ? '—' : f.number(o.daysLeft), o.smartFails.length === 0 ? t('report.objectives.smart_ok') : t('report.objectives.smart_fails', { letters: o.smartFails.join(', ') }),
    o.lines.map(networkName).join(', ') || '—', `${f.number(o.planned)} (${f.number(o.written)})`,
  ]);
  const unserved = report.objectives.filter((o) => o.unserved).map((o) => o.id);
  return {
    id: 'objectives',
    title: t('report.objectives.title'),
    blocks: [
      { kind: 'table', head: ['id', 'kind', 'kpi', 'goal', 'deadline', 'days_left', 'smart', 'lines', 'planned'].map(col), rows },
      ...(unserved.length > 0 ? [{ kind: 'text' as const, flag: true, text: t('report.objectives.unserved', { ids: unserved.join(', ') }) }] : []),
    ],
  };
}

function personas(report: Report, t: Translate): Section {
  const { networks, rows } = report.personas;
  const mark = (cell: { declared: boolean; line: boolean; planned: number }) =>
    `${cell.declared && cell.line ? '●' : cell.line ? '◐' : cell.declared ? '○' : '·'} ${cell.planned}`;
  const unaddressed = rows.filter((r) => r.unaddressed).map((r) => r.name);
  return {
    id: 'personas',
    title: t('report.personas.title'),
    blocks: [
      {
        kind: 'table',
        head: [t('report.personas.col.persona'), ...networks.map(networkName), t('report.personas.col.planned')],
        rows: rows.map((r) => [r.name, ...networks.map((n) => mark(r.cells[n]!)), String(r.planned)]),
      },
      { kind: 'text', text: t('report.personas.legend') },
      ...(unaddressed.length > 0 ? [{ kind: 'text' as const, flag: true, text: t('report.personas.unaddressed', { names: unaddressed.join(', ') }) }] : []),
    ],
  };
}

function benchmarkVerdict(n: BenchmarkNetwork, t: Translate, f: Formats): string | null {
  const params = { network: networkName(n.network), ours: f.number(n.ours?.postsPerWeek ?? null, 2), median: f.number(n.median.postsPerWeek, 2) };
  if (n.ours === null) return n.competitors.length > 0 ? t('report.benchmark.no_line', params) : null;
  return n.verdict === null ? null : t(`report.benchmark.${n.verdict.replace('-', '_')}`, params);
}

function benchmark(report: Report, t: Translate, f: Formats): Section {
  const col = (c: string) => t(`report.benchmark.col.${c}`);
  const blocks: Block[] = [];
  for (const n of report.benchmark.networks) {
    blocks.push({ kind: 'subtitle', text: networkName(n.network) });
    const rows = n.competitors.map((c) => [c.name, f.number(c.followers), f.number(c.postsPerWeek, 2), c.formats.join(', ') || '—', f.percent(c.engagementRate)]);
    rows.push([t('report.benchmark.median'), f.number(n.median.followers), f.number(n.median.postsPerWeek, 2), '', f.percent(n.median.engagementRate)]);
    if (n.ours) rows.push([t('report.benchmark.ours'), '', f.number(n.ours.postsPerWeek, 2), n.ours.formats.join(', ') || '—', '']);
    blocks.push({ kind: 'table', head: ['who', 'followers', 'per_week', 'formats', 'rate'].map(col), rows });
    const verdict = benchmarkVerdict(n, t, f);
    if (verdict) blocks.push({ kind: 'text', text: verdict, flag: n.verdict === 'below' || n.verdict === 'above' || n.ours === null });
  }
  const threshold = report.benchmark.threshold * 100;
  blocks.push({ kind: 'text', text: t('report.benchmark.rule', { low: f.percent(100 - threshold), high: f.percent(100 + threshold) }) });
  return { id: 'benchmark', title: t('report.benchmark.title'), blocks };
}

function mix(report: Report, t: Translate, f: Formats): Section {
  const col = (c: string) => t(`report.mix.col.${c}`);
  const blocks: Block[] = [];
  for (const line of report.mix) {
    blocks.push({ kind: 'subtitle', text: t('report.mix.line', { network: networkName(line.network), slots: line.slots }) });
    blocks.push({
      kind: 'table',
      head: ['theme', 'weight', 'planned', 'share', 'gap'].map(col),
      rows: line.themes.map((th) => [th.label, f.percent(th.weight ?? 0), String(th.count), f.percent(th.share), f.points(th.gap ?? 0)]),
    });
    for (const key of ['formats', 'personas', 'objectives'] as const) {
      const list = line[key].map((s) => `${s.label} ${f.percent(s.share)}`).join(' · ');
      blocks.push({ kind: 'text', text: t('report.mix.list', { what: t(`report.mix.${key}`), list: list || '—' }) });
    }
  }
  blocks.push({ kind: 'text', text: t('report.mix.gap_rule') });
  return { id: 'mix', title: t('report.mix.title'), blocks };
}

function actual(report: Report, t: Translate, f: Formats): Section {
  const col = (c: string) => t(`report.actual.col.${c}`);
  const cls = (c: string) => t(`report.actual.class.${c}`);
  const when = (p: { date: string; time: string | null } | null) => (p === null ? '—' : `${f.date(p.date)} ${p.time ?? t('report.actual.no_hour')}`);
  const delay = (minutes: number | null) => (minutes === null ? '—' : `${minutes > 0 ? '+' : ''}${f.number(minutes)} min`);
  const { entries, counts } = report.actual;
  const seen = new Map<string, number>();
  const shown = entries.filter((e) => {
    const n = (seen.get(e.class) ?? 0) + 1;
    seen.set(e.class, n);
    return e.class !== 'upcoming' && n <= MAX_DETAIL_PER_CLASS;
  });
  return {
    id: 'actual',
    title: t('report.actual.title'),
    blocks: [
      { kind: 'table', head: ACTUAL_CLASSES.map(cls), rows: [ACTUAL_CLASSES.map((c) => String(counts[c]))] },
      {
        kind: 'table',
        head: ['class', 'network', 'planned', 'actual', 'delay', 'post'].map(col),
        rows: shown.map((e) => [cls(e.class), networkName(e.network), when(e.planned), when(e.actual), delay(e.delay), e.post?.split('/').at(-1) ?? '—']),
      },
      ...ACTUAL_CLASSES.filter((c) => c !== 'upcoming' && counts[c] > MAX_DETAIL_PER_CLASS).map((c): Block => ({
        kind: 'text', text: t('report.actual.more', { count: counts[c] - MAX_DETAIL_PER_CLASS, class: cls(c) }),
      })),
      { kind: 'text', text: t('report.actual.rule', { tolerance: report.options.toleranceMinutes, late_days: report.options.lateDays }) },
    ],
  };
}

/** The formula line printed beside every rate. */
export function formulaText(kpi: KpiTracking, t: Translate): string {
  const fallback = kpi.formula.denominator === 'reach' && kpi.networks.some((n) => n.reachFallback > 0);
  return t('report.kpi.formula', {
    denominator: t(`report.kpi.formula.${fallback ? 'reach_fallback' : kpi.formula.denominator}`),
    average: t(`report.kpi.formula.${kpi.formula.average}`),
  });
}

function rateTable(groups: readonly RateGroup[], label: (key: string) => string, t: Translate, f: Formats): Block {
  if (groups.length === 0) return { kind: 'text', text: t('report.none') };
  return {
    kind: 'table',
    head: [t('report.kpi.col.group'), t('report.kpi.col.posts'), t('report.kpi.col.median')],
    rows: groups.map((g) => [label(g.key), String(g.posts), f.percent(g.median, 2)]),
  };
}

function networkBlocks(n: NetworkEngagement, formula: string, t: Translate, f: Formats): Block[] {
  const hour = (h: string) => `${h}:00`;
  return [
    { kind: 'subtitle', text: t('report.kpi.network', { network: networkName(n.network), posts: n.posts, rate: f.percent(n.rate, 2) }) },
    { kind: 'text', text: formula },
    { kind: 'text', text: t('report.kpi.best', { weekday: n.bestWeekday ? f.weekday(n.bestWeekday) : '—', hour: n.byHour === null ? t('report.kpi.no_hour') : n.bestHour ? hour(n.bestHour) : '—' }) },
    { kind: 'subtitle', text: t('report.kpi.by_weekday') },
    rateTable(n.byWeekday, f.weekday, t, f),
    { kind: 'subtitle', text: t('report.kpi.by_hour') },
    n.byHour === null ? { kind: 'text', text: t('report.kpi.no_hour') } : rateTable(n.byHour, hour, t, f),
    { kind: 'subtitle', text: t('report.kpi.by_format') },
    rateTable(n.byFormat, (k) => k, t, f),
    { kind: 'subtitle', text: t('report.kpi.by_theme') },
    rateTable(n.byTheme, (k) => k, t, f),
  ];
}

function kpi(report: Report, t: Translate, f: Formats): Section {
  const title = t('report.kpi.title');
  const tracking = report.kpi;
  if (tracking === null) return { id: 'kpi', title, blocks: [{ kind: 'text', text: t('report.kpi.no_metrics') }] };
  const formula = formulaText(tracking, t);
  const col = (c: string) => t(`report.kpi.col.${c}`);
  const isRate = (kpiName: string | null) => kpiName === 'engagement_rate';
  const rows = tracking.objectives.map((k) => {
    const value = (v: number | null) => (isRate(k.kpi) ? f.percent(v, 2) : f.number(v));
    const current = k.current === null ? t(`report.kpi.missing.${k.missing ?? 'no-rows'}`) : `${value(k.current)} (${t(`report.kpi.basis.${k.basis}`)})`;
    return [k.objective, current, f.percent(k.progress), value(k.projected), t(`report.kpi.verdict.${k.verdict}`)];
  });
  const blocks: Block[] = [
    { kind: 'table', head: ['objective', 'current', 'progress', 'projected', 'verdict'].map(col), rows },
    { kind: 'text', text: t('report.kpi.projection_rule', { from: f.date(report.range.from) }) },
    { kind: 'text', text: formula },
  ];
  for (const n of tracking.networks) blocks.push(...networkBlocks(n, formula, t, f));
  blocks.push({ kind: 'subtitle', text: t('report.kpi.suggestions') });
  const s = report.options.suggest;
  blocks.push({ kind: 'text', text: t('report.kpi.suggest_rule', { gain: f.percent(s.minGain), posts: s.minPosts }) });
  if (tracking.suggestions.length === 0) blocks.push({ kind: 'text', text: t('report.kpi.no_suggestion') });
  for (const sg of tracking.suggestions) {
    const label = (key: string) => (sg.kind === 'day' ? f.weekday(key) : key);
    blocks.push({
      kind: 'text', flag: true,
      text: t(`report.kpi.suggest.${sg.kind}`, {
        network: networkName(sg.network), from: label(sg.from), to: label(sg.to), to_median: f.percent(sg.toMedian, 2), from_median: f.percent(sg.fromMedian, 2),
        to_posts: sg.toPosts, from_posts: sg.fromPosts, gain: f.percent(sg.gain),
      }),
    });
  }
  blocks.push({ kind: 'subtitle', text: t('report.kpi.sources') });
  for (const source of report.sources) {
    const order = source.dateOrder ? t(`report.kpi.date_order.${source.dateOrder}`) : '';
    blocks.push({ kind: 'text', text: t('report.kpi.source', { file: source.file, layout: source.layout, rows: source.rows, limit: t(`report.kpi.limit.${source.layout}`), order }) });
  }
  return { id: 'kpi', title, blocks };
}
