import { describe, expect, it } from 'vitest';
import { holidaysFor, holidaysFromLibrary } from '../../../src/io/holidays.js';
import { PRECOMPUTED_HOLIDAYS } from '../../../src/io/holidays-data/index.js';

describe('public holidays from date-holidays', () => {
  it('France 2027: public days only, in French, no observances', async () => {
    const holidays = await holidaysFor('FR', '2027-01-01', '2027-12-31', 'fr');
    expect(Array.isArray(holidays) && holidays.map((h) => h.date)).toEqual([
      '2027-01-01', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-08', '2027-05-17',
      '2027-07-14', '2027-08-15', '2027-11-01', '2027-11-11', '2027-12-25',
    ]);
    expect(Array.isArray(holidays) && holidays[0]).toEqual({ date: '2027-01-01', name: 'Nouvel An' });
  });

  it('a subdivision adds its own days (Alsace-Moselle: Good Friday, 26 December) and the range cuts', async () => {
    const holidays = await holidaysFor('FR-67', '2027-03-01', '2027-12-31', 'fr');
    const dates = Array.isArray(holidays) ? holidays.map((h) => h.date) : [];
    expect(dates).toContain('2027-03-26');
    expect(dates).toContain('2027-12-26');
    expect(dates).not.toContain('2027-01-01');
  });

  it('Quebec in English, and the range may span years', async () => {
    const holidays = await holidaysFor('CA-QC', '2026-12-20', '2027-01-10', 'en');
    expect(holidays).toEqual([
      { date: '2026-12-25', name: 'Christmas Day' },
      { date: '2027-01-01', name: "New Year's Day" },
    ]);
  });

  it('an unknown country or subdivision is reported, not ignored', async () => {
    expect(await holidaysFor('ZZ', '2027-01-01', '2027-12-31', 'en')).toEqual({ unknown: 'ZZ' });
    expect(await holidaysFor('FR-99', '2027-01-01', '2027-12-31', 'en')).toEqual({ unknown: 'FR-99' });
  });
});

describe('precomputed holidays (src/io/holidays-data) equal date-holidays', () => {
  const codes = [...PRECOMPUTED_HOLIDAYS.codes];
  const years = Array.from({ length: PRECOMPUTED_HOLIDAYS.to - PRECOMPUTED_HOLIDAYS.from + 1 }, (_, i) => PRECOMPUTED_HOLIDAYS.from + i);

  it('covers FR, BE, CA-ON, CA-QC, CH, SN, US and DE-BY over 2025–2035 in fr and en', () => {
    for (const code of ['FR', 'BE', 'CA-ON', 'CA-QC', 'CH', 'SN', 'US', 'DE-BY']) expect(codes).toContain(code);
    expect(PRECOMPUTED_HOLIDAYS.from).toBeLessThanOrEqual(2025);
    expect(PRECOMPUTED_HOLIDAYS.to).toBeGreaterThanOrEqual(2035);
    expect([...PRECOMPUTED_HOLIDAYS.locales].sort()).toEqual(['en', 'fr']);
  });

  it.each(codes)('%s: every year, in both languages, and ranges across years', async (code) => {
    for (const locale of PRECOMPUTED_HOLIDAYS.locales) {
      for (const year of years) {
        expect(await holidaysFor(code, `${year}-01-01`, `${year}-12-31`, locale)).toEqual(await holidaysFromLibrary(code, `${year}-01-01`, `${year}-12-31`, locale));
      }
      const ranges: [string, string][] = [[`${years[0]}-01-01`, `${years.at(-1)}-12-31`], ['2026-12-20', '2027-01-10'], ['2030-05-01', '2030-05-31'], ['2031-04-01', '2033-06-30']];
      for (const [from, to] of ranges) expect(await holidaysFor(code, from, to, locale)).toEqual(await holidaysFromLibrary(code, from, to, locale));
    }
  });

  it('other codes, years and languages still come from date-holidays', async () => {
    expect(await holidaysFor('FR', '2040-01-01', '2040-12-31', 'fr')).toEqual(await holidaysFromLibrary('FR', '2040-01-01', '2040-12-31', 'fr'));
    expect(await holidaysFor('FR', '2023-12-20', '2024-01-10', 'en')).toEqual(await holidaysFromLibrary('FR', '2023-12-20', '2024-01-10', 'en'));
    expect(await holidaysFor('JP', '2027-01-01', '2027-12-31', 'en')).toEqual(await holidaysFromLibrary('JP', '2027-01-01', '2027-12-31', 'en'));
    expect(await holidaysFor('BE', '2027-01-01', '2027-12-31', 'de')).toEqual(await holidaysFromLibrary('BE', '2027-01-01', '2027-12-31', 'de'));
  });
});
