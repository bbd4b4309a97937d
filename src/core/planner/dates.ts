import { TZDate, tzOffset } from '@date-fns/tz';
import { WEEKDAYS, type Weekday } from '../networks.js';

/**
 * Calendar arithmetic on local dates written YYYY-MM-DD. A local date has no
 * zone: it is counted as a day number (days since 1970-01-01), which is plain
 * calendar arithmetic, not an offset. Only `zonedStart` deals with the zone.
 */

const DAY_MS = 86_400_000;

// A year of plans on a dozen networks converts the same few hundred dates
// back and forth tens of thousands of times: both directions are memoised.
const numbers = new Map<string, number>();
const dates = new Map<number, string>();

export function dayNumber(date: string): number {
  let day = numbers.get(date);
  if (day === undefined) {
    day = Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS);
    numbers.set(date, day);
  }
  return day;
}

export function fromDayNumber(day: number): string {
  let date = dates.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    dates.set(day, date);
  }
  return date;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** 1970-01-01 was a Thursday: day 0 → index 3 in mon…sun. */
export function weekdayOfDay(day: number): Weekday {
  return WEEKDAYS[(((day + 3) % 7) + 7) % 7]!;
}

export function weekdayOf(date: string): Weekday {
  return weekdayOfDay(dayNumber(date));
}

/** Monday of the week holding `day` (weeks run Monday to Sunday). */
export function weekStartDay(day: number): number {
  return day - WEEKDAYS.indexOf(weekdayOfDay(day));
}

export function minutesOfTime(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * A wall-clock stamp in minutes. Gaps between slots are measured on the wall
 * clock, so a daily 08:30 slot with `min_gap_hours: 24` stays daily across a
 * DST change (the real interval is then 23 or 25 hours).
 */
export function wallMinutes(date: string, time: string): number {
  return dayNumber(date) * 1440 + minutesOfTime(time);
}

const pad = (n: number) => String(n).padStart(2, '0');

function offsetText(minutesEast: number): string {
  const sign = minutesEast < 0 ? '-' : '+';
  const abs = Math.abs(minutesEast);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

export interface ZonedStart {
  /** Local date and time actually used (they differ from the asked ones only inside a DST gap). */
  date: string;
  time: string;
  /** ISO 8601 with the zone's offset, e.g. 2027-03-29T08:30:00+02:00. */
  iso: string;
  /** Milliseconds since the epoch. */
  instant: number;
}

function localFields(t: TZDate): { date: string; time: string } {
  return {
    date: `${t.getFullYear()}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`,
    time: `${pad(t.getHours())}:${pad(t.getMinutes())}`,
  };
}

/**
 * The instant of a local wall-clock time in an IANA zone (tz rules from the
 * runtime's ICU, through @date-fns/tz). A time that does not exist (spring
 * forward) moves forward by the gap; a time that happens twice (fall back)
 * takes its first occurrence, as RFC 5545 readers do.
 */
export function zonedStart(date: string, time: string, timezone: string): ZonedStart {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const hours = Number(time.slice(0, 2));
  const minutes = Number(time.slice(3, 5));
  const offset = steadyOffset(date, timezone);
  if (offset !== undefined) {
    return { date, time, iso: `${date}T${time}:00${offsetText(-offset)}`, instant: Date.UTC(y, m - 1, d, hours, minutes) + offset * 60_000 };
  }
  let t = new TZDate(y, m - 1, d, hours, minutes, timezone);
  const hourBefore = new TZDate(t.getTime() - 3_600_000, timezone);
  const before = localFields(hourBefore);
  if (before.date === date && before.time === time) t = hourBefore;
  const local = localFields(t);
  return {
    ...local,
    iso: `${local.date}T${local.time}:00${offsetText(-t.getTimezoneOffset())}`,
    instant: t.getTime(),
  };
}

const steady = new Map<string, number | undefined>();
const atMidnightUtc = new Map<string, number>();

/** The zone's offset (minutes east) at 00:00 UTC of a day number, from @date-fns/tz's Intl-backed tzOffset. */
function offsetAt(day: number, timezone: string): number {
  const key = `${timezone} ${day}`;
  let offset = atMidnightUtc.get(key);
  if (offset === undefined) {
    offset = tzOffset(timezone, new Date(day * DAY_MS));
    atMidnightUtc.set(key, offset);
  }
  return offset;
}

/**
 * The zone's offset (minutes west, as getTimezoneOffset) when it cannot
 * change during the local day: the local day lies between 00:00 UTC the day
 * before and 00:00 UTC two days later for any offset up to ±14 h, and the
 * offset is the same at the four midnights around it. Undefined near a DST
 * change: those days take the exact path through TZDate.
 */
function steadyOffset(date: string, timezone: string): number | undefined {
  const key = `${timezone} ${date}`;
  if (steady.has(key)) return steady.get(key);
  const day = dayNumber(date);
  const offset = offsetAt(day - 1, timezone);
  const same = [day, day + 1, day + 2].every((d) => offsetAt(d, timezone) === offset);
  const result = same ? -offset : undefined;
  steady.set(key, result);
  return result;
}
