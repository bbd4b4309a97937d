import { isRealDate } from '../../core/schemas/common.js';
import { localDateTimeOf } from '../../core/init/dates.js';

const PLAIN = /^\d{1,15}$/;

/**
 * A count as exports write it: `1234`, `1,234` or `1.234` (thousands), `1 234`
 * (a French space, narrow or not), `12.5`; empty or `-` is no value (null).
 * Undefined when it is not a number.
 */
export function parseCount(raw: string): number | null | undefined {
  if (PLAIN.test(raw)) return Number(raw);
  let text = raw.trim().replace(/[\s\u00a0\u202f']/g, '');
  if (text === '' || text === '-' || text === '—') return null;
  if (/^-?\d{1,3}([,.])\d{3}(\1\d{3})*$/.test(text)) text = text.replace(/[,.]/g, '');
  else if (/^-?\d{1,3}(,\d{3})*\.\d+$/.test(text)) text = text.replace(/,/g, '');
  else if (/^-?\d{1,3}(\.\d{3})*,\d+$/.test(text)) text = text.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d+$/.test(text)) text = text.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  const value = Number(text);
  return value < 0 ? undefined : value;
}

export interface LocalStamp {
  date: string;
  time: string | null;
}

/** The generic CSV's own form, read without the general patterns: 2027-03-02 or 2027-03-02 08:30. */
const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})(?: ([01]\d|2[0-3]):([0-5]\d))?$/;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The order of a slashed date column (MM/DD or DD/MM): settled by a first or second part above 12, else US order. */
export function dateOrderOf(values: readonly string[], fallback: 'mdy' | 'dmy'): 'mdy' | 'dmy' {
  for (const value of values) {
    const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}/.exec(value);
    if (!m) continue;
    if (Number(m[1]) > 12) return 'dmy';
    if (Number(m[2]) > 12) return 'mdy';
  }
  return fallback;
}

// An export repeats the same few hundred days thousands of times.
const realDates = new Map<string, boolean>();

function stamp(y: number, m: number, d: number, time: string | null): LocalStamp | undefined {
  const date = `${y}-${pad(m)}-${pad(d)}`;
  let real = realDates.get(date);
  if (real === undefined) realDates.set(date, (real = isRealDate(date)));
  return real ? { date, time } : undefined;
}

function hhmm(h: string | undefined, min: string | undefined): string | null | undefined {
  if (h === undefined) return null;
  const hour = Number(h);
  return hour > 23 || Number(min) > 59 ? undefined : `${pad(hour)}:${min}`;
}

/**
 * A date (and time) as the exports write them, as a local date and time in
 * the workspace zone: `2027-03-02`, `2027-03-02 08:30` or `T08:30`, an ISO
 * instant with an offset or `Z` (converted to the zone), `03/27/2026 06:08`
 * (order given), `Tue, Jul 14, 2026`, `2020-02-10 18:00 +0000`, or an Excel
 * serial day number. Undefined when it is none of these.
 */
export function parseStamp(raw: string, order: 'mdy' | 'dmy', timezone: string): LocalStamp | undefined {
  const text = raw.trim();
  const plain = PLAIN_DATE.exec(text);
  if (plain) return stamp(Number(plain[1]), Number(plain[2]), Number(plain[3]), plain[4] === undefined ? null : `${plain[4]}:${plain[5]}`);
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
  if (m) {
    if (m[6] !== undefined && m[4] !== undefined) {
      const offset = m[6] === 'Z' ? 'Z' : `${m[6].slice(0, 3)}:${m[6].slice(-2)}`;
      const instant = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00${offset}`);
      return Number.isNaN(instant.getTime()) ? undefined : localDateTimeOf(instant, timezone);
    }
    const time = hhmm(m[4], m[5]);
    return time === undefined ? undefined : stamp(Number(m[1]), Number(m[2]), Number(m[3]), time);
  }
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp][Mm])?)?$/.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    let hour = m[4];
    if (hour !== undefined && m[6]) hour = String((Number(hour) % 12) + (/p/i.test(m[6]) ? 12 : 0));
    const time = hhmm(hour, m[5]);
    if (time === undefined) return undefined;
    return order === 'mdy' ? stamp(Number(m[3]), a, b, time) : stamp(Number(m[3]), b, a, time);
  }
  m = /^(?:[A-Za-z]{3},?\s+)?([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    return month === 0 ? undefined : stamp(Number(m[3]), month, Number(m[2]), null);
  }
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    const serial = Number(text);
    const instant = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86400) * 1000);
    const iso = instant.toISOString();
    return { date: iso.slice(0, 10), time: serial % 1 === 0 ? null : iso.slice(11, 16) };
  }
  return undefined;
}
