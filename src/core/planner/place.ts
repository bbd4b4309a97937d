import type { EffectiveLine } from '../effective.js';
import type { Weekday } from '../networks.js';
import {
  FIRST_DAY, LAST_DAY, civilToDay, dayNumber, dayToCivil, daysInMonthOf, fromDayNumber, minutesOfTime, wallMinutes, weekStartDay, weekdayIndexOfDay,
} from './dates.js';
import { WEEKDAYS } from '../networks.js';

/**
 * Placement of one editorial line's slots over the range: key dates first,
 * then the regular slots of each week/month/day spread over its allowed
 * day/time pairs, then holiday moves. Themes, formats and posts come later.
 */

export interface KeyDateSlot {
  name: string;
  date: string;
  theme: string | null;
  priority: 'low' | 'normal' | 'high';
}

export interface Draft {
  date: string;
  time: string;
  wall: number;
  period: string;
  keyDate: KeyDateSlot | null;
  holiday: string | null;
}

interface Pair {
  date: string;
  time: string;
  /** wallMinutes(date, time), computed once. */
  wall: number;
}

export type ShortfallReason = 'blackout' | 'holiday' | 'gap' | 'capacity';

export interface Period {
  key: string;
  from: string;
  to: string;
  /** The whole period lies inside the range: only then are min and max checked. */
  full: boolean;
  /** How many slots the period should get (the target, pro-rated for a partial period). */
  quota: number;
  /** Why the period may have fewer slots than its minimum. */
  reasons: Set<ShortfallReason>;
}

export interface LineRules {
  line: EffectiveLine;
  from: string;
  to: string;
  isBlackout: (date: string) => boolean;
  /** Holiday name of a local date, if any. */
  holiday: (date: string) => string | undefined;
  skipHolidays: boolean;
}

export interface KeyDateRefusal {
  keyDate: KeyDateSlot;
  reason: 'blackout' | 'full' | 'gap' | 'holiday';
}

export interface LinePlacement {
  drafts: Draft[];
  periods: Period[];
  refusedKeyDates: KeyDateRefusal[];
}

interface Bounds {
  key: string;
  from: string;
  to: string;
  /** Day numbers of the whole period (a week may run past 9999-12-31; its dates are clamped to the last day). */
  first: number;
  last: number;
}

type Unit = EffectiveLine['frequency']['unit'];

function periodBounds(unit: Unit, day: number): Bounds {
  let first = day;
  let last = day;
  if (unit === 'per_week') {
    first = weekStartDay(day);
    last = first + 6;
  } else if (unit === 'per_month') {
    const [y, m] = dayToCivil(day);
    first = civilToDay(y, m, 1);
    last = first + daysInMonthOf(y, m) - 1;
  }
  const from = fromDayNumber(Math.max(first, FIRST_DAY));
  return { key: periodKeyOf(unit, first), from, to: fromDayNumber(Math.min(last, LAST_DAY)), first, last };
}

/** The key of the period holding `day` (its first day, or YYYY-MM for a month), without its bounds. */
function periodKeyOf(unit: Unit, day: number): string {
  if (unit === 'per_week') return fromDayNumber(weekStartDay(day));
  if (unit === 'per_month') {
    const [y, m] = dayToCivil(day);
    return fromDayNumber(civilToDay(y, m, 1)).slice(0, 7);
  }
  return fromDayNumber(day);
}

/**
 * Slots already taken, to check `min_gap_hours` on the wall clock in constant
 * time. Every slot is placed only where it fits, so taken slots lie at least
 * the gap apart (a minute, when the gap is 0: never two at the same time):
 * cut the wall clock into buckets one gap wide, each holds at most one slot,
 * and a slot closer than the gap can only sit in its own bucket or the two
 * next to it.
 */
class GapIndex {
  private readonly buckets = new Map<number, number[]>();
  private readonly width: number;

  constructor(gapMinutes: number) {
    this.width = Math.max(1, gapMinutes);
  }

  fits(date: string, time: string): boolean {
    return this.fitsWall(wallMinutes(date, time));
  }

  fitsWall(wall: number): boolean {
    const bucket = Math.floor(wall / this.width);
    for (let b = bucket - 1; b <= bucket + 1; b += 1) {
      const list = this.buckets.get(b);
      if (list === undefined) continue;
      for (const other of list) {
        if (Math.abs(other - wall) < this.width) return false;
      }
    }
    return true;
  }

