import type { Report } from '../../core/report/types.js';
import type { RenderOptions } from './view.js';

/** The computed figures as documented in docs/report.md#json: the Report object itself, rates in percent. */
export function render(report: Report, _options: RenderOptions): string {
  return `${JSON.stringify({ version: 1, ...report }, null, 2)}\n`;
}
