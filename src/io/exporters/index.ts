import type { PlanExporter } from './shared.js';

export type { ExportOptions, PlanExporter } from './shared.js';

/** Plan exporters by --format value, each loaded only when asked for. */
export const PLAN_EXPORTERS = {
  table: async () => (await import('./table.js')).table,
  calendar: async () => (await import('./calendar.js')).calendar,
  md: async () => (await import('./md.js')).md,
  csv: async () => (await import('./csv.js')).csv,
  ics: async () => (await import('./ics.js')).ics,
  json: async () => (await import('./json.js')).json,
  html: async () => (await import('./html.js')).html,
} as const satisfies Record<string, () => Promise<PlanExporter>>;

export type PlanFormat = keyof typeof PLAN_EXPORTERS;
export const PLAN_FORMATS = Object.keys(PLAN_EXPORTERS) as PlanFormat[];
