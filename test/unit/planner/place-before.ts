import type { EffectiveLine } from '../../../src/core/effective.js';
import type { Draft, KeyDateRefusal, KeyDateSlot, LinePlacement, LineRules, Period as PlacedPeriod, ShortfallReason } from '../../../src/core/planner/place.js';
import type { Weekday } from '../../../src/core/networks.js';
import { addDays, dayNumber, fromDayNumber, minutesOfTime, wallMinutes, weekStartDay, weekdayOfDay } from '../../../src/core/planner/dates.js';

/**
 * Placement of one editorial line's slots over the range: key dates first,
 * then the regular slots of each week/month/day spread over its allowed
 * day/time pairs, then holiday moves. Themes, formats and posts come later.
 */

// The types are place.ts's own, so the old placement is checked against the one contract the planner uses;
// only its periods' reasons stay a set it adds to, as the old code did.
interface Period extends Omit<PlacedPeriod, 'reasons'> {
  reasons: Set<ShortfallReason>;
}

function periodBounds(unit: EffectiveLine['frequency']['unit'], date: string): { key: string; from: string; to: string } {
  if (unit === 'per_day') return { key: date, from: date, to: date };
  if (unit === 'per_week') {
    const monday = weekStartDay(dayNumber(date));
    return { key: fromDayNumber(monday), from: fromDayNumber(monday), to: fromDayNumber(monday + 6) };
  }
  const first = `${date.slice(0, 7)}-01`;
  const nextMonth = addDays(`${date.slice(0, 7)}-28`, 4).slice(0, 7);
  return { key: date.slice(0, 7), from: first, to: addDays(`${nextMonth}-01`, -1) };
}

/** Slots already taken, indexed by day, to check `min_gap_hours` on the wall clock. */
class GapIndex {
  private readonly byDay = new Map<number, number[]>();
  private readonly span: number;

  constructor(private readonly gapMinutes: number) {
    this.span = Math.ceil(gapMinutes / 1440);
  }

  fits(date: string, time: string): boolean {
    const wall = wallMinutes(date, time);
    const day = dayNumber(date);
    for (let d = day - this.span; d <= day + this.span; d += 1) {
      for (const other of this.byDay.get(d) ?? []) {
        if (other === wall || Math.abs(other - wall) < this.gapMinutes) return false;
      }
    }
    return true;
  }

  add(date: string, time: string): void {
    const day = dayNumber(date);
    const list = this.byDay.get(day) ?? [];
    list.push(wallMinutes(date, time));
    this.byDay.set(day, list);
  }
}

/** Indexes of `count` items spread evenly over `size`, each in the middle of its share. */
export function spread(size: number, count: number): number[] {
  const n = Math.min(size, count);
  return Array.from({ length: n }, (_, i) => Math.floor(((i + 0.5) * size) / n));
}

const PRIORITY_ORDER = { high: 0, normal: 1, low: 2 } as const;

/**
 * `posts` are this network's existing posts in the range (date order): their
 * days are preferred, so that the slots they fill exist.
 */
