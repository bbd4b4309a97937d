import { inflateRawSync } from 'node:zlib';
import { CannotRun } from '../../app/errors.js';
import type { CsvRecord } from './csv.js';

/**
 * Just enough of Office Open XML to read an analytics export's cells: the zip
 * directory, shared strings, and the cells of one sheet (strings, numbers,
 * inline strings; a date stays its serial day number). No formulas, styles or
 * macros are read. Not a general spreadsheet reader: see docs/report.md.
 */

/** No part of an export expands past this (a zip bomb stops here). */
const MAX_PART_BYTES = 64 * 1024 * 1024;

/** The sheet read when a workbook has it (LinkedIn's one row per post), else the first sheet. */
const PREFERRED_SHEETS = ['all posts'];

function zipEntries(file: string, bytes: Uint8Array): Map<string, () => string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new CannotRun('report.metrics.bad_spreadsheet', { file }, 'report.metrics.xls.hint');
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, () => string>();
  for (let n = 0; n < count && at + 46 <= bytes.length && view.getUint32(at, true) === 0x02014b50; n++) {
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.set(name, () => {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = bytes.subarray(start, start + size);
      try {
        const raw = method === 0 ? data : inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES });
        return new TextDecoder().decode(raw);
      } catch {
        throw new CannotRun('report.metrics.bad_spreadsheet', { file }, 'report.metrics.xls.hint');
      }
    });
    at += 46 + skip;
  }
  return entries;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
const textOf = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)].map((m) => unescapeXml(m[1]!)).join('');

function columnIndex(ref: string): number {
  let n = 0;
  for (const c of /^[A-Z]+/.exec(ref)?.[0] ?? 'A') n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

/** The rows of the export's sheet, as CSV records with their spreadsheet row numbers. */
export function xlsxRecords(file: string, bytes: Uint8Array): CsvRecord[] {
  const entries = zipEntries(file, bytes);
  const workbook = entries.get('xl/workbook.xml')?.();
  const rels = entries.get('xl/_rels/workbook.xml.rels')?.() ?? '';
  if (workbook === undefined) throw new CannotRun('report.metrics.bad_spreadsheet', { file }, 'report.metrics.xls.hint');
  const sheets = [...workbook.matchAll(/<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"/g)].map((m) => ({ name: unescapeXml(m[1]!), rel: m[2]! }));
  const sheet = sheets.find((s) => PREFERRED_SHEETS.includes(s.name.toLowerCase())) ?? sheets[0];
  const target = sheet && new RegExp(`<Relationship\\b[^>]*Id="${sheet.rel}"[^>]*Target="([^"]*)"`).exec(rels)?.[1];
  const xml = target ? entries.get(target.startsWith('/') ? target.slice(1) : `xl/${target}`)?.() : undefined;
  if (xml === undefined) throw new CannotRun('report.metrics.bad_spreadsheet', { file }, 'report.metrics.xls.hint');
  const shared = [...(entries.get('xl/sharedStrings.xml')?.() ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]!));
  const records: CsvRecord[] = [];
  for (const row of xml.matchAll(/<row\b[^>]*?r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells: string[] = [];
    for (const c of row[2]!.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = c[1]!;
      const inner = c[2] ?? '';
      const ref = /\br="([A-Z]+)\d+"/.exec(attributes)?.[1];
      const type = /\bt="(\w+)"/.exec(attributes)?.[1];
      const value = unescapeXml(/<v>([\s\S]*?)<\/v>/.exec(inner)?.[1] ?? '');
      const text = type === 's' ? (shared[Number(value)] ?? '') : type === 'inlineStr' ? textOf(inner) : value;
      const index = ref ? columnIndex(ref) : cells.length;
      while (cells.length < index) cells.push('');
      cells[index] = text;
    }
    if (cells.some((c) => c.trim() !== '')) records.push({ line: Number(row[1]), cells });
  }
  return records;
}
