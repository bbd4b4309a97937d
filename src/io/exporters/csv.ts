import { stringify } from 'csv-stringify/sync';
import type { Plan } from '../../core/planner/types.js';
import { themeLabel, type ExportOptions } from './shared.js';

export const CSV_COLUMNS = [
  'date', 'time', 'start', 'network', 'theme', 'theme_label', 'format', 'persona', 'objectives', 'key_date', 'holiday', 'post',
] as const;

/**
 * RFC 4180 (CRLF, quotes doubled), UTF-8 with a BOM so that Excel reads the
 * accents; `excel` switches to `;`, the separator French Excel expects.
 */
export function csv(plan: Plan, options: ExportOptions): string {
  const rows = plan.slots.map((slot) => [
    slot.date, slot.time, slot.start, slot.network, slot.theme ?? '', themeLabel(slot, options), slot.format ?? '',
    slot.persona ?? '', slot.objectives.join(' '), slot.keyDate ?? '', slot.holiday ?? '', slot.post ?? '',
  ]);
  const text = stringify([[...CSV_COLUMNS], ...rows], { delimiter: options.excel ? ';' : ',', record_delimiter: '\r\n' });
  return `\uFEFF${text}`;
}
