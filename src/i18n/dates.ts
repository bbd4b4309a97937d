import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { fr } from 'date-fns/locale/fr';
import type { Locale } from './index.js';

const LOCALES = { en: enGB, fr } as const;

/** A local date YYYY-MM-DD as a Date at local midnight of this machine: format() reads it back unchanged. */
function localDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** Formats a local date (YYYY-MM-DD) with a date-fns pattern in the user's language. */
export function formatDate(date: string, pattern: string, locale: Locale): string {
  return format(localDate(date), pattern, { locale: LOCALES[locale] });
}

/** « mar. 12 janv. » in French, "Tue 12 Jan" in English. */
export function shortDay(date: string, locale: Locale): string {
  return formatDate(date, 'EEE d MMM', locale);
}

/** « Janvier 2027 », "January 2027". */
export function monthTitle(month: string, locale: Locale): string {
  const text = formatDate(`${month}-01`, 'LLLL yyyy', locale);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Weekday names Monday first: "Mon" / « lun. », or long names. */
export function weekdayNames(locale: Locale, width: 'short' | 'long' = 'short'): string[] {
  // 2027-01-04 is a Monday.
  return Array.from({ length: 7 }, (_, i) => formatDate(`2027-01-${String(4 + i).padStart(2, '0')}`, width === 'short' ? 'EEE' : 'EEEE', locale));
}

/** « 1er » in French for the first of a month, the day number otherwise. */
function dayOfMonth(date: string, locale: Locale): string {
  const day = String(Number(date.slice(8, 10)));
  return locale === 'fr' && day === '1' ? '1er' : day;
}

/**
 * A range of local dates as a person writes it: « du 4 au 31 janvier 2027 »,
 * « du 28 décembre 2026 au 3 janvier 2027 », "4 to 31 January 2027",
 * "28 December 2026 to 3 January 2027"; one day alone: « le 4 janvier 2027 ».
 */
export function dateRange(from: string, to: string, locale: Locale): string {
  const [sameYear, sameMonth] = [from.slice(0, 4) === to.slice(0, 4), from.slice(0, 7) === to.slice(0, 7)];
  const end = `${dayOfMonth(to, locale)} ${formatDate(to, 'LLLL yyyy', locale)}`;
  if (from === to) return locale === 'fr' ? `le ${end}` : end;
  const start = `${dayOfMonth(from, locale)}${sameMonth ? '' : ` ${formatDate(from, 'LLLL', locale)}`}${sameYear ? '' : ` ${formatDate(from, 'yyyy', locale)}`}`;
  return locale === 'fr' ? `du ${start} au ${end}` : `${start} to ${end}`;
}

/** « 1er janv. », « 29 mars », "1 Jan". */
export function shortDate(date: string, locale: Locale): string {
  return `${dayOfMonth(date, locale)} ${formatDate(date, 'MMM', locale)}`;
}
