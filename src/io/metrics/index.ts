import { CannotRun } from '../../app/errors.js';
import { canonicalNetworkId } from '../../core/networks.js';
import { METRIC_KEYS, type MetricRow, type MetricsLayout } from '../../core/report/types.js';
import { parseCsv, type CsvRecord } from './csv.js';
import { decodeMetrics } from './decode.js';
import { LAYOUTS, matchLayout, normalizeFormat, type Field, type Layout } from './layouts.js';
import { dateOrderOf, parseCount, parseStamp } from './values.js';

export interface MetricsContext {
  from: string;
  to: string;
  timezone: string;
  /** `report.date_order` of edito.yaml: how to read 03/04/2027; auto infers it from the column. */
  dateOrder: 'auto' | 'mdy' | 'dmy';
}

export interface MetricsFile {
  file: string;
  layout: MetricsLayout;
  rows: MetricRow[];
  /** The order used for slashed dates, when the file has them. */
  dateOrder?: 'mdy' | 'dmy';
}

/** Rows searched for the header: LinkedIn puts a note on row 1. */
const HEADER_SEARCH = 6;

/**
 * One analytics export → one row per post (or per day). `file` is the name
 * shown in messages. Every failure is a CannotRun naming the file, row and
 * column: nothing half-read ever reaches the report.
 */
export async function readMetrics(file: string, bytes: Uint8Array, context: MetricsContext): Promise<MetricsFile> {
  const content = decodeMetrics(file, bytes);
  const records = content.kind === 'text' ? parseCsv(content.text) : await (await import('./xlsx.js')).xlsxRecords(file, content.bytes);
  const found = findHeader(records);
  if (!found) throw new CannotRun('report.metrics.unknown_layout', { file, headers: (records[0]?.cells ?? []).slice(0, 6).join(', ') }, 'report.metrics.unknown.hint');
  const { layout, columns, index } = found;
  const body = records.slice(index + 1).filter((r) => !/^totals?$/i.test(r.cells[0]?.trim() ?? ''));
  const dateColumn = columns.get('date')!;
  const order = context.dateOrder === 'auto' ? dateOrderOf(body.map((r) => r.cells[dateColumn] ?? ''), 'mdy') : context.dateOrder;
  const slashed = body.some((r) => /\d[/.]\d/.test(r.cells[dateColumn] ?? ''));
  const rows = body.map((record) => rowOf(file, record, layout, columns, records[index]!.cells, order, context));
  return { file, layout: layout.id, rows, ...(slashed ? { dateOrder: order } : {}) };
}

function findHeader(records: readonly CsvRecord[]): { layout: Layout; columns: Map<Field, number>; index: number } | undefined {
  for (let index = 0; index < Math.min(HEADER_SEARCH, records.length); index++) {
    for (const layout of LAYOUTS) {
      const columns = matchLayout(layout, records[index]!.cells);
      if (columns) return { layout, columns, index };
    }
  }
  return undefined;
}

function rowOf(file: string, record: CsvRecord, layout: Layout, columns: Map<Field, number>, headers: readonly string[], order: 'mdy' | 'dmy', context: MetricsContext): MetricRow {
  const where = (field: Field) => {
    const column = columns.get(field)!;
    return { file, row: record.line, column: column + 1, header: headers[column]!.trim() };
  };
  const cell = (field: Field): string | null => {
    const column = columns.get(field);
    if (column === undefined) return null;
    const value = record.cells[column];
    if (value === undefined) return null;
    const trimmed = value.length > 0 && (value.charCodeAt(0) <= 32 || value.charCodeAt(value.length - 1) <= 32) ? value.trim() : value;
    return trimmed === '' ? null : trimmed;
  };
  const rawDate = cell('date') ?? '';
  const time = cell('time');
  const stamp = parseStamp(time ? `${rawDate} ${time}` : rawDate, order, context.timezone);
  if (!stamp) throw new CannotRun('report.metrics.bad_date', { ...where('date'), value: rawDate }, 'report.metrics.bad_date.hint');
  if (stamp.date < context.from || stamp.date > context.to) {
    throw new CannotRun('report.metrics.out_of_range', { ...where('date'), value: rawDate, from: context.from, to: context.to }, 'report.metrics.out_of_range.hint');
  }
  let network = layout.network;
  if (network === 'column') {
    const name = cell('network') ?? '';
    const id = canonicalNetworkId(name.toLowerCase());
    if (!id) throw new CannotRun('report.metrics.bad_network', { ...where('network'), value: name });
    network = id;
  }
  const counts = {} as MetricRow['counts'];
  for (const key of METRIC_KEYS) {
    const raw = cell(key);
    const value = raw === null ? null : parseCount(raw);
    if (value === undefined) throw new CannotRun('report.metrics.bad_number', { ...where(key), value: raw! }, 'report.metrics.bad_number.hint');
    counts[key] = columns.has(key) ? value : null;
  }
  const post = cell('post');
  const isLink = (v: string | null) => v !== null && /^https?:\/\//i.test(v);
  const id = cell('postId') ?? (post !== null && !isLink(post) ? post : null);
  return {
    file, row: record.line, layout: layout.id, network, kind: layout.kind, date: stamp.date, time: stamp.time,
    // Excel turns long ids into 1.22158E+17: such an id can no longer match a post.
    postId: id !== null && /e\+/i.test(id) ? null : id,
    permalink: cell('permalink') ?? (isLink(post) ? post : null),
    title: cell('title') ?? cell('text'),
    format: cell('format') === null ? null : normalizeFormat(cell('format')!),
    counts,
  };
}
