import type { Holiday } from '../core/planner/types.js';

/**
 * Public holidays of a country (optionally a subdivision: FR-67, CA-QC) over a
 * range, from date-holidays. Only `public` and `bank` days count: observances
 * (Mother's Day, Easter Sunday) are not days off. Islamic holidays start at
 * the previous sunset in the library; the holiday's own day is used.
 */
export async function holidaysFor(code: string, from: string, to: string, locale: string): Promise<Holiday[] | { unknown: string }> {
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
