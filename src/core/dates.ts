import { WEEKDAYS, type Weekday } from './networks.js';

/**
 * Calendar arithmetic on local dates written YYYY-MM-DD. A local date has no
 * zone: it is counted as a day number (days since 1970-01-01), which is plain
 * calendar arithmetic, not an offset. The zone is dealt with in planner/dates.ts (`zonedStart`).
 */

export const DAY_MS = 86_400_000;

/**
 * The dates edito reads and writes: years 0001 to 9999, both ends included
 * (docs/plan.md, "Bounds"), on the proleptic Gregorian calendar. A date is
 * turned into a day number by plain arithmetic, never through `Date.UTC`,
 * which maps years 0–99 to 1900–1999.
 */
export const FIRST_DATE = '0001-01-01';
export const LAST_DATE = '9999-12-31';

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function civilToDay(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The date of a day number (civil_from_days), as [year, month, day]. */
export function dayToCivil(day: number): [number, number, number] {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** Whether y-m-d is a day of the calendar in the supported years (0001–9999). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || y < 1 || y > 9999 || !(m >= 1 && m <= 12) || !(d >= 1 && d <= 31)) return false;
  const [y2, m2, d2] = dayToCivil(civilToDay(y, m, d));
  return y2 === y && m2 === m && d2 === d;
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonthOf(y: number, m: number): number {
  return (m === 12 ? civilToDay(y + 1, 1, 1) : civilToDay(y, m + 1, 1)) - civilToDay(y, m, 1);
}

// A year of plans on a dozen networks converts the same few hundred dates
// back and forth tens of thousands of times: both directions are memoised.
const numbers = new Map<string, number>();
const dates = new Map<number, string>();

export function dayNumber(date: string): number {
  let day = numbers.get(date);
  if (day === undefined) {
    day = civilToDay(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
    numbers.set(date, day);
  }
  return day;
}

/** Day number of the first and last supported dates: loops over days stop on numbers, never on a date past 9999-12-31. */
export const FIRST_DAY = dayNumber(FIRST_DATE);
export const LAST_DAY = dayNumber(LAST_DATE);

/**
 * YYYY-MM-DD of a day number. Outside 0001–9999 the year is still written
 * with its digits (e.g. 10000-01-01), but no caller asks for one: loops over
 * days compare day numbers and stop at the last day.
 */
export function fromDayNumber(day: number): string {
  let date = dates.get(day);
  if (date === undefined) {
    const [y, m, d] = dayToCivil(day);
    date = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    dates.set(day, date);
  }
  return date;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** 1970-01-01 was a Thursday: day 0 → index 3 in mon…sun. */
export function weekdayOfDay(day: number): Weekday {
  return WEEKDAYS[weekdayIndexOfDay(day)]!;
}

/** 0 for Monday … 6 for Sunday, of a day number. */
export function weekdayIndexOfDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function weekdayOf(date: string): Weekday {
  return weekdayOfDay(dayNumber(date));
}

/** Monday of the week holding `day` (weeks run Monday to Sunday). */
export function weekStartDay(day: number): number {
  return day - weekdayIndexOfDay(day);
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

/** 0 for Monday … 6 for Sunday. */
export function weekdayIndex(date: string): number {
  return weekdayIndexOfDay(dayNumber(date));
}

/** The Monday of the week holding `date`. */
export function mondayOf(date: string): string {
  return fromDayNumber(weekStartDay(dayNumber(date)));
}
