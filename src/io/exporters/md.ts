import type { Plan, Slot } from '../../core/planner/types.js';
import { forMarkdown as cell, markdownLinkTarget } from '../sanitize.js';
import { dateRange, monthTitle, monthsOf, networkName, shortDay, defineExporter, type CommonOptions } from './shared.js';


function notes(slot: Slot, options: CommonOptions): string {
  const parts: string[] = [];
  if (slot.keyDate) parts.push(`★ ${slot.keyDate}`);
  if (slot.holiday) parts.push(options.t('plan.holiday_mark', { name: slot.holiday }));
  return parts.join(' · ');
}

/** A Markdown table per month, for a README or a client. */
function render(plan: Plan, options: CommonOptions): string {
  const { t, locale } = options;
  const lines = [`# ${cell(t('plan.md_title', { brand: options.brand, range: dateRange(plan.range.from, plan.range.to, locale) }))}`, ''];
  const head = ['date', 'time', 'network', 'theme', 'format', 'persona', 'notes', 'post'].map((c) => t(`plan.col.${c}`));
  for (const month of monthsOf(plan.range)) {
    const slots = plan.slots.filter((s) => s.date.startsWith(month));
    lines.push(`## ${monthTitle(month, locale)}`, '');
    if (slots.length === 0) {
      lines.push(t('plan.no_slots'), '');
      continue;
    }
    lines.push(`| ${head.join(' | ')} |`, `|${head.map(() => ' --- |').join('')}`);
    for (const slot of slots) {
      const row = [
        shortDay(slot.date, locale), slot.time, networkName(slot.network), slot.themeLabel ?? '', slot.format ?? '',
        slot.persona ?? '', notes(slot, options), slot.post ? `[${cell(slot.post)}](${markdownLinkTarget(slot.post)})` : '—',
      ];
      // The link is built from escaped parts already.
      lines.push(`| ${[...row.slice(0, -1).map(cell), row.at(-1)!].join(' | ')} |`);
    }
    lines.push('');
  }
  if (plan.unplanned.length > 0) {
    lines.push(`## ${t('plan.unplanned_title')}`, '');
    for (const u of plan.unplanned) lines.push(`- ${cell(u.post)} (${u.network}, ${u.date}): ${t(`plan.unplanned.${u.reason.replace('-', '_')}`)}`);
    lines.push('');
  }
  return lines.join('\n');
}

export const md = defineExporter({ id: 'md', render });
