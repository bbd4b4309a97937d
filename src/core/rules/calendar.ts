import { canonicalNetworkId, type FrequencyUnit } from '../networks.js';
import type { Blackout } from '../schemas/files.js';
import type { CalendarPost, LintWorkspace } from '../lint/types.js';
import { civilToDay, dayNumber, daysInMonthOf, fromDayNumber, mondayOf, weekStartDay } from '../dates.js';

/** The blackout period covering a date for a network, if any. */
export function blackoutOn(workspace: LintWorkspace, network: string, date: string): Blackout | undefined {
  return (workspace.keyDates.blackout ?? []).find(
    (b) => date >= b.from && date <= b.to
      && (b.networks === undefined || b.networks.length === 0 || b.networks.some((n) => canonicalNetworkId(n) === network)),
  );
}

/** Whether the holiday rule keeps posts off public holidays (policy `skip`, the default). */
export function skipsHolidays(workspace: LintWorkspace): boolean {
  return (workspace.keyDates.holidays?.policy ?? 'skip') === 'skip';
}

/** Ideas are not planned yet: they count for no frequency or gap. */
export function planned(posts: readonly CalendarPost[]): CalendarPost[] {
  return posts.filter((p) => p.meta.status !== 'idea');
}

/** The bucket a date falls in: the day, the Monday of its week, or its month. */
export function bucketOf(date: string, unit: FrequencyUnit): string {
  if (unit === 'per_day') return date;
  if (unit === 'per_week') return mondayOf(date);
  return date.slice(0, 7);
}

/**
 * Buckets lying wholly inside [from, to]. Loops run on day and month numbers,
 * so a range ending on 9999-12-31 ends (the day after it cannot be written).
 */
export function bucketsWithin(from: string, to: string, unit: FrequencyUnit): string[] {
  const out: string[] = [];
  const first = dayNumber(from);
  const last = dayNumber(to);
  if (unit === 'per_day') {
    for (let d = first; d <= last; d += 1) out.push(fromDayNumber(d));
  } else if (unit === 'per_week') {
    let monday = weekStartDay(first);
    if (monday < first) monday += 7;
    for (; monday + 6 <= last; monday += 7) out.push(fromDayNumber(monday));
  } else {
    let [y, m] = from.split('-').map(Number) as [number, number];
    if (!from.endsWith('-01')) [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    for (; civilToDay(y, m, daysInMonthOf(y, m)) <= last; [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1]) {
      out.push(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`);
    }
  }
  return out;
}

export { groupBy } from '../collections.js';