export function placeLine(rules: LineRules, keyDates: readonly KeyDateSlot[], posts: readonly { date: string; time: string | null }[] = []): LinePlacement {
  const { line, from, to } = rules;
  const { unit, max, target, times, minGapHours } = line.frequency;
  const allowed = new Set<Weekday>(line.frequency.days);
  const gaps = new GapIndex(Math.round(minGapHours * 60));
  const drafts: Draft[] = [];
  const countByPeriod = new Map<string, number>();
  const refusedKeyDates: KeyDateRefusal[] = [];

  const isAllowed = (date: string) => allowed.has(weekdayOfDay(dayNumber(date)));
  const periodKey = (date: string) => periodBounds(unit, date).key;
  const add = (date: string, time: string, keyDate: KeyDateSlot | null): void => {
    const period = periodKey(date);
    drafts.push({ date, time, wall: wallMinutes(date, time), period, keyDate, holiday: rules.holiday(date) ?? null });
    gaps.add(date, time);
    countByPeriod.set(period, (countByPeriod.get(period) ?? 0) + 1);
  };

  // Key dates win their day: placed first, high priority before the others.
  const ordered = [...keyDates].sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] || a.date.localeCompare(b.date));
  for (const keyDate of ordered) {
    if (rules.isBlackout(keyDate.date)) {
      refusedKeyDates.push({ keyDate, reason: 'blackout' });
      continue;
    }
    if (keyDate.priority !== 'high' && (countByPeriod.get(periodKey(keyDate.date)) ?? 0) >= max) {
      refusedKeyDates.push({ keyDate, reason: 'full' });
      continue;
    }
    // Under `skip`, only a high-priority key date keeps a public holiday; the others move like any slot.
    if (rules.skipHolidays && keyDate.priority !== 'high' && rules.holiday(keyDate.date) !== undefined) {
      const moved = nextDayInWeek(keyDate.date);
      if (moved) add(moved.date, moved.time, keyDate);
      else refusedKeyDates.push({ keyDate, reason: 'holiday' });
      continue;
    }
    const time = times.find((t) => gaps.fits(keyDate.date, t));
    if (time === undefined) refusedKeyDates.push({ keyDate, reason: 'gap' });
    else add(keyDate.date, time, keyDate);
  }

  const periods: Period[] = [];
  let cursor = from;
  while (cursor <= to) {
    const bounds = periodBounds(unit, cursor);
    const first = bounds.from < from ? from : bounds.from;
    const last = bounds.to > to ? to : bounds.to;
    const days: string[] = [];
    for (let d = first; d <= last; d = addDays(d, 1)) days.push(d);
    const fullDays: string[] = [];
    for (let d = bounds.from; d <= bounds.to; d = addDays(d, 1)) fullDays.push(d);
    const allowedInFull = fullDays.filter(isAllowed).length;
    const allowedInRange = days.filter(isAllowed).length;
    const full = bounds.from >= from && bounds.to <= to;
    const quota = allowedInFull === 0 ? 0 : Math.round((target * allowedInRange) / allowedInFull);
    const period: Period = { key: bounds.key, from: bounds.from, to: bounds.to, full, quota, reasons: new Set() };
    periods.push(period);
    if (days.some(rules.isBlackout)) period.reasons.add('blackout');

    const want = Math.max(0, quota - (countByPeriod.get(bounds.key) ?? 0));
    const pairs = days
      .filter((d) => isAllowed(d) && !rules.isBlackout(d))
      .flatMap((date) => times.map((time) => ({ date, time })));
    if (pairs.length < want) period.reasons.add('capacity');
    const isSkipped = (date: string) => rules.skipHolidays && rules.holiday(date) !== undefined;
    const free = (p: { date: string; time: string }) => !isSkipped(p.date) && gaps.fits(p.date, p.time);

    // Days that already have a post of this network get their slot first, up to
    // the period's max (not just its target): the plan follows the work done.
    const room = Math.max(0, max - (countByPeriod.get(bounds.key) ?? 0));
    let placed = 0;
    for (const post of posts) {
      if (placed >= room || post.date < first || post.date > last) continue;
      const at = post.time === null ? 0 : minutesOfTime(post.time);
      const sameDay = pairs.filter((p) => p.date === post.date && free(p));
      const nearest = sameDay.sort((a, b) => Math.abs(minutesOfTime(a.time) - at) - Math.abs(minutesOfTime(b.time) - at))[0];
      if (nearest) {
        add(nearest.date, nearest.time, null);
        placed += 1;
      }
    }
    const open = pairs.filter((p) => gaps.fits(p.date, p.time));
    const chosen = spread(open.length, Math.max(0, want - placed));
    const onHolidays: { date: string; time: string }[] = [];
    for (const index of chosen) {
      const pair = open[index]!;
      if (isSkipped(pair.date)) {
        onHolidays.push(pair);
        continue;
      }
      // Nearest free pair, later ones first, when the gap rules out this one.
      const candidates = [...open.slice(index), ...open.slice(0, index).reverse()];
      const found = candidates.find(free);
      if (found) add(found.date, found.time, null);
      else period.reasons.add('gap');
    }
    // A slot moved off a holiday may land in another period: this one is short because of the holiday either way.
    if (onHolidays.length > 0) period.reasons.add('holiday');
    for (const pair of onHolidays) {
      const moved = nextDayInWeek(pair.date);
      if (moved) add(moved.date, moved.time, null);
    }
    cursor = addDays(last, 1);
  }

  /** Holiday policy `skip`: the next allowed day of the same week, without going over any period's max. */
  function nextDayInWeek(date: string): { date: string; time: string } | undefined {
    const sunday = fromDayNumber(weekStartDay(dayNumber(date)) + 6);
    const current = periodKey(date);
    for (let d = addDays(date, 1); d <= sunday && d <= to; d = addDays(d, 1)) {
      if (!isAllowed(d) || rules.isBlackout(d) || rules.holiday(d) !== undefined) continue;
      const key = periodKey(d);
      if (key !== current && (countByPeriod.get(key) ?? 0) >= max) continue;
      const time = times.find((t) => gaps.fits(d, t));
      if (time !== undefined) return { date: d, time };
    }
    return undefined;
  }

  drafts.sort((a, b) => a.wall - b.wall);
  return { drafts, periods, refusedKeyDates };
}
