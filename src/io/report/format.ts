import { WEEKDAYS, type Weekday } from '../../core/networks.js';
import { formatDate, weekdayNames } from '../../i18n/dates.js';
import type { Locale } from '../../i18n/index.js';

/** Numbers, percentages, points and dates the workspace locale's way: « 12,5 % », "12.5%". */
export interface Formats {
  number: (value: number | null, digits?: number) => string;
  percent: (value: number | null, digits?: number) => string;
  points: (value: number) => string;
  date: (date: string | null) => string;
  weekday: (day: string) => string;
}

const DASH = '—';

export function formats(locale: Locale): Formats {
  // Building an Intl formatter costs far more than using one: one per kind and precision.
  const cache = new Map<string, Intl.NumberFormat>();
  const formatter = (style: 'decimal' | 'percent', digits: number) => {
    const key = `${style}${digits}`;
    let made = cache.get(key);
    if (!made) cache.set(key, (made = new Intl.NumberFormat(locale, { style, maximumFractionDigits: digits })));
    return made;
  };
  const number = (value: number | null, digits = 1) => (value === null ? DASH : formatter('decimal', digits).format(value));
  const percent = (value: number | null, digits = 1) => (value === null ? DASH : formatter('percent', digits).format(value / 100));
  const names = weekdayNames(locale, 'short');
  const dates = new Map<string, string>();
  return {
    number,
    percent,
    points: (value) => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${number(Math.abs(value))} pt`,
    date: (date) => {
      if (date === null) return DASH;
      let shown = dates.get(date);
      if (shown === undefined) dates.set(date, (shown = formatDate(date, 'd MMM yyyy', locale)));
      return shown;
    },
    weekday: (day) => names[WEEKDAYS.indexOf(day as Weekday)] ?? day,
  };
}
