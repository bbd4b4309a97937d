import type { NetworkId, Weekday } from '../networks.js';
import type { Plan } from '../planner/types.js';
import type { SmartLetter } from '../validate/smart.js';

/** The metrics layouts edito reads (docs/report.md#metrics-layouts). */
export const METRICS_LAYOUTS = [
  'generic', 'linkedin-posts', 'linkedin-metrics', 'linkedin-followers', 'meta-facebook', 'meta-instagram', 'x-content', 'x-overview', 'x-tweets',
] as const;
export type MetricsLayout = (typeof METRICS_LAYOUTS)[number];

/** The counts a row may carry: null when its export has no such column. */
export const METRIC_KEYS = ['impressions', 'reach', 'likes', 'comments', 'shares', 'saves', 'clicks', 'follows', 'followers', 'video_views'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];

/** One row of an analytics export, mapped to one post (or one day, for daily exports). */
export interface MetricRow {
  /** The file as the user named it, and the 1-based line of the row in it. */
  file: string;
  row: number;
  layout: MetricsLayout;
  network: NetworkId;
  kind: 'post' | 'day';
  /** Local date (YYYY-MM-DD) and time (HH:MM, null when the export has no hour). */
  date: string;
  time: string | null;
  postId: string | null;
  permalink: string | null;
  title: string | null;
  format: string | null;
  counts: Record<MetricKey, number | null>;
}

/** `report:` of edito.yaml with its defaults applied. */
export interface ReportOptions {
  engagement: { denominator: 'reach' | 'impressions' | 'followers'; average: 'ratio' | 'mean' };
  /** A publication this many minutes from its slot is on time. */
  toleranceMinutes: number;
  /** A publication up to this many days after a slot it did not fill is a late one. */
  lateDays: number;
  suggest: { minPosts: number; minGain: number };
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = {
  engagement: { denominator: 'reach', average: 'ratio' },
  toleranceMinutes: 90,
  lateDays: 3,
  suggest: { minPosts: 8, minGain: 20 },
};

/** Below half or above 1.5× the competitors' median posts per week, the report says so. */
export const BENCHMARK_THRESHOLD = 0.5;

export interface ReportInput {
  plan: Plan;
  today: string;
  /** Undefined without --metrics (no KPI tracking); an empty list when the files hold no row. */
  metrics: readonly MetricRow[] | undefined;
  /** The layouts read, per file, for the notes on what each export cannot tell. */
  sources: readonly { file: string; layout: MetricsLayout; rows: number; dateOrder?: 'mdy' | 'dmy' }[];
  options: ReportOptions;
}

export interface ObjectiveFigures {
  id: string;
  title: string | null;
  kind: string | null;
  kpi: string | null;
  network: string;
  baseline: number | null;
  target: number | null;
  deadline: string | null;
  /** Days from today to the deadline (negative once it has passed). */
  daysLeft: number | null;
  /** The SMART letters it fails. */
  smartFails: SmartLetter[];
  /** Networks whose editorial line lists it. */
  lines: NetworkId[];
  /** Slots of the range serving it (a post's own objective, else its line's). */
  planned: number;
  /** Of those, the ones a post already fills. */
  written: number;
  unserved: boolean;
}

export interface PersonaFigures {
  id: string;
  name: string;
  /** Per network of the matrix: the persona lists it, the line lists the persona, slots planned for the persona there. */
  cells: Record<string, { declared: boolean; line: boolean; planned: number }>;
  planned: number;
  unaddressed: boolean;
}

export interface BenchmarkNetwork {
  network: NetworkId;
  ours: { postsPerWeek: number; formats: string[] } | null;
  competitors: { id: string; name: string; followers: number | null; postsPerWeek: number | null; formats: string[]; engagementRate: number | null }[];
  median: { followers: number | null; postsPerWeek: number | null; engagementRate: number | null };
  /** Ours against the median posts per week, by BENCHMARK_THRESHOLD. */
  verdict: 'below' | 'above' | 'in-line' | null;
}

export interface MixShare {
  id: string;
  label: string;
  count: number;
  /** Percent of the line's slots. */
  share: number;
  /** Themes only: the weight asked and the gap in points (share − weight). */
  weight?: number;
  gap?: number;
}

export interface MixLine {
  network: NetworkId;
  slots: number;
  themes: MixShare[];
  formats: MixShare[];
  personas: MixShare[];
  objectives: MixShare[];
}

export const ACTUAL_CLASSES = ['on-time', 'late', 'missed', 'off-plan', 'upcoming'] as const;
export type ActualClass = (typeof ACTUAL_CLASSES)[number];

export interface ActualEntry {
  class: ActualClass;
  network: NetworkId;
  planned: { date: string; time: string } | null;
  actual: { date: string; time: string | null; from: 'post' | 'metrics' } | null;
  post: string | null;
  /** Minutes from the slot to the publication (negative: earlier), null when one side is missing or has no hour. */
  delay: number | null;
  /** How the publication was tied to its post: by id/permalink, by date and time, or none. */
  matchedBy: 'id' | 'time' | 'post' | null;
}

export interface PlanVsActual {
  entries: ActualEntry[];
  counts: Record<ActualClass, number>;
}

export type KpiVerdict = 'reached' | 'on-track' | 'off-track' | 'unknown';

export interface KpiFigures {
  objective: string;
  kpi: string | null;
  /** Why there is no value: the exports do not carry the KPI, or no row of its network. */
  missing: 'not-in-exports' | 'no-rows' | 'no-target' | null;
  current: number | null;
  /** How `current` was obtained (docs/report.md#kpi-tracking). */
  basis: 'last-total' | 'baseline-plus-new' | 'per-30-days' | 'rate' | null;
  /** Last day with data. */
  asOf: string | null;
  /** Percent of the way from baseline to target. */
  progress: number | null;
  /** Linear projection at the deadline. */
  projected: number | null;
  verdict: KpiVerdict;
}

export interface RateGroup {
  key: string;
  posts: number;
  /** Median per-post engagement rate, in percent. */
  median: number;
}

export interface Suggestion {
  network: NetworkId;
  kind: 'day' | 'time';
  /** The line's day (or hour) that performs worst, and the better one. */
  from: string;
  to: string;
  /** Medians compared, in percent, and their post counts. */
  fromMedian: number;
  toMedian: number;
  fromPosts: number;
  toPosts: number;
  gain: number;
}

export interface NetworkEngagement {
  network: NetworkId;
  posts: number;
  /** The rate over every post of the network, by the workspace formula. */
  rate: number | null;
  /** Rows where the reach was missing and impressions were used instead. */
  reachFallback: number;
  byWeekday: RateGroup[];
  /** Null when no row has an hour (the export gives days only). */
  byHour: RateGroup[] | null;
  byFormat: RateGroup[];
  byTheme: RateGroup[];
  /** weekday × hour cells, for the heat map. */
  heat: { weekday: Weekday; hour: string; posts: number; median: number }[];
  bestWeekday: string | null;
  bestHour: string | null;
}

export interface KpiTracking {
  formula: ReportOptions['engagement'];
  objectives: KpiFigures[];
  networks: NetworkEngagement[];
  suggestions: Suggestion[];
}

export interface Report {
  range: { from: string; to: string };
  today: string;
  timezone: string;
  objectives: ObjectiveFigures[];
  personas: { networks: NetworkId[]; rows: PersonaFigures[] };
  benchmark: { weeks: number; threshold: number; networks: BenchmarkNetwork[] };
  mix: MixLine[];
  actual: PlanVsActual;
  kpi: KpiTracking | null;
  sources: ReportInput['sources'];
  options: ReportOptions;
}
