/** A CSV record with the line it starts on (1-based). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** The separator of a header line: the one of `,` `;` TAB found most often outside quotes. */
export function separatorOf(line: string): string {
  const counts = new Map([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/**
 * RFC 4180 records (quoted fields may hold separators, quotes doubled and
 * line breaks; CRLF or LF). A first line `sep=;` (as Excel and Meta write)
 * sets the separator and is skipped.
 */
export function parseCsv(text: string): CsvRecord[] {
  let start = 0;
  let line = 1;
  let separator: string | undefined;
  const sepLine = /^sep=(.)\r?\n/.exec(text);
  if (sepLine) {
    separator = sepLine[1]!;
    start = sepLine[0].length;
    line = 2;
  }
  separator ??= separatorOf(text.slice(start, text.indexOf('\n', start) === -1 ? undefined : text.indexOf('\n', start)));
  const records: CsvRecord[] = [];
  let i = start;
  while (i < text.length) {
    let end = text.indexOf('\n', i);
    if (end === -1) end = text.length;
    const raw = text.slice(i, end);
    // Most lines of an export hold no quote: split them at once.
    if (!raw.includes('"')) {
      const cells = (raw.endsWith('\r') ? raw.slice(0, -1) : raw).split(separator);
      if (cells.length > 1 || cells[0]!.trim() !== '') records.push({ line, cells });
      i = end + 1;
      line += 1;
      continue;
    }
    const quoted = quotedRecord(text, i, separator);
    if (quoted.cells.length > 1 || quoted.cells[0]!.trim() !== '') records.push({ line, cells: quoted.cells });
    line += quoted.lines;
    i = quoted.next;
  }
  return records;
}

/** One record from `start` that holds quotes (and maybe line breaks inside them): its cells, where the next one starts, and the lines it spans. */
function quotedRecord(text: string, start: number, separator: string): { cells: string[]; next: number; lines: number } {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let lines = 1;
  let i = start;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') lines += 1;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n') break;
    else if (c !== '\r' || text[i + 1] !== '\n') cell += c;
  }
  cells.push(cell);
  return { cells, next: i + 1, lines };
}
