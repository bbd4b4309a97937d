import { Chalk } from 'chalk';
import cliTable from 'cli-table3/src/utils.js';
import type { Plan } from '../../core/planner/types.js';
import { forTerminal } from '../sanitize.js';
import { cut, cutMiddle, fitColumns, tableWidth, wrap, type ColumnFit } from './fit.js';
import { byTime, dateRange, networkName, offPlanNote, shortDay, defineExporter, type CommonOptions } from './shared.js';

/**
 * The table is drawn here, in time linear in its rows, with the characters
 * cli-table3 draws by default (one space of padding, a rule between rows):
 * cli-table3 itself lays a table out in time quadratic in its rows (each cell
 * is checked against every row above it for spans), so ten years on twelve
 * networks took minutes. Widths are cli-table3's own measure (string-width:
 * emojis and East Asian wide characters take two columns), so the output is
 * the same, byte for byte; colours are the same ANSI codes (cyan head, grey
 * borders).
 */

const BORDER = {
  top: ['┌', '┬', '┐'],
  rule: ['├', '┼', '┤'],
  bottom: ['└', '┴', '┘'],
} as const;

/** Draws `head` then `rows` (cells may hold several lines). */
export function drawTable(head: readonly string[], rows: readonly (readonly string[])[], color: boolean): string {
  const paint = new Chalk({ level: color ? 2 : 0 });
  const measured = new Map<string, number>();
  const width = (text: string) => {
    let w = measured.get(text);
    if (w === undefined) measured.set(text, (w = cliTable.strlen(text)));
    return w;
  };
  const all = [head, ...rows].map((row) => row.map((cell) => cell.split('\n')));
  const inner = head.map((_, c) => Math.max(0, ...all.map((row) => Math.max(...row[c]!.map(width)))));
  const border = (kind: keyof typeof BORDER) => inner
    .map((w, c) => paint.gray(`${c === 0 ? BORDER[kind][0] : BORDER[kind][1]}${'─'.repeat(w + 2)}${c === inner.length - 1 ? BORDER[kind][2] : ''}`))
    .join('');
  const rule = border('rule');
  const out = [border('top')];
  all.forEach((row, y) => {
    if (y > 0) out.push(rule);
    const height = Math.max(...row.map((lines) => lines.length));
    for (let n = 0; n < height; n += 1) {
      out.push(row.map((lines, c) => {
        const text = lines[n] ?? '';
        const content = ` ${text}${' '.repeat(inner[c]! - width(text))} `;
        return `${paint.gray('│')}${y === 0 ? paint.cyan(content) : content}${c === row.length - 1 ? paint.gray('│') : ''}`;
      }).join(''));
    }
  });
  out.push(border('bottom'));
  return out.join('\n');
}

/**
 * How the plan's columns give way on a narrow terminal (docs/plan.md): the
 * date, network and time stay whole; the theme wraps; persona, then format,
 * then the post's file name are dropped when even a narrow column will not fit.
 */
const PLAN_COLUMNS: readonly ColumnFit[] = [
  { overflow: 'keep' }, { overflow: 'keep' }, { overflow: 'keep' }, { overflow: 'wrap', min: 20 },
  { overflow: 'cut', min: 6, drop: 2 }, { overflow: 'cut', min: 8, drop: 1 }, { overflow: 'cut-middle', min: 14, drop: 3 },
];

/** `head` and `rows` narrowed to `width` columns on screen (the table is drawn wider only when nothing more can give). */
export function fitTable(head: readonly string[], rows: readonly (readonly string[])[], fits: readonly ColumnFit[], width: number | undefined) {
  // No width (a pipe, a file, --wide): nothing to measure here, drawTable measures once.
  if (width === undefined) return { head, rows };
  const natural = head.map((_, c) => Math.max(...[head, ...rows].flatMap((row) => row[c]!.split('\n').map((line) => cliTable.strlen(line)))));
  if (tableWidth(natural) <= width) return { head, rows };
  const { kept, inner } = fitColumns(natural, fits, width);
  const shape = (cell: string, k: number) => {
    const column = kept[k]!;
    const { overflow } = fits[column]!;
    if (overflow === 'keep') return cell;
    const shapeLine = overflow === 'wrap' ? (line: string) => wrap(line, inner[k]!) : (line: string) => [(overflow === 'cut' ? cut : cutMiddle)(line, inner[k]!)];
    return cell.split('\n').flatMap(shapeLine).join('\n');
  };
  const pick = (row: readonly string[]) => kept.map((column, k) => shape(row[column]!, k));
  return { head: pick(head), rows: rows.map(pick) };
}

/** The default view: one row per slot, and each post off the plan on its day; the post by its file name (its folder follows from the date). */
function render(plan: Plan, options: CommonOptions): string {
  const { t, locale } = options;
  if (plan.slots.length === 0 && plan.unplanned.length === 0) return `${t('plan.no_slots')}\n`;
  const head = ['date', 'network', 'time', 'theme', 'format', 'persona', 'post'].map((c) => t(`plan.col.${c}`));
  const slotRows = plan.slots.map((slot) => {
    const theme = [slot.themeLabel || '—'];
    if (slot.keyDate) theme.push(`★ ${slot.keyDate}`);
    if (slot.holiday) theme.push(t('plan.holiday_mark', { name: slot.holiday }));
    return {
      at: `${slot.date}T${slot.time}`,
      cells: [shortDay(slot.date, locale), networkName(slot.network), slot.time, theme.join('\n'), slot.format ?? '—', slot.persona ?? '—', slot.post ? slot.post.split('/').at(-1)! : '—'],
    };
  });
  const offPlanRows = plan.unplanned.map((u) => ({
    at: u.date,
    cells: [shortDay(u.date.slice(0, 10), locale), networkName(u.network), u.time ?? '—', offPlanNote(u, options), '—', '—', u.post.split('/').at(-1)!],
  }));
  const rows = byTime([...slotRows, ...offPlanRows]).map((row) => row.cells.map(forTerminal));
  const fitted = fitTable(head, rows, PLAN_COLUMNS, options.width);
  const fullTitle = forTerminal(t('plan.md_title', { brand: options.brand, range: dateRange(plan.range.from, plan.range.to, locale) }));
  const title = options.width === undefined ? fullTitle : cut(fullTitle, options.width);
  return `${new Chalk({ level: options.color ? 2 : 0 }).bold(title)}\n${drawTable(fitted.head, fitted.rows, options.color)}\n`;
}

export const table = defineExporter({ id: 'table', render });
