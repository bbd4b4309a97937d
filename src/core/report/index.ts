import type { ReportSettings } from '../schemas/files.js';
import type { Workspace } from '../workspace.js';
import { benchmarkFigures } from './benchmark.js';
import { kpiTracking } from './kpi.js';
import { publications } from './link.js';
import { mixFigures } from './mix.js';
import { objectiveFigures } from './objectives.js';
import { personaFigures } from './personas.js';
import { planVsActual } from './plan-vs-actual.js';
import { DEFAULT_REPORT_OPTIONS, type Report, type ReportInput, type ReportOptions } from './types.js';

export * from './types.js';

/** `report:` of edito.yaml over the documented defaults. */
export function reportOptions(settings: ReportSettings | undefined): ReportOptions {
  const d = DEFAULT_REPORT_OPTIONS;
  return {
    engagement: {
      denominator: settings?.engagement_rate?.denominator ?? d.engagement.denominator,
      average: settings?.engagement_rate?.average ?? d.engagement.average,
    },
    toleranceMinutes: settings?.tolerance_minutes ?? d.toleranceMinutes,
    lateDays: settings?.late_days ?? d.lateDays,
    suggest: { minPosts: settings?.suggest?.min_posts ?? d.suggest.minPosts, minGain: settings?.suggest?.min_gain ?? d.suggest.minGain },
  };
}

/** Every section of `edito report`, from the workspace, its plan over the range and the metrics rows: pure. */
export function buildReport(workspace: Workspace, input: ReportInput): Report {
  const { plan, today, options } = input;
  const slots = plan.slots;
  const objectives = objectiveFigures(workspace, slots, today);
  const published = publications(workspace.posts, input.metrics ?? [], options.toleranceMinutes);
  return {
    range: plan.range,
    today,
    timezone: plan.timezone,
    objectives,
    personas: personaFigures(workspace, slots),
    benchmark: benchmarkFigures(workspace, slots, plan.range),
    mix: mixFigures(workspace, slots),
    actual: planVsActual(slots, published, today, options),
    kpi: input.metrics === undefined ? null : kpiTracking(workspace, objectives, input.metrics, published, slots, plan.range.from, options),
    sources: input.sources,
    options,
  };
}
