import { canonicalNetworkId, type FrequencyUnit } from '../networks.js';
import type { Blackout } from '../schemas/files.js';
import type { CalendarPost, LintWorkspace } from '../lint/types.js';
import { addDays, mondayOf } from '../dates.js';

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

/** Buckets lying wholly inside [from, to]. */
export function bucketsWithin(from: string, to: string, unit: FrequencyUnit): string[] {
  const out: string[] = [];
  if (unit === 'per_day') {
    for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  } else if (unit === 'per_week') {
    let monday = mondayOf(from);
    if (monday < from) monday = addDays(monday, 7);
    for (; addDays(monday, 6) <= to; monday = addDays(monday, 7)) out.push(monday);
  } else {
    let month = from.slice(0, 7);
    if (!from.endsWith('-01')) month = nextMonth(month);
    for (; lastDayOf(month) <= to; month = nextMonth(month)) out.push(month);
  }
  return out;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function lastDayOf(month: string): string {
  return addDays(`${nextMonth(month)}-01`, -1);
}

export { groupBy } from '../collections.js';
