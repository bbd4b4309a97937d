import type { Plan, Slot } from '../../core/planner/types.js';
import { forMarkdown as cell, markdownLinkTarget } from '../sanitize.js';
import { byTime, dateRange, monthTitle, monthsOf, networkName, offPlanNote, shortDay, defineExporter, type CommonOptions } from './shared.js';


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
  const postLink = (file: string) => `[${cell(file)}](${markdownLinkTarget(file)})`;
  for (const month of monthsOf(plan.range)) {
    const rows = byTime([
      ...plan.slots.filter((s) => s.date.startsWith(month)).map((slot) => ({
        at: `${slot.date}T${slot.time}`,
        cells: [shortDay(slot.date, locale), slot.time, networkName(slot.network), slot.themeLabel ?? '', slot.format ?? '', slot.persona ?? '', notes(slot, options)],
        post: slot.post,
      })),
      ...plan.unplanned.filter((u) => u.date.startsWith(month)).map((u) => ({
        at: u.date,
        cells: [shortDay(u.date.slice(0, 10), locale), u.time ?? '—', networkName(u.network), '', '', '', offPlanNote(u, options)],
        post: u.post,
      })),
    ]);
    lines.push(`## ${monthTitle(month, locale)}`, '');
    if (rows.length === 0) {
      lines.push(t('plan.no_slots'), '');
      continue;
    }
    lines.push(`| ${head.join(' | ')} |`, `|${head.map(() => ' --- |').join('')}`);
    // The link is built from escaped parts already.
    for (const row of rows) lines.push(`| ${[...row.cells.map(cell), row.post ? postLink(row.post) : '—'].join(' | ')} |`);
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
