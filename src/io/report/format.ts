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
  const number = (value: number | null, digits = 1) => (value === null ? DASH : new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value));
  const percent = (value: number | null, digits = 1) => (value === null ? DASH : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }).format(value / 100));
  const names = weekdayNames(locale, 'short');
  return {
    number,
    percent,
    points: (value) => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${number(Math.abs(value))} pt`,
    date: (date) => (date === null ? DASH : formatDate(date, 'd MMM yyyy', locale)),
    weekday: (day) => names[WEEKDAYS.indexOf(day as Weekday)] ?? day,
  };
}
