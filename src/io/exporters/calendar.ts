import { Chalk } from 'chalk';
import type { OffPlanPost, Plan, Slot } from '../../core/planner/types.js';
import {
  byTime, daysInMonth, offPlanByDate, monthTitle, monthsOf, networkName, networkStyle, networksOf, slotsByDate, weekdayIndex, weekdayNames,
  defineExporter, type CommonOptions,
} from './shared.js';

/** Inner width of a day cell: 7 cells and 8 borders make 78 columns. */
const CELL = 10;
const WIDTH = 7 * CELL + 8;

function slotLine(slot: Slot, paint: InstanceType<typeof Chalk>): string {
  const { code, color } = networkStyle(slot.network);
  const mark = slot.keyDate ? '*' : slot.holiday ? '!' : ' ';
  const text = `${code.padEnd(2)} ${slot.time}${mark}`.padEnd(CELL);
  return paint.hex(color).bold(code.padEnd(2)) + text.slice(2);
}

/** A post off the plan, on its day: "code time+". */
function offPlanLine(u: OffPlanPost, paint: InstanceType<typeof Chalk>): string {
  const { code, color } = networkStyle(u.network);
  const text = `${code.padEnd(2)} ${u.time ?? '--:--'}+`.padEnd(CELL);
  return paint.hex(color).bold(code.padEnd(2)) + paint.italic(text.slice(2));
}

function border(left: string, middle: string, right: string): string {
  return left + Array.from({ length: 7 }, () => '─'.repeat(CELL)).join(middle) + right;
}

function wrap(words: string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const visible = line.replace(/\u001b\[[0-9;]*m/g, '');
    const add = word.replace(/\u001b\[[0-9;]*m/g, '');
    if (visible.length > 0 && visible.length + 2 + add.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line}  ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A month grid per month, one cell per day listing its slots as "code time": fits 80 columns. */
function render(plan: Plan, options: CommonOptions): string {
  const paint = new Chalk({ level: options.color ? 2 : 0 });
  const byDate = slotsByDate(plan.slots);
  const offPlan = offPlanByDate(plan);
  const out: string[] = [];
  for (const month of monthsOf(plan.range)) {
    const title = monthTitle(month, options.locale);
    out.push(paint.bold(title.padStart(Math.floor((WIDTH + title.length) / 2))));
    out.push(border('┌', '┬', '┐'));
    out.push(`│${weekdayNames(options.locale).map((d) => d.slice(0, CELL).padEnd(CELL)).join('│')}│`);
    out.push(border('├', '┼', '┤'));
    const offset = weekdayIndex(`${month}-01`);
    const total = daysInMonth(month);
    const weeks = Math.ceil((offset + total) / 7);
    for (let week = 0; week < weeks; week += 1) {
      const cells = Array.from({ length: 7 }, (_, i) => {
        const day = week * 7 + i - offset + 1;
        if (day < 1 || day > total) return [' '.repeat(CELL)];
        const date = `${month}-${String(day).padStart(2, '0')}`;
        const inRange = date >= plan.range.from && date <= plan.range.to;
        const number = String(day).padStart(2).padEnd(CELL);
        const lines = byTime([
          ...(byDate.get(date) ?? []).map((slot) => ({ at: slot.time, line: slotLine(slot, paint) })),
          ...(offPlan.get(date) ?? []).map((u) => ({ at: u.time ?? '', line: offPlanLine(u, paint) })),
        ]);
        return [inRange ? number : paint.dim(number), ...lines.map((l) => l.line)];
      });
      const height = Math.max(...cells.map((c) => c.length));
      for (let row = 0; row < height; row += 1) out.push(`│${cells.map((c) => c[row] ?? ' '.repeat(CELL)).join('│')}│`);
      out.push(week === weeks - 1 ? border('└', '┴', '┘') : border('├', '┼', '┤'));
    }
    out.push('');
  }
  const legend = networksOf(plan).map((n) => `${paint.hex(networkStyle(n).color).bold(networkStyle(n).code)} ${networkName(n)}`);
  legend.push(`* ${options.t('plan.legend.key_date')}`, `! ${options.t('plan.legend.holiday')}`);
  if (plan.unplanned.length > 0) legend.push(`+ ${options.t('plan.legend.off_plan')}`);
  out.push(...wrap(legend, WIDTH), '');
  return out.join('\n');
}

export const calendar = defineExporter({ id: 'calendar', render });
