import { describe, expect, it } from 'vitest';
import { holidaysFor } from '../../../src/io/holidays.js';

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
