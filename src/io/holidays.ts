import type { Holiday } from '../core/planner/types.js';
import { PRECOMPUTED_HOLIDAYS, type PrecomputedHolidays } from './holidays-data/index.js';

/**
 * Public holidays of a country (optionally a subdivision: FR-67, CA-QC) over a
 * range. Only `public` and `bank` days count: observances (Mother's Day,
 * Easter Sunday) are not days off. Islamic holidays start at the previous
 * sunset in the library; the holiday's own day is used.
 *
 * The common codes are precomputed for a span of years (src/io/holidays-data,
 * written by scripts/holidays-data.mjs from date-holidays itself): loading that
 * small JSON costs a fraction of date-holidays' 2 MB chunk. Any other code,
 * year or language goes to date-holidays.
 */
export async function holidaysFor(code: string, from: string, to: string, locale: string): Promise<Holiday[] | { unknown: string }> {
  const data = await precomputed(code, from, to, locale);
  if (data) return data.filter((holiday) => holiday.date >= from && holiday.date <= to);
  return holidaysFromLibrary(code, from, to, locale);
}

async function precomputed(code: string, from: string, to: string, locale: string): Promise<Holiday[] | undefined> {
  const span = PRECOMPUTED_HOLIDAYS.codes.includes(code) ? PRECOMPUTED_HOLIDAYS : undefined;
  if (!span || !span.locales.includes(locale)) return undefined;
  if (Number(from.slice(0, 4)) < span.from || Number(to.slice(0, 4)) > span.to) return undefined;
  const file = (await import(`./holidays-data/${code}.json`)) as { default: PrecomputedHolidays };
  return file.default[locale]?.map(([date, name]) => ({ date, name }));
}

/** The same list from date-holidays: any code it knows, any year, any language. */
export async function holidaysFromLibrary(code: string, from: string, to: string, locale: string): Promise<Holiday[] | { unknown: string }> {
  const { default: Holidays } = await import('date-holidays');
  const [country, subdivision] = code.split('-') as [string, string | undefined];
  const library = new Holidays();
  const countries = library.getCountries();
  if (!countries[country]) return { unknown: code };
  if (subdivision !== undefined && !library.getStates(country)?.[subdivision]) return { unknown: code };
  const calendar = new Holidays(country, subdivision ?? '', { languages: [locale], types: ['public', 'bank'] });
  const out: Holiday[] = [];
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year += 1) {
    for (const holiday of calendar.getHolidays(year, locale)) {
      const date = holiday.date.slice(0, 10);
      if ((holiday.type === 'public' || holiday.type === 'bank') && date >= from && date <= to) out.push({ date, name: holiday.name });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
}
