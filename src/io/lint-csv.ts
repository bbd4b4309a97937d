import { msg } from '../core/diagnostics.js';
import { fold } from '../core/lint/text.js';
import type { Diagnostic, Position } from '../core/diagnostics.js';
import type { Post } from '../core/workspace.js';
import { postFrontMatter } from '../core/schemas/files.js';
import { checkAgainstSchema } from '../core/validate/schema-findings.js';
import { fromCsvCell } from './sanitize.js';

interface Cell extends Position {
  value: string;
}

/**
 * RFC 4180 records with the line and column of every cell, so that findings
 * point at `file:row:col`. `;` or `,` (whichever the header uses more).
 */
export function parseCsv(text: string): Cell[][] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.slice(0, source.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  while (i <= source.length) {
    const start = { line, column };
    let value = '';
    if (source[i] === '"') {
      i += 1;
      column += 1;
      const inner = { line, column };
      for (; i < source.length; i += 1) {
        const ch = source[i]!;
        if (ch === '"' && source[i + 1] === '"') {
          value += '"';
          i += 1;
          column += 2;
        } else if (ch === '"') {
          i += 1;
          column += 1;
          break;
        } else {
          value += ch;
          if (ch === '\n') {
            line += 1;
            column = 1;
          } else {
            column += 1;
          }
        }
      }
      Object.assign(start, inner);
      while (i < source.length && source[i] !== delimiter && source[i] !== '\n' && source[i] !== '\r') {
        i += 1;
        column += 1;
      }
    } else {
      while (i < source.length && source[i] !== delimiter && source[i] !== '\n' && source[i] !== '\r') {
        value += source[i];
        i += 1;
        column += 1;
      }
    }
    // A formula-like cell edito wrote has a `'` before it (io/csv-text.ts): read back as it was, located after the `'`.
    const read = value.replace(/\r\n/g, '\n');
    const cell = fromCsvCell(read);
    row.push({ value: cell, line: start.line, column: start.column + read.length - cell.length });
    if (source[i] === delimiter) {
      i += 1;
      column += 1;
      continue;
    }
    if (row.some((cell) => cell.value.trim() !== '')) rows.push(row);
    row = [];
    if (source[i] === '\r') i += 1;
    i += 1;
    line += 1;
    column = 1;
  }
  return rows;
}

/** Header names (folded) and the post key each one fills; French names accepted. */
const COLUMNS: Record<string, string> = {
  date: 'date', 'date/heure': 'date', datetime: 'date',
  network: 'network', reseau: 'network', 'réseau': 'network',
  format: 'format',
  theme: 'theme', 'thème': 'theme',
  persona: 'persona', cible: 'persona',
  objective: 'objective', objectif: 'objective',
  status: 'status', statut: 'status', etat: 'status',
  account: 'account', compte: 'account',
  text: 'text', texte: 'text', message: 'text', content: 'text', contenu: 'text',
  title: 'title', titre: 'title',
  link: 'link', lien: 'link',
};

/** dd/mm/yyyy [hh:mm], as French spreadsheets write dates, to YYYY-MM-DDTHH:MM. */
function isoDate(value: string): string {
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(value.trim());
  if (!french) return value.trim();
  const [, d, m, y, h, mi] = french;
  const date = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  return h === undefined ? date : `${date}T${h.padStart(2, '0')}:${mi}`;
}

export type CsvPosts = { ok: true; posts: Post[] } | { ok: false; reason: 'no-text' };

/** Posts kept in a spreadsheet: one post per row, findings at the cell's row and column. */
export function csvPosts(file: string, text: string): CsvPosts {
  const [header, ...rows] = parseCsv(text);
  if (!header) return { ok: true, posts: [] };
  const keys = header.map((cell) => COLUMNS[fold(cell.value.trim())] ?? COLUMNS[cell.value.trim().toLowerCase()]);
  const textIndex = keys.indexOf('text');
  if (textIndex === -1) return { ok: false, reason: 'no-text' };
  const posts = rows.map((row): Post => {
    const raw: Record<string, string> = {};
    const cells = new Map<string, Cell>();
    keys.forEach((key, index) => {
      const cell = row[index];
      if (!key || key === 'text' || !cell || cell.value.trim() === '') return;
      raw[key] = key === 'date' ? isoDate(cell.value) : cell.value.trim();
      cells.set(key, cell);
    });
    const rowStart = { line: row[0]!.line, column: 1 };
    const checked = checkAgainstSchema(file, postFrontMatter, raw);
    const at = (key: unknown): Position => {
      const cell = cells.get(String(Array.isArray(key) ? key[0] : key));
      return cell ? { line: cell.line, column: cell.column } : rowStart;
    };
    const problems: Diagnostic[] = checked.findings.map((f) => ({
      file, ruleId: 'front-matter', keyPath: f.keyPath, severity: f.severity, message: f.message, ...(f.hint ? { hint: f.hint } : {}),
      ...at(f.keyPath[0]),
    }));
    const textCell = row[textIndex];
    if (!textCell) problems.push({ file, ruleId: 'front-matter', keyPath: ['text'], severity: 'error', message: msg('schema.required'), ...rowStart });
    return {
      file,
      row: rowStart.line,
      meta: checked.value,
      raw,
      body: textCell?.value ?? '',
      bodyStart: textCell ? { line: textCell.line, column: textCell.column } : rowStart,
      keyPosition: at,
      problems,
    };
  });
  return { ok: true, posts };
}
