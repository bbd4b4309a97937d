import type { Plan } from '../../core/planner/types.js';
import type { PlanExporter, PrepareContext } from './shared.js';

export type { CommonOptions, PlanExporter, PrepareContext } from './shared.js';

// Exporters of every option type live in one registry.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyExporter = PlanExporter<any, any>;

/** Plan exporters by --format value, each loaded only when asked for. */
export const PLAN_EXPORTERS = {
  table: async () => (await import('./table.js')).table,
  calendar: async () => (await import('./calendar.js')).calendar,
  md: async () => (await import('./md.js')).md,
  csv: async () => (await import('./csv.js')).csv,
  ics: async () => (await import('./ics.js')).ics,
  json: async () => (await import('./json.js')).json,
  html: async () => (await import('./html.js')).html,
} as const satisfies Record<string, () => Promise<AnyExporter>>;

export type PlanFormat = keyof typeof PLAN_EXPORTERS;
export const PLAN_FORMATS = Object.keys(PLAN_EXPORTERS) as PlanFormat[];

/** Runs the exporter's prepare step, if it has one. */
export async function prepareExport(exporter: AnyExporter, plan: Plan, context: PrepareContext): Promise<Record<string, unknown>> {
  return exporter.prepare ? exporter.prepare(plan, context) : {};
}
