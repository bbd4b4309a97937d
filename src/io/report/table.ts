import Table from 'cli-table3';
import type { Report } from '../../core/report/types.js';
import { forTerminal } from '../sanitize.js';
import { reportView, type Block, type RenderOptions } from './view.js';

const ESC = String.fromCharCode(27);
const paint = (on: boolean, code: string, text: string) => (on ? `${ESC}[${code}m${text}${ESC}[0m` : text);

/** Words wrapped to `width` columns (at plain spaces only, so « 1 850 » stays whole); a longer word is cut. */
export function wrap(text: string, width: number): string {
  return text.split('\n').map((paragraph) => {
    const lines: string[] = [];
    let line = '';
    for (let word of paragraph.split(' ')) {
      while ([...word].length > width) {
        if (line !== '') lines.push(line);
        line = '';
        lines.push([...word].slice(0, width).join(''));
        word = [...word].slice(width).join('');
      }
      if (line !== '' && [...line].length + 1 + [...word].length > width) {
        lines.push(line);
        line = word;
      } else line = line === '' ? word : `${line} ${word}`;
    }
    lines.push(line);
    return lines.join('\n');
  }).join('\n');
}

/**
 * Column widths that fit `width`: natural widths, then the widest column
 * narrowed first, down to its longest word so that words wrap whole; only
 * when that is not enough are words cut (down to 4 columns).
 */
function columnWidths(head: readonly string[], rows: readonly string[][], width: number): number[] {
  const cells = (i: number) => [head[i]!, ...rows.map((r) => r[i] ?? '')];
  const longest = (texts: string[], split: RegExp) => Math.max(...texts.flatMap((t) => t.split(split).map((w) => [...w].length)));
  const natural = head.map((_, i) => longest(cells(i), /\n/) + 2);
  const words = head.map((_, i) => Math.min(natural[i]!, longest(cells(i), /[ \n]+/) + 2));
  const room = width - (head.length + 1);
  const widths = [...natural];
  const total = () => widths.reduce((a, b) => a + b, 0);
  for (const floor of [words, head.map(() => 4)]) {
    while (total() > room) {
      let widest = -1;
      widths.forEach((w, i) => {
        if (w > floor[i]! && (widest < 0 || w > widths[widest]!)) widest = i;
      });
      if (widest < 0) break;
      widths[widest]! -= 1;
    }
  }
  return widths;
}

export function blockText(block: Block, options: RenderOptions): string {
  if (block.kind === 'subtitle') return paint(options.color, '1', forTerminal(block.text));
  if (block.kind === 'text') return paint(options.color && block.flag === true, '33', wrap(forTerminal(`${block.flag ? '⚠ ' : ''}${block.text}`), options.width));
  const head = block.head.map(forTerminal);
  const rows = block.rows.map((r) => r.map(forTerminal));
  const widths = columnWidths(head, rows, options.width);
  const fit = (cells: string[]) => cells.map((cell, i) => wrap(cell, widths[i]! - 2));
  const grid = new Table({
    head: fit(head),
    colWidths: widths,
    style: options.color ? { head: ['cyan'], border: ['grey'] } : { head: [], border: [] },
  });
  grid.push(...rows.map(fit));
  return grid.toString();
}

/** The terminal view: each section titled, its tables fitted to the terminal's width. */
export function render(report: Report, options: RenderOptions): string {
  const view = reportView(report, options);
  const out = [paint(options.color, '1', forTerminal(view.title)), wrap(forTerminal(view.subtitle), options.width)];
  for (const section of view.sections) {
    out.push('', paint(options.color, '1;4', forTerminal(section.title)));
    for (const block of section.blocks) out.push(blockText(block, options));
  }
  return `${out.join('\n')}\n`;
}
