import { withoutControls } from '../sanitize.js';
import type { OffPlanPost, Plan, Slot } from '../../core/planner/types.js';
import { dayNumber, fromDayNumber } from '../../core/dates.js';
import {
  byTime, dateRange, daysInMonth, offPlanByDate, offPlanNote, monthTitle, monthsOf, networkName, networkStyle, networksOf, shortDay, slotsByDate,
  weekdayIndex, weekdayNames, defineExporter, type CommonOptions,
} from './shared.js';

const MARKUP = /[&<>"']/;

/** Most texts of a calendar (times, ids, labels) have nothing to escape: one test, not five replacements. */
export const escape = (text: string) => {
  const clean = withoutControls(text);
  return MARKUP.test(clean) ? clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;') : clean;
};

const STYLE = `
*{box-sizing:border-box}
body{font:14px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2330;margin:24px;background:#fff}
header h1{font-size:22px;margin:0 0 4px}
header p{margin:0 0 12px;color:#556}
.legend{display:flex;flex-wrap:wrap;gap:8px 16px;list-style:none;padding:0;margin:0 0 20px}
.legend li{display:flex;align-items:center;gap:6px}
.swatch{display:inline-block;width:14px;height:14px;border-radius:3px;background:var(--c)}
.month{margin:0 0 28px;break-inside:avoid}
.month h2{font-size:18px;margin:0 0 8px}
table.grid{width:100%;border-collapse:collapse;table-layout:fixed}
.grid th{font-weight:600;font-size:12px;text-transform:uppercase;color:#556;padding:4px;border-bottom:2px solid #ccd}
.grid td{vertical-align:top;border:1px solid #dde;height:92px;padding:3px}
.grid td.out{background:#f6f7f9}
.grid td.off .day{color:#aab}
.grid td.holiday{background:#fff6e5}
.grid td.blackout{background:repeating-linear-gradient(135deg,#f3f3f6 0 6px,#fff 6px 12px)}
.closed{font-size:11px;color:#6b6b80;margin-top:2px}
.day{font-weight:600;font-size:12px;color:#334;display:flex;justify-content:space-between;gap:4px}
.day .hol{font-weight:400;color:#a05a00;font-size:11px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.slot{margin:3px 0 0;padding:2px 4px 2px 6px;border-left:4px solid var(--c);background:color-mix(in srgb,var(--c) 12%,#fff);border-radius:3px;font-size:11.5px;overflow-wrap:anywhere}
.slot .net{font-weight:700;color:var(--c)}
.slot .key{display:block;color:#8a3b00;font-weight:600}
.slot .post{display:block;color:#2d6a2d}
.slot .meta{color:#445}
.slot.off-plan{border-left-style:dashed;background:#fff;outline:1px dashed var(--c);outline-offset:-1px}
.slot.off-plan .meta{font-style:italic}
.swatch.off-plan{background:#fff;outline:1px dashed #667}
.notes{margin-top:24px;font-size:13px}
@media print{body{margin:0;font-size:11px}.month{break-after:page}.grid td{height:auto;min-height:60px}.slot{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

function slotHtml(slot: Slot, options: CommonOptions): string {
  const { color } = networkStyle(slot.network);
  const theme = slot.themeLabel ?? '';
  const meta = [theme, slot.format].filter(Boolean).map((s) => escape(s!)).join(' · ');
  const title = [networkName(slot.network), slot.time, theme, slot.format, slot.persona].filter(Boolean).join(' · ');
  return [
    `<div class="slot" data-network="${escape(slot.network)}" data-start="${escape(slot.start)}" style="--c:${color}" title="${escape(title)}">`,
    `<span class="time">${slot.time}</span> <span class="net">${escape(networkName(slot.network))}</span>`,
    meta ? ` <span class="meta">${meta}</span>` : '',
    slot.keyDate ? `<span class="key">★ ${escape(slot.keyDate)}</span>` : '',
    slot.post ? `<span class="post">✎ ${escape(slot.post.split('/').at(-1)!)}</span>` : '',
    '</div>',
  ].join('');
}

/** A post off the plan on its day: dashed, with the free slot of its week it could take. */
function offPlanHtml(u: OffPlanPost, options: CommonOptions): string {
  const { color } = networkStyle(u.network);
  return [
    `<div class="slot off-plan" data-network="${escape(u.network)}" data-date="${escape(u.date)}" data-off-plan="true" style="--c:${color}">`,
    `<span class="time">${escape(u.time ?? '—')}</span> <span class="net">${escape(networkName(u.network))}</span>`,
    ` <span class="meta">${escape(offPlanNote(u, options))}</span>`,
    `<span class="post">✎ ${escape(u.post.split('/').at(-1)!)}</span>`,
    '</div>',
  ].join('');
}

/** Days of a blackout, with the networks it silences and its reason. */
function blackoutDays(plan: Plan): Map<string, { networks: Set<string>; reasons: Set<string> }> {
  const days = new Map<string, { networks: Set<string>; reasons: Set<string> }>();
  for (const w of plan.warnings) {
    if (w.code !== 'blackout' || !w.period || !w.network) continue;
    // Day numbers, not Dates: years 0001–0099 stay themselves, and 9999-12-31 ends the loop.
    for (let d = dayNumber(w.period.from), last = dayNumber(w.period.to); d <= last; d += 1) {
      const date = fromDayNumber(d);
      const day = days.get(date) ?? { networks: new Set(), reasons: new Set() };
      day.networks.add(w.network);
      const reason = w.message.params?.reason;
      if (typeof reason === 'string' && reason) day.reasons.add(reason);
      days.set(date, day);
    }
  }
  return days;
}

interface DayMarks {
  holidays: Map<string, string>;
  offPlan: Map<string, OffPlanPost[]>;
  blackouts: Map<string, { networks: Set<string>; reasons: Set<string> }>;
}

function monthHtml(month: string, plan: Plan, byDate: Map<string, Slot[]>, marks: DayMarks, options: CommonOptions): string {
  const offset = weekdayIndex(`${month}-01`);
  const total = daysInMonth(month);
  const rows: string[] = [];
  for (let week = 0; week * 7 < offset + total; week += 1) {
    const cells = Array.from({ length: 7 }, (_, i) => {
      const day = week * 7 + i - offset + 1;
      if (day < 1 || day > total) return '<td class="out"></td>';
      const date = `${month}-${String(day).padStart(2, '0')}`;
      const holiday = marks.holidays.get(date);
      const blackout = marks.blackouts.get(date);
      const classes = [date < plan.range.from || date > plan.range.to ? 'off' : '', holiday ? 'holiday' : '', blackout ? 'blackout' : ''].filter(Boolean).join(' ');
      const label = holiday ? `<span class="hol">${escape(holiday)}</span>` : '';
      const closed = blackout
        ? `<div class="closed" title="${escape([...blackout.reasons].join(' · '))}">⊘ ${escape(options.t('plan.blackout_label'))}: ${escape([...blackout.networks].map(networkName).join(', '))}</div>`
        : '';
      const slots = byTime([
        ...(byDate.get(date) ?? []).map((slot) => ({ at: slot.time, html: slotHtml(slot, options) })),
        ...(marks.offPlan.get(date) ?? []).map((u) => ({ at: u.time ?? '', html: offPlanHtml(u, options) })),
      ]).map((entry) => entry.html).join('');
      return `<td${classes ? ` class="${classes}"` : ''} data-date="${date}"><div class="day"><span>${day}</span>${label}</div>${closed}${slots}</td>`;
    });
    rows.push(`<tr>${cells.join('')}</tr>`);
  }
  const head = weekdayNames(options.locale, 'long').map((d) => `<th>${escape(d)}</th>`).join('');
  return `<section class="month" data-month="${month}">\n<h2>${escape(monthTitle(month, options.locale))}</h2>\n<table class="grid"><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>\n</section>`;
}

/** One self-contained page (no external resource): a calendar per month, a colour per network, printable. */
function render(plan: Plan, options: CommonOptions): string {
  const { t, locale } = options;
  const byDate = slotsByDate(plan.slots);
  const holidays = new Map((plan.holidays ?? []).map((h) => [h.date, h.name]));
  const blackouts = blackoutDays(plan);
  const title = t('plan.md_title', { brand: options.brand, range: dateRange(plan.range.from, plan.range.to, options.locale) });
  const legend = networksOf(plan)
    .map((n) => `<li><span class="swatch" style="--c:${networkStyle(n).color}"></span>${escape(networkName(n))} (${plan.slots.filter((s) => s.network === n).length})</li>`)
    .join('') + (plan.unplanned.length > 0 ? `<li><span class="swatch off-plan"></span>◇ ${escape(t('plan.legend.off_plan'))} (${plan.unplanned.length})</li>` : '');
  const notes: string[] = [];
  if (plan.unplanned.length > 0) {
    notes.push(`<h2>${escape(t('plan.unplanned_title'))}</h2><ul>`);
    for (const u of plan.unplanned) notes.push(`<li>${escape(u.post)} (${escape(networkName(u.network))}, ${escape(shortDay(u.date.slice(0, 10), locale))}): ${escape(t(`plan.unplanned.${u.reason.replace('-', '_')}`))}</li>`);
    notes.push('</ul>');
  }
  if (plan.warnings.length > 0) {
    notes.push(`<h2>${escape(t('plan.warnings_title'))}</h2><ul>`);
    for (const w of plan.warnings) notes.push(`<li>${escape(t(w.message))}</li>`);
    notes.push('</ul>');
  }
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="edito">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>${escape(title)}</h1><p>${escape(t('plan.html_summary', { count: plan.slots.length, timezone: plan.timezone }))}</p>
<ul class="legend">${legend}</ul></header>
<main>
${monthsOf(plan.range).map((m) => monthHtml(m, plan, byDate, { holidays, blackouts, offPlan: offPlanByDate(plan) }, options)).join('\n')}
</main>
${notes.length > 0 ? `<footer class="notes">${notes.join('\n')}</footer>\n` : ''}</body>
</html>
`;
}

export const html = defineExporter({ id: 'html', render });
