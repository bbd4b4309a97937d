import type * as z from 'zod/mini';
import { findNetwork, type NetworkProfile } from '../../core/networks.js';
import { groupBy } from '../../core/collections.js';
import { daysInMonthOf } from '../../core/dates.js';
import type { OffPlanPost, Plan, Slot } from '../../core/planner/types.js';
import { shortDay } from '../../i18n/dates.js';
import type { Locale, Translate } from '../../i18n/index.js';

/** What every plan exporter receives besides the plan: all of it data, so exporters stay pure. */
export interface CommonOptions {
  t: Translate;
  locale: Locale;
  /** ANSI colours (terminal formats only). */
  color: boolean;
  brand: string;
  /** Columns of the terminal the output is shown in; undefined: no limit (a pipe, a file, --wide). */
  width?: number | undefined;
}

/** What an exporter's prepare step may read: the workspace's posts and zone. */
export interface PrepareContext {
  posts: readonly { file: string; body: string }[];
  timezone: string;
}

/**
 * A plan exporter, as data: its id (the `--format` value), the schema of its
 * own flags (csv's `excel`), an optional async prepare step that loads what
 * only it needs (ics: the VTIMEZONE and the post texts), and a pure render.
 * A flag an exporter does not declare is refused for that format.
 */
export interface PlanExporter<Own = Record<never, never>, Extra = Record<never, never>> {
  id: string;
  options?: z.ZodMiniType<Own>;
  prepare?: (plan: Plan, context: PrepareContext) => Promise<Extra>;
  render: (plan: Plan, options: CommonOptions & Own & Extra) => string;
  /** The same text as it is produced, in pieces: a format that has it is written without ever being one string. */
  chunks?: (plan: Plan, options: CommonOptions & Own & Extra) => Iterable<string>;
}

/** Declares an exporter with its types inferred. */
export function defineExporter<Own = Record<never, never>, Extra = Record<never, never>>(exporter: PlanExporter<Own, Extra>): PlanExporter<Own, Extra> {
  return exporter;
}

export function networkStyle(network: string): NetworkProfile['style'] {
  return findNetwork(network)?.style ?? { code: network.slice(0, 2), color: '#555555' };
}

export function networkName(network: string): string {
  return findNetwork(network)?.name ?? network;
}

export { dateRange, monthTitle, shortDay, weekdayNames } from '../../i18n/dates.js';

/** Every month (YYYY-MM) the range touches. */
export function monthsOf(range: { from: string; to: string }): string[] {
  const out: string[] = [];
  let [y, m] = range.from.split('-').map(Number) as [number, number];
  const [endY, endM] = range.to.split('-').map(Number) as [number, number];
  // Years and months compared as numbers: the month after 9999-12 is never written.
  while (y < endY || (y === endY && m <= endM)) {
    out.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m === 13) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

export function daysInMonth(month: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return daysInMonthOf(y, m);
}

export { weekdayIndex } from '../../core/dates.js';

export function slotsByDate(slots: readonly Slot[]): Map<string, Slot[]> {
  return groupBy(slots, (slot) => slot.date);
}

/** Rows in date and time order (`at`: YYYY-MM-DD or YYYY-MM-DDTHH:MM); a stable sort keeps slots before a post at the same time. */
export function byTime<T extends { at: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** Posts off the plan by their local date (YYYY-MM-DD). */
export function offPlanByDate(plan: Plan): Map<string, OffPlanPost[]> {
  return groupBy(plan.unplanned, (u) => u.date.slice(0, 10));
}

/** « hors plan · créneau libre cette semaine : mer. 6 janv. 12:00 », or « hors plan » alone. */
export function offPlanNote(u: OffPlanPost, options: Pick<CommonOptions, 't' | 'locale'>): string {
  const mark = `◇ ${options.t('plan.off_plan')}`;
  if (!u.freeSlot) return mark;
  return `${mark} · ${options.t('plan.off_plan_free', { slot: `${shortDay(u.freeSlot.date, options.locale)} ${u.freeSlot.time}` })}`;
}

/** Networks in the plan, in registry order of first appearance sorted by id. */
export function networksOf(plan: Plan): string[] {
  return [...new Set(plan.slots.map((s) => s.network))].sort();
}