  add(wall: number): void {
    const bucket = Math.floor(wall / this.width);
    const list = this.buckets.get(bucket);
    if (list) list.push(wall);
    else this.buckets.set(bucket, [wall]);
  }
}

/**
 * The first index from `start` on (or down, with `step` −1) whose item passes
 * `ok`, in amortised near-constant time: an item that fails once fails for
 * good (a pair the gap refuses stays refused as slots are added), so each is
 * tested until it fails, then skipped through a path-compressed link.
 */
class NextFree {
  private readonly link: Int32Array;

  constructor(private readonly size: number, private readonly step: 1 | -1, private readonly ok: (index: number) => boolean) {
    // Slot i + 1 of `link` is index i; 0 and size + 1 are the sentinels past both ends.
    this.link = new Int32Array(size + 2);
    for (let i = 0; i < size + 2; i += 1) this.link[i] = i;
  }

  find(start: number): number | undefined {
    let at = start + 1;
    for (;;) {
      at = this.root(at);
      if (at === 0 || at === this.size + 1) return undefined;
      if (this.ok(at - 1)) return at - 1;
      this.link[at] = at + this.step;
    }
  }

  private root(at: number): number {
    let r = at;
    while (this.link[r] !== r) r = this.link[r]!;
    while (this.link[at] !== r) {
      const next = this.link[at]!;
      this.link[at] = r;
      at = next;
    }
    return r;
  }
}

