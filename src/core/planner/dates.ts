import { TZDate, tzOffset } from '@date-fns/tz';
import { DAY_MS, dayNumber, wallMinutes } from '../dates.js';

/** Local-date arithmetic lives in core/dates.ts; this module adds the zone. */
export * from '../dates.js';

const pad = (n: number) => String(n).padStart(2, '0');

const offsetTexts = new Map<number, string>();

/** ±hh:mm; a zone has few offsets, each written once. */
function offsetText(minutesEast: number): string {
  let text = offsetTexts.get(minutesEast);
  if (text === undefined) {
    const abs = Math.abs(minutesEast);
    text = `${minutesEast < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
    offsetTexts.set(minutesEast, text);
  }
  return text;
}

/** Kept and shared by every caller that asks for the same time near a change of offset: read only. */
export interface ZonedStart {
  /** Local date and time actually used (they differ from the asked ones only inside a DST gap). */
  readonly date: string;
  readonly time: string;
  /** ISO 8601 with the zone's offset, e.g. 2027-03-29T08:30:00+02:00. */
  readonly iso: string;
  /** Milliseconds since the epoch. */
  readonly instant: number;
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
  const offset = steadyOffset(date, timezone);
  if (offset !== undefined) return at(date, time, offset);
  // Near a change of offset: networks often share days and times, each is resolved through TZDate once.
  const key = `${timezone} ${date}T${time}`;
  let known = nearChange.get(key);
  if (known === undefined) nearChange.set(key, (known = exactStart(date, time, timezone)));
  return known;
}

const nearChange = new Map<string, ZonedStart>();

function exactStart(date: string, time: string, timezone: string): ZonedStart {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  const hours = Number(time.slice(0, 2));
  const minutes = Number(time.slice(3, 5));
  let t = new TZDate(y, m - 1, d, hours, minutes, timezone);
  const hourBefore = new TZDate(t.getTime() - 3_600_000, timezone);
  const before = localFields(hourBefore);
  if (before.date === date && before.time === time) t = hourBefore;
  const local = localFields(t);
  return at(local.date, local.time, wholeMinutes(t.getTimezoneOffset()));
}

/**
 * An offset in whole minutes, rounded to the nearest (half away from zero):
 * before standard time a zone keeps its local mean time, Paris +00:09:21 until
 * 1911, which ISO 8601 and RFC 5545 offsets (±hh:mm) cannot write. The instant
 * follows the rounded offset, so `start` and the instant always agree.
 */
export function wholeMinutes(offset: number): number {
  return Math.sign(offset) * Math.round(Math.abs(offset)) + 0;
}

/** A local date and time with its offset (minutes west, as getTimezoneOffset, whole). */
function at(date: string, time: string, offsetWest: number): ZonedStart {
  return { date, time, iso: `${date}T${time}:00${offsetText(-offsetWest)}`, instant: (wallMinutes(date, time) + offsetWest) * 60_000 };
}

/** Per zone, by day number (numbers hash faster than composed strings). */
const steady = new Map<string, Map<number, number | undefined>>();
const atMidnightUtc = new Map<string, Map<number, number>>();

function ofZone<V>(caches: Map<string, Map<number, V>>, timezone: string): Map<number, V> {
  let cache = caches.get(timezone);
  if (!cache) caches.set(timezone, (cache = new Map()));
  return cache;
}

/** The zone's offset (minutes east) at 00:00 UTC of a day number, from @date-fns/tz's Intl-backed tzOffset. */
function offsetAt(day: number, timezone: string, cache: Map<number, number>): number {
  let offset = cache.get(day);
  if (offset === undefined) {
    offset = tzOffset(timezone, new Date(day * DAY_MS));
    cache.set(day, offset);
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
  const known = ofZone(steady, timezone);
  const day = dayNumber(date);
  if (known.has(day)) return known.get(day);
  const offsets = ofZone(atMidnightUtc, timezone);
  const offset = offsetAt(day - 1, timezone, offsets);
  const same = [day, day + 1, day + 2].every((d) => offsetAt(d, timezone, offsets) === offset);
  const result = same ? wholeMinutes(-offset) : undefined;
  known.set(day, result);
  return result;
}
