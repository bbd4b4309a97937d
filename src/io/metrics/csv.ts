/** A CSV record with the line it starts on (1-based). */
export interface Record_ {
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
export function parseCsv(text: string): Record_[] {
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
  const records: Record_[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let recordLine = line;
  let i = start;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]!.trim() !== '') records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else {
        if (c === '\n') line += 1;
        cell += c;
      }
      i += 1;
      continue;
    }
    if (c === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (c === separator) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else cell += c;
    i += 1;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}
