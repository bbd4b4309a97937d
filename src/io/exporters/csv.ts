import type { Plan } from '../../core/planner/types.js';
import { z } from 'zod';
import { csvText } from '../csv-text.js';
import { defineExporter, type CommonOptions } from './shared.js';

export const CSV_COLUMNS = [
  'date', 'time', 'start', 'network', 'theme', 'theme_label', 'format', 'persona', 'objectives', 'key_date', 'holiday', 'post',
] as const;

/**
 * RFC 4180 (CRLF, quotes doubled), UTF-8 with a BOM so that Excel reads the
 * accents, formula-like cells neutralised (io/csv-text.ts). Its own flag,
 * `excel` (`--excel`), switches to `;`, the separator French Excel expects.
 */
const csvOptions = z.strictObject({ excel: z.boolean().default(false) });

function render(plan: Plan, options: CommonOptions & z.infer<typeof csvOptions>): string {
  const rows = plan.slots.map((slot) => [
    slot.date, slot.time, slot.start, slot.network, slot.theme ?? '', slot.themeLabel ?? '', slot.format ?? '',
    slot.persona ?? '', slot.objectives.join(' '), slot.keyDate ?? '', slot.holiday ?? '', slot.post ?? '',
  ]);
  return csvText([[...CSV_COLUMNS], ...rows], { delimiter: options.excel ? ';' : ',', bom: true });
}

export const csv = defineExporter({ id: 'csv', options: csvOptions, render });
