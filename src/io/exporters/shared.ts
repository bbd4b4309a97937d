import { findNetwork, type NetworkProfile } from '../../core/networks.js';
import { groupBy } from '../../core/collections.js';
import type { Plan, Slot } from '../../core/planner/types.js';
import type { Locale, Translate } from '../../i18n/index.js';

/** What every plan exporter receives besides the plan: all of it data, so exporters stay pure. */
export interface ExportOptions {
  t: Translate;
  locale: Locale;
  /** ANSI colours (terminal formats only). */
  color: boolean;
  brand: string;
  /** Theme labels by network then theme id. */
  themeLabels: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Post bodies by workspace-relative path, for formats that show the text. */
  postTexts: Readonly<Record<string, string>>;
  /** csv: `;` separator for French Excel. */
  excel?: boolean;
  /** ics: the VTIMEZONE component of the plan's zone (from @touch4it/ical-timezones), or null. */
  vtimezone?: string | null;
}

export type PlanExporter = (plan: Plan, options: ExportOptions) => string;

export function networkStyle(network: string): NetworkProfile['style'] {
  return findNetwork(network)?.style ?? { code: network.slice(0, 2), color: '#555555' };
}

export function networkName(network: string): string {
  return findNetwork(network)?.name ?? network;
}

export function themeLabel(slot: Slot, options: ExportOptions): string {
  if (slot.theme === null) return '';
  return options.themeLabels[slot.network]?.[slot.theme] ?? slot.theme;
}

export { monthTitle, shortDay, weekdayNames } from '../../i18n/dates.js';

/** Every month (YYYY-MM) the range touches. */
export function monthsOf(range: { from: string; to: string }): string[] {
  const out: string[] = [];
  let [y, m] = range.from.split('-').map(Number) as [number, number];
  const end = range.to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > end) return out;
    out.push(month);
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
}

export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export { weekdayIndex } from '../../core/dates.js';

export function slotsByDate(slots: readonly Slot[]): Map<string, Slot[]> {
  return groupBy(slots, (slot) => slot.date);
}

/** Networks in the plan, in registry order of first appearance sorted by id. */
export function networksOf(plan: Plan): string[] {
  return [...new Set(plan.slots.map((s) => s.network))].sort();
}