/** Indexes of `count` items spread evenly over `size`, each in the middle of its share. */
export function spread(size: number, count: number): number[] {
  const n = Math.min(size, count);
  const out: number[] = [];
  for (let i = 0; i < n; i += 1) out.push(Math.floor(((i + 0.5) * size) / n));
  return out;
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
  const allowedByIndex = WEEKDAYS.map((weekday) => allowed.has(weekday));
  const minutes = times.map(minutesOfTime);
  const gaps = new GapIndex(Math.round(minGapHours * 60));
  const drafts: Draft[] = [];
  const countByPeriod = new Map<string, number>();
  const refusedKeyDates: KeyDateRefusal[] = [];

  const isAllowed = (day: number) => allowedByIndex[weekdayIndexOfDay(day)]!;
  const periodKey = (date: string) => periodKeyOf(unit, dayNumber(date));
  // A wall-clock stamp is its day number × 1440 plus the minutes of its time.
  const add = (date: string, time: string, wall: number, keyDate: KeyDateSlot | null): void => {
    const period = periodKeyOf(unit, Math.floor(wall / 1440));
    drafts.push({ date, time, wall, period, keyDate, holiday: rules.holiday(date) ?? null });
    gaps.add(wall);
    countByPeriod.set(period, (countByPeriod.get(period) ?? 0) + 1);
  };
  const addAt = (date: string, time: string, keyDate: KeyDateSlot | null) => add(date, time, wallMinutes(date, time), keyDate);

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
      if (moved) addAt(moved.date, moved.time, keyDate);
      else refusedKeyDates.push({ keyDate, reason: 'holiday' });
      continue;
    }
    const time = times.find((t) => gaps.fits(keyDate.date, t));
    if (time === undefined) refusedKeyDates.push({ keyDate, reason: 'gap' });
    else addAt(keyDate.date, time, keyDate);
  }

  const isSkipped = (date: string) => rules.skipHolidays && rules.holiday(date) !== undefined;
  const free = (p: Pair) => !isSkipped(p.date) && gaps.fitsWall(p.wall);
  const periods: Period[] = [];
  const fromDay = dayNumber(from);
  const toDay = dayNumber(to);
  let nextPost = 0;
  // Day numbers, not dates: the range may end on 9999-12-31, whose next day cannot be written.
  for (let cursor = fromDay; cursor <= toDay;) {
    const bounds = periodBounds(unit, cursor);
    const first = Math.max(bounds.first, fromDay);
    const last = Math.min(bounds.last, toDay);
    let allowedInFull = 0;
    for (let d = bounds.first; d <= bounds.last; d += 1) if (isAllowed(d)) allowedInFull += 1;
    // Day × time pairs in wall-clock order; each day's pairs start at a known index.
    const pairs: Pair[] = [];
    const dayStart = new Map<string, number>();
    let allowedInRange = 0;
    let blackout = false;
    for (let d = first; d <= last; d += 1) {
      const date = fromDayNumber(d);
      const closed = rules.isBlackout(date);
      blackout ||= closed;
      if (!isAllowed(d)) continue;
      allowedInRange += 1;
      if (closed) continue;
      dayStart.set(date, pairs.length);
      for (let i = 0; i < times.length; i += 1) pairs.push({ date, time: times[i]!, wall: d * 1440 + minutes[i]! });
    }
    const full = bounds.first >= fromDay && bounds.last <= toDay;
    const quota = allowedInFull === 0 ? 0 : Math.round((target * allowedInRange) / allowedInFull);
    const period: Period = { key: bounds.key, from: bounds.from, to: bounds.to, full, quota, reasons: new Set() };
    periods.push(period);
    if (blackout) period.reasons.add('blackout');

    const want = Math.max(0, quota - (countByPeriod.get(bounds.key) ?? 0));
    if (pairs.length < want) period.reasons.add('capacity');

    // Days that already have a post of this network get their slot first, up to
    // the period's max (not just its target): the plan follows the work done.
    const room = Math.max(0, max - (countByPeriod.get(bounds.key) ?? 0));
    const firstDate = fromDayNumber(first);
    const lastDate = fromDayNumber(last);
    let placed = 0;
    while (nextPost < posts.length && posts[nextPost]!.date < firstDate) nextPost += 1;
    for (; nextPost < posts.length && posts[nextPost]!.date <= lastDate; nextPost += 1) {
      const post = posts[nextPost]!;
      const start = dayStart.get(post.date);
      if (placed >= room || start === undefined) continue;
      const at = post.time === null ? 0 : minutesOfTime(post.time);
      // The free time nearest the post's, the earlier one on a tie.
      let nearest: number | undefined;
      for (let i = 0; i < times.length; i += 1) {
        if (!free(pairs[start + i]!)) continue;
        if (nearest === undefined || Math.abs(minutes[i]! - at) < Math.abs(minutes[nearest]! - at)) nearest = i;
      }
      if (nearest !== undefined) {
        const pair = pairs[start + nearest]!;
        add(pair.date, pair.time, pair.wall, null);
        placed += 1;
      }
    }
    const open = pairs.filter((p) => gaps.fitsWall(p.wall));
    const chosen = spread(open.length, Math.max(0, want - placed));
    const onHolidays: Pair[] = [];
    // Nearest free pair, later ones first, when the gap rules out the chosen one (built on first need).
    let later: NextFree | undefined;
    let earlier: NextFree | undefined;
    const isFree = (i: number) => free(open[i]!);
    for (const index of chosen) {
      const pair = open[index]!;
      if (isSkipped(pair.date)) {
        onHolidays.push(pair);
        continue;
      }
      later ??= new NextFree(open.length, 1, isFree);
      let found = later.find(index);
      if (found === undefined) {
        earlier ??= new NextFree(open.length, -1, isFree);
        found = earlier.find(index - 1);
      }
      if (found !== undefined) add(open[found]!.date, open[found]!.time, open[found]!.wall, null);
      else period.reasons.add('gap');
    }
    // A slot moved off a holiday may land in another period: this one is short because of the holiday either way.
    if (onHolidays.length > 0) period.reasons.add('holiday');
    for (const pair of onHolidays) {
      const moved = nextDayInWeek(pair.date);
      if (moved) addAt(moved.date, moved.time, null);
    }
    cursor = last + 1;
  }

  /** Holiday policy `skip`: the next allowed day of the same week, without going over any period's max. */
  function nextDayInWeek(date: string): { date: string; time: string } | undefined {
    const day = dayNumber(date);
    const end = Math.min(weekStartDay(day) + 6, dayNumber(to));
    const current = periodKey(date);
    for (let n = day + 1; n <= end; n += 1) {
      const d = fromDayNumber(n);
      if (!isAllowed(n) || rules.isBlackout(d) || rules.holiday(d) !== undefined) continue;
      const key = periodKeyOf(unit, n);
      if (key !== current && (countByPeriod.get(key) ?? 0) >= max) continue;
      const time = times.find((t) => gaps.fits(d, t));
      if (time !== undefined) return { date: d, time };
    }
    return undefined;
  }

  drafts.sort((a, b) => a.wall - b.wall);
  return { drafts, periods, refusedKeyDates };
}

