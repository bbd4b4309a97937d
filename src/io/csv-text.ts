import { stringify } from 'csv-stringify/sync';
import { forCsvCell } from './sanitize.js';

export interface CsvTextOptions {
  delimiter?: ',' | ';';
  /** Record separator: RFC 4180's CRLF unless a format says otherwise. */
  eol?: '\r\n' | '\n';
  /** A UTF-8 byte order mark first, for Excel; never where a header must match byte for byte. */
  bom?: boolean;
}

/**
 * The one CSV writer of edito: every cell through `forCsvCell` (no formula
 * reaches a spreadsheet), quotes where RFC 4180 needs them, and around
 * any line break: csv-stringify quotes only a cell holding the whole record
 * delimiter (CRLF), and would leave a bare LF or CR cutting the record.
 */
export function csvText(records: readonly (readonly string[])[], options: CsvTextOptions = {}): string {
  return [...csvChunks(records, options)].join('');
}

const RECORDS_PER_CHUNK = 1000;

/** The same CSV as it is produced, a thousand records at a time. */
export function* csvChunks(records: Iterable<readonly string[]>, options: CsvTextOptions = {}): Generator<string> {
  const settings = { delimiter: options.delimiter ?? ',', record_delimiter: options.eol ?? '\r\n', quoted_match: /[\r\n]/ };
  if (options.bom) yield '\uFEFF';
  let batch: string[][] = [];
  for (const record of records) {
    batch.push(record.map(forCsvCell));
    if (batch.length === RECORDS_PER_CHUNK) {
      yield stringify(batch, settings);
      batch = [];
    }
  }
  if (batch.length > 0) yield stringify(batch, settings);
}
