import { WEEKDAYS, type Weekday } from './networks.js';

/**
 * Calendar arithmetic on local dates written YYYY-MM-DD. A local date has no
 * zone: it is counted as a day number (days since 1970-01-01), which is plain
 * calendar arithmetic, not an offset. The zone is dealt with in planner/dates.ts (`zonedStart`).
 */

export const DAY_MS = 86_400_000;

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

/** 0 for Monday … 6 for Sunday. */
export function weekdayIndex(date: string): number {
  return WEEKDAYS.indexOf(weekdayOf(date));
}

/** The Monday of the week holding `date`. */
export function mondayOf(date: string): string {
  return fromDayNumber(weekStartDay(dayNumber(date)));
}
