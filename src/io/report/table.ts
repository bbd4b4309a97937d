import Table from 'cli-table3';
import type { Report } from '../../core/report/types.js';
import { forTerminal } from '../sanitize.js';
import { reportView, type Block, type RenderOptions } from './view.js';

const ESC = String.fromCharCode(27);
const paint = (on: boolean, code: string, text: string) => (on ? `${ESC}[${code}m${text}${ESC}[0m` : text);

/** Words wrapped to `width` columns. */
export function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join('\n');
}

/** Column widths that fit `width`: natural widths, the widest cut down first. */
function columnWidths(head: readonly string[], rows: readonly string[][], width: number): number[] {
  const natural = head.map((h, i) => Math.max(h.length, ...rows.map((r) => Math.max(...(r[i] ?? '').split('\n').map((l) => l.length)))) + 2);
  const room = width - (head.length + 1);
  const widths = [...natural];
  while (widths.reduce((a, b) => a + b, 0) > room) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= 6) break;
    widths[widest]! -= 1;
  }
  return widths;
}

function blockText(block: Block, options: RenderOptions): string {
  if (block.kind === 'subtitle') return paint(options.color, '1', forTerminal(block.text));
  if (block.kind === 'text') return paint(options.color && block.flag === true, '33', wrap(forTerminal(`${block.flag ? '⚠ ' : ''}${block.text}`), options.width));
  const head = block.head.map(forTerminal);
  const rows = block.rows.map((r) => r.map(forTerminal));
  const grid = new Table({
    head,
    colWidths: columnWidths(head, rows, options.width),
    wordWrap: true,
    style: options.color ? { head: ['cyan'], border: ['grey'] } : { head: [], border: [] },
  });
  grid.push(...rows);
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
