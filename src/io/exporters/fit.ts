import cliTable from 'cli-table3/src/utils.js';

/**
 * Fitting a table to a terminal's width: each column says how it may give
 * way — `keep` (never narrower than its widest cell: dates, times), `wrap`
 * (long text on several lines, at spaces), `cut` (one line, ended with "…"),
 * `cut-middle` (one line, "…" in the middle: file names keep their end) —
 * and, when even that is too wide, the order in which columns are dropped.
 */
export interface ColumnFit {
  overflow: 'keep' | 'wrap' | 'cut' | 'cut-middle';
  /** Narrowest inner width a `wrap` or `cut` column is given before columns are dropped. */
  min?: number;
  /** 1 is dropped first; a column without it is never dropped. */
  drop?: number;
}

/** What a table of these inner widths takes on screen: `│ cell │ cell │`. */
export const tableWidth = (inner: readonly number[]) => inner.reduce((sum, w) => sum + w + 3, 1);

const segmenter = new Intl.Segmenter();
const graphemes = (text: string) => [...segmenter.segment(text)].map((s) => s.segment);

/** The first graphemes of `parts` that fit in `width` columns, measured one by one (linear in the text, however long). */
function fitting(parts: readonly string[], width: number): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const g of parts) {
    used += cliTable.strlen(g);
    if (used > width) break;
    kept.push(g);
  }
  return kept;
}

/** At most `width` columns of `text`, ended with "…" when it had to be cut. */
export function cut(text: string, width: number): string {
  if (cliTable.strlen(text) <= width) return text;
  return `${fitting(graphemes(text), width - 1).join('')}…`;
}

/** At most `width` columns of `text`, its start and its end kept around a "…". */
export function cutMiddle(text: string, width: number): string {
  if (cliTable.strlen(text) <= width) return text;
  const parts = graphemes(text);
  const tail = fitting([...parts].reverse(), Math.floor((width - 1) / 2)).reverse();
  const end = tail.join('');
  return `${cut(parts.slice(0, parts.length - tail.length).join(''), width - cliTable.strlen(end))}${end}`;
}

/** `text` in lines of at most `width` columns, broken at spaces; a word longer than a line is broken where it must. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const word of text.split(' ')) {
    const next = used + (line === '' ? 0 : 1) + cliTable.strlen(word);
    if (next <= width) {
      line = line === '' ? word : `${line} ${word}`;
      used = next;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    used = 0;
    for (const g of graphemes(word)) {
      const w = cliTable.strlen(g);
      if (line !== '' && used + w > width) {
        lines.push(line);
        line = '';
        used = 0;
      }
      line += g;
      used += w;
    }
  }
  lines.push(line);
  return lines;
}

export interface FittedColumns {
  /** Indexes of the columns kept, in order. */
  kept: number[];
  /** Inner width of each kept column. */
  inner: number[];
}

/**
 * Which columns to show and how wide, for a table whose widest cells are
 * `natural`, in `width` columns: first the `wrap`/`cut` columns narrow down to
 * their minimum, then share what is left, the ones that need least made whole first;
 * then columns are dropped in their `drop` order; last, the `wrap`/`cut`
 * columns narrow further, never under 4.
 */
export function fitColumns(natural: readonly number[], fits: readonly ColumnFit[], width: number): FittedColumns {
  let kept = natural.map((_, i) => i);
  const flexible = (i: number) => fits[i]!.overflow !== 'keep';
  const floor = (i: number) => (flexible(i) ? Math.min(natural[i]!, fits[i]!.min ?? 8) : natural[i]!);
  const dropOrder = kept.filter((i) => fits[i]!.drop !== undefined).sort((a, b) => fits[a]!.drop! - fits[b]!.drop!);
  while (tableWidth(kept.map(floor)) > width && dropOrder.length > 0) {
    const next = dropOrder.shift()!;
    kept = kept.filter((i) => i !== next);
  }
  const flex = kept.filter(flexible);
  const inner = new Map(kept.map((i) => [i, natural[i]!]));
  // What the flexible columns share: the width less the fixed columns and every border.
  let room = width - tableWidth(kept.map((i) => (flexible(i) ? 0 : natural[i]!)));
  if (flex.reduce((sum, i) => sum + natural[i]!, 0) <= room) return { kept, inner: kept.map((i) => inner.get(i)!) };
  const floorsFit = flex.reduce((sum, i) => sum + floor(i), 0) <= room;
  for (const i of flex) inner.set(i, floorsFit ? floor(i) : Math.max(4, Math.floor(room / flex.length)));
  room -= flex.reduce((sum, i) => sum + inner.get(i)!, 0);
  // Water-filling: the columns that want least are made whole first, the rest share what is left evenly.
  const byWant = [...flex].sort((a, b) => natural[a]! - inner.get(a)! - (natural[b]! - inner.get(b)!) || a - b);
  let left = Math.max(0, room);
  byWant.forEach((i, n) => {
    const add = Math.min(natural[i]! - inner.get(i)!, Math.floor(left / (byWant.length - n)));
    left -= add;
    inner.set(i, inner.get(i)! + add);
  });
  return { kept, inner: kept.map((i) => inner.get(i)!) };
}
