import Table from 'cli-table3';
import type { Plan } from '../../core/planner/types.js';
import { forTerminal } from '../sanitize.js';
import { networkName, shortDay, defineExporter, type CommonOptions } from './shared.js';

/** The default view: one row per slot; the post by its file name (its folder follows from the date). */
function render(plan: Plan, options: CommonOptions): string {
  const { t, locale } = options;
  if (plan.slots.length === 0) return `${t('plan.no_slots')}\n`;
  const grid = new Table({
    head: ['date', 'network', 'time', 'theme', 'format', 'persona', 'post'].map((c) => t(`plan.col.${c}`)),
    style: options.color ? { head: ['cyan'], border: ['grey'] } : { head: [], border: [] },
  });
  for (const slot of plan.slots) {
    const theme = [slot.themeLabel || '—'];
    if (slot.keyDate) theme.push(`★ ${slot.keyDate}`);
    if (slot.holiday) theme.push(t('plan.holiday_mark', { name: slot.holiday }));
    grid.push([
      shortDay(slot.date, locale), networkName(slot.network), slot.time, theme.join('\n'), slot.format ?? '—',
      slot.persona ?? '—', slot.post ? slot.post.split('/').at(-1)! : '—',
    ].map(forTerminal));
  }
  return `${grid.toString()}\n`;
}

export const table = defineExporter({ id: 'table', render });
