import { CannotRun } from '../../app/errors.js';

/**
 * A metrics file larger than this is refused before it is read: a year of
 * daily posts on twelve networks is about 4,400 rows, some 1.5 MB in the
 * widest export; 20 MiB leaves ten times that room.
 */
export const MAX_METRICS_BYTES = 20 * 1024 * 1024;

const starts = (bytes: Uint8Array, ...magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** What a file holds before any parsing: a spreadsheet (by its magic bytes) or text. */
export type Content = { kind: 'xlsx'; bytes: Uint8Array } | { kind: 'text'; text: string };

/**
 * The file's text: UTF-8 (a BOM is dropped) or UTF-16 with a BOM, as some
 * Meta Insights exports are. An .xlsx (a zip) is handed back as bytes; an
 * .xls (OLE2 compound file), another encoding, an empty file or one past the
 * size limit is refused with a message that says what to do.
 */
export function decodeMetrics(file: string, bytes: Uint8Array): Content {
  if (bytes.length > MAX_METRICS_BYTES) throw new CannotRun('report.metrics.too_large', { file, size: mib(bytes.length), max: mib(MAX_METRICS_BYTES) });
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    // A workbook under another name (often a download renamed .csv): said, not guessed at.
    if (!/\.xlsx$/i.test(file)) throw new CannotRun('report.metrics.xlsx_renamed', { file }, 'report.metrics.xlsx_renamed.hint');
    return { kind: 'xlsx', bytes };
  }
  if (starts(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) throw new CannotRun('report.metrics.xls', { file }, 'report.metrics.xls.hint');
  let text: string;
  if (starts(bytes, 0xff, 0xfe)) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (starts(bytes, 0xfe, 0xff)) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    const body = starts(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    } catch {
      const { row, column } = firstBadByte(body);
      throw new CannotRun('report.metrics.encoding', { file, row, column }, 'report.metrics.encoding.hint');
    }
  }
  if (text.includes('\u0000')) throw new CannotRun('report.metrics.binary', { file }, 'report.metrics.unknown.hint');
  if (text.trim() === '') throw new CannotRun('report.metrics.empty', { file }, 'report.metrics.empty.hint');
  return { kind: 'text', text };
}

function mib(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** Line and column (in bytes) of the first byte that is not UTF-8. */
function firstBadByte(bytes: Uint8Array): { row: number; column: number } {
  let row = 1;
  let lineStart = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    const ok = size > 0 && i + size <= bytes.length && [...bytes.subarray(i + 1, i + size)].every((c) => (c & 0xc0) === 0x80);
    if (!ok) return { row, column: i - lineStart + 1 };
    if (b === 0x0a) {
      row += 1;
      lineStart = i + 1;
    }
    i += size;
  }
  return { row, column: 1 };
}
