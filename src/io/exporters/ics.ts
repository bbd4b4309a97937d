import { TZDate } from '@date-fns/tz';
import ical from 'ical-generator';
import type { Plan, Slot } from '../../core/planner/types.js';
import { networkName, themeLabel, type ExportOptions } from './shared.js';

const SLOT_MINUTES = 30;

/** Same network, day and time → same UID, run after run, so calendar apps update events instead of duplicating them. */
export function slotUid(slot: Slot, brand: string): string {
  const owner = brand.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'edito';
  return `${slot.network}-${slot.date.replace(/-/g, '')}T${slot.time.replace(':', '')}@${owner}.edito`;
}

function description(slot: Slot, options: ExportOptions): string {
  const { t } = options;
  const lines = [
    `${t('plan.col.format')}: ${slot.format ?? '—'}`,
    `${t('plan.col.persona')}: ${slot.persona ?? '—'}`,
    `${t('plan.col.objectives')}: ${slot.objectives.join(', ') || '—'}`,
  ];
  if (slot.keyDate) lines.push(`${t('plan.col.key_date')}: ${slot.keyDate}`);
  if (slot.holiday) lines.push(`${t('plan.col.holiday')}: ${slot.holiday}`);
  if (slot.post) {
    lines.push(`${t('plan.col.post')}: ${slot.post}`);
    const text = options.postTexts[slot.post]?.trim();
    if (text) lines.push('', text);
  }
  return lines.join('\n');
}

/**
 * RFC 5545. Two traps of ical-generator are avoided on purpose: start and end
 * are TZDate values (a plain Date would be written as the machine's wall
 * clock under the TZID), and the calendar-level zone name stays null so that
 * DTSTAMP keeps its Z. DTSTAMP is fixed to the range start: the output must be
 * byte-identical from one run to the next.
 */
export function ics(plan: Plan, options: ExportOptions): string {
  const vtimezone = options.vtimezone ?? null;
  const calendar = ical({
    name: options.t('plan.ics_name', { brand: options.brand }),
    prodId: { company: 'edito', product: 'edito plan', language: options.locale.toUpperCase() },
    timezone: { name: null, generator: vtimezone ? () => vtimezone : undefined },
  });
  const stamp = new Date(`${plan.range.from}T00:00:00Z`);
  for (const slot of plan.slots) {
    const start = Date.parse(slot.start);
    const theme = themeLabel(slot, options);
    calendar.createEvent({
      id: slotUid(slot, options.brand),
      start: new TZDate(start, plan.timezone),
      end: new TZDate(start + SLOT_MINUTES * 60_000, plan.timezone),
      timezone: plan.timezone,
      stamp,
      summary: theme ? `${networkName(slot.network)} · ${theme}` : networkName(slot.network),
      description: description(slot, options),
      categories: [{ name: slot.network }],
    });
  }
  return calendar.toString();
}
