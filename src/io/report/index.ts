import type { Report } from '../../core/report/types.js';
import type { RenderOptions } from './view.js';

export type { RenderOptions } from './view.js';
export type ReportRenderer = (report: Report, options: RenderOptions) => string;

/** Report formats by --format value, each loaded only when asked for. */
export const REPORT_RENDERERS = {
  table: () => import('./table.js'),
  md: () => import('./md.js'),
  html: () => import('./html.js'),
  json: () => import('./json.js'),
} as const satisfies Record<string, () => Promise<{ render: ReportRenderer }>>;

export type ReportFormat = keyof typeof REPORT_RENDERERS;
export const REPORT_OUTPUT_FORMATS = Object.keys(REPORT_RENDERERS) as ReportFormat[];
