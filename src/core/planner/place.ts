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
  reasons: ReadonlySet<ShortfallReason>;
}

/** The reasons of a period, in the order placement finds them, as bits while the period is placed. */
const REASONS = ['blackout', 'capacity', 'gap', 'holiday'] as const satisfies readonly ShortfallReason[];
const BIT = { blackout: 1, capacity: 2, gap: 4, holiday: 8 } as const satisfies Record<ShortfallReason, number>;
/** Most periods have no reason: they share one empty set. */
const NO_REASONS: ReadonlySet<ShortfallReason> = new Set();

function reasonsOf(bits: number): ReadonlySet<ShortfallReason> {
  return bits === 0 ? NO_REASONS : new Set(REASONS.filter((reason) => bits & BIT[reason]));
}

/**
 * Day × time pairs of a period in wall-clock order, in parallel arrays
 * emptied and refilled from one period to the next.
 */
class Pairs {
  readonly dates: string[] = [];
  readonly times: string[] = [];
  /** wallMinutes(date, time), computed once. */
  readonly walls: number[] = [];
  length = 0;

  clear(): void {
    this.length = 0;
  }

  push(date: string, time: string, wall: number): void {
    this.dates[this.length] = date;
    this.times[this.length] = time;
    this.walls[this.length] = wall;
    this.length += 1;
  }
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
  private readonly buckets = new Map<number, number>();
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
      const other = this.buckets.get(b);
      if (other !== undefined && Math.abs(other - wall) < this.width) return false;
    }
    return true;
  }

  /** Only a stamp that fits is added: its bucket is empty. */
  add(wall: number): void {
    this.buckets.set(Math.floor(wall / this.width), wall);
  }
}

/**
 * The first index from `start` on (or down, with `step` −1) whose item passes
 * `ok`, in amortised near-constant time: an item that fails once fails for
 * good (a pair the gap refuses stays refused as slots are added), so each is
 * tested until it fails, then skipped through a path-compressed link.
 */
class NextFree {
  private link = new Int32Array(0);
  private size = 0;

  constructor(private readonly step: 1 | -1, private readonly ok: (index: number) => boolean) {}

  /** Starts over on `size` items, none tested yet (the links are kept from one period to the next). */
  reset(size: number): void {
    if (this.link.length < size + 2) this.link = new Int32Array(Math.max(size + 2, this.link.length * 2));
    // Slot i + 1 of `link` is index i; 0 and size + 1 are the sentinels past both ends.
    for (let i = 0; i < size + 2; i += 1) this.link[i] = i;
    this.size = size;
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
  const pairs = new Pairs();
  const free = (i: number) => !isSkipped(pairs.dates[i]!) && gaps.fitsWall(pairs.walls[i]!);
  // The pairs of the period the gap leaves open (indexes into `pairs`), and the nearest free one, later ones first, when the gap rules out the chosen one.
  const open: number[] = [];
  const isFree = (k: number) => free(open[k]!);
  const later = new NextFree(1, isFree);
  const earlier = new NextFree(-1, isFree);
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
    pairs.clear();
    let allowedInRange = 0;
    let reasons = 0;
    for (let d = first; d <= last; d += 1) {
      const date = fromDayNumber(d);
      const closed = rules.isBlackout(date);
      if (closed) reasons |= BIT.blackout;
      if (!isAllowed(d)) continue;
      allowedInRange += 1;
      if (closed) continue;
      for (let i = 0; i < times.length; i += 1) pairs.push(date, times[i]!, d * 1440 + minutes[i]!);
    }
    const full = bounds.first >= fromDay && bounds.last <= toDay;
    const quota = allowedInFull === 0 ? 0 : Math.round((target * allowedInRange) / allowedInFull);

    const want = Math.max(0, quota - (countByPeriod.get(bounds.key) ?? 0));
    if (pairs.length < want) reasons |= BIT.capacity;

    // Days that already have a post of this network get their slot first, up to
    // the period's max (not just its target): the plan follows the work done.
    const room = Math.max(0, max - (countByPeriod.get(bounds.key) ?? 0));
    const lastDate = fromDayNumber(last);
    let placed = 0;
    if (nextPost < posts.length) {
      const firstDate = fromDayNumber(first);
      while (nextPost < posts.length && posts[nextPost]!.date < firstDate) nextPost += 1;
      // Each day's pairs start at a known index.
      const dayStart = new Map<string, number>();
      for (let i = 0; i < pairs.length; i += times.length) dayStart.set(pairs.dates[i]!, i);
      for (; nextPost < posts.length && posts[nextPost]!.date <= lastDate; nextPost += 1) {
        const post = posts[nextPost]!;
        const start = dayStart.get(post.date);
        if (placed >= room || start === undefined) continue;
        const at = post.time === null ? 0 : minutesOfTime(post.time);
        // The free time nearest the post's, the earlier one on a tie.
        let nearest: number | undefined;
        for (let i = 0; i < times.length; i += 1) {
          if (!free(start + i)) continue;
          if (nearest === undefined || Math.abs(minutes[i]! - at) < Math.abs(minutes[nearest]! - at)) nearest = i;
        }
        if (nearest !== undefined) {
          addPair(start + nearest);
          placed += 1;
        }
      }
    }
    open.length = 0;
    for (let i = 0; i < pairs.length; i += 1) if (gaps.fitsWall(pairs.walls[i]!)) open.push(i);
    const chosen = spread(open.length, Math.max(0, want - placed));
    const onHolidays: string[] = [];
    let laterReady = false;
    let earlierReady = false;
    for (const index of chosen) {
      const date = pairs.dates[open[index]!]!;
      if (isSkipped(date)) {
        onHolidays.push(date);
        continue;
      }
      if (!laterReady) later.reset(open.length);
      laterReady = true;
      let found = later.find(index);
      if (found === undefined) {
        if (!earlierReady) earlier.reset(open.length);
        earlierReady = true;
        found = earlier.find(index - 1);
      }
      if (found !== undefined) addPair(open[found]!);
      else reasons |= BIT.gap;
    }
    // A slot moved off a holiday may land in another period: this one is short because of the holiday either way.
    if (onHolidays.length > 0) reasons |= BIT.holiday;
    periods.push({ key: bounds.key, from: bounds.from, to: bounds.to, full, quota, reasons: reasonsOf(reasons) });
    for (const date of onHolidays) {
      const moved = nextDayInWeek(date);
      if (moved) addAt(moved.date, moved.time, null);
    }
    cursor = last + 1;
  }

  function addPair(i: number): void {
    add(pairs.dates[i]!, pairs.times[i]!, pairs.walls[i]!, null);
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

