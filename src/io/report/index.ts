import type { Report } from '../../core/report/types.js';
import type { RenderOptions } from './view.js';

export type { RenderOptions } from './view.js';
export type ReportRenderer = (report: Report, options: RenderOptions) => string;

/** Report formats by --format value, each loaded only when asked for. */
export const REPORT_RENDERERS = {
  table: async () => (await import('./table.js')).render,
  md: async () => (await import('./md.js')).render,
  html: async () => (await import('./html.js')).render,
  json: async () => (await import('./json.js')).render,
} as const satisfies Record<string, () => Promise<ReportRenderer>>;

export type ReportFormat = keyof typeof REPORT_RENDERERS;
export const REPORT_OUTPUT_FORMATS = Object.keys(REPORT_RENDERERS) as ReportFormat[];
