import type { Plan } from '../../core/planner/types.js';
import * as z from 'zod/mini';
import { csvChunks } from '../csv-text.js';
import { defineExporter, type CommonOptions } from './shared.js';

export const CSV_COLUMNS = [
  'date', 'time', 'start', 'network', 'theme', 'theme_label', 'format', 'persona', 'objectives', 'key_date', 'holiday', 'post',
] as const;

/**
 * RFC 4180 (CRLF, quotes doubled), UTF-8 with a BOM so that Excel reads the
 * accents, formula-like cells neutralised (io/csv-text.ts). Its own flag,
 * `excel` (`--excel`), switches to `;`, the separator French Excel expects.
 */
const csvOptions = z.strictObject({ excel: z._default(z.boolean(), false) });

type CsvOptions = CommonOptions & z.infer<typeof csvOptions>;

function* records(plan: Plan): Generator<readonly string[]> {
  yield CSV_COLUMNS;
  for (const slot of plan.slots) {
    yield [
      slot.date, slot.time, slot.start, slot.network, slot.theme ?? '', slot.themeLabel ?? '', slot.format ?? '',
      slot.persona ?? '', slot.objectives.join(' '), slot.keyDate ?? '', slot.holiday ?? '', slot.post ?? '',
    ];
  }
}

const chunks = (plan: Plan, options: CsvOptions) => csvChunks(records(plan), { delimiter: options.excel ? ';' : ',', bom: true });

export const csv = defineExporter({ id: 'csv', options: csvOptions, chunks, render: (plan, options: CsvOptions) => [...chunks(plan, options)].join('') });
