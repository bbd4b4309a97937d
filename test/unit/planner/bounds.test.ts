import { describe, expect, it } from 'vitest';
import { isRealDate } from '../../../src/core/schemas/common.js';
import { FIRST_DAY, LAST_DAY, civilToDay, dayNumber, fromDayNumber, wholeMinutes, zonedStart } from '../../../src/core/planner/dates.js';
import { checkBounds, estimateSlots, maxRangeDays } from '../../../src/core/planner/bounds.js';
import { bucketsWithin } from '../../../src/core/rules/calendar.js';
import { linkedin, run, workspace } from './build.js';

describe('dates 0001-01-01 to 9999-12-31', () => {
  it('day numbers agree with Date set through setUTCFullYear, years 0001–0099 included', () => {
    for (const year of [1, 4, 99, 100, 1582, 1900, 1970, 2000, 2027, 9999]) {
      for (const [m, d] of [[1, 1], [2, 28], [12, 31]] as const) {
        const date = new Date(0);
        date.setUTCFullYear(year, m - 1, d);
        const day = Math.round(date.getTime() / 86_400_000);
        const text = `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        expect(dayNumber(text)).toBe(day);
        expect(fromDayNumber(day)).toBe(text);
      }
    }
    expect(LAST_DAY - FIRST_DAY + 1).toBe(3_652_059);
    expect(civilToDay(1970, 1, 1)).toBe(0);
  });

  it('a real date is a calendar day of years 0001–9999', () => {
    for (const ok of ['0001-01-01', '0004-02-29', '2000-02-29', '9999-12-31']) expect(isRealDate(ok)).toBe(true);
    for (const bad of ['0000-01-01', '0000-12-31', '1900-02-29', '0100-02-29', '2027-02-30', '2027-13-01']) expect(isRealDate(bad)).toBe(false);
  });

  it('lint buckets end on 9999-12-31, and never name a day after it', () => {
    expect(bucketsWithin('9999-12-25', '9999-12-31', 'per_day')).toHaveLength(7);
    expect(bucketsWithin('9999-11-01', '9999-12-31', 'per_month')).toEqual(['9999-11', '9999-12']);
    expect(bucketsWithin('9999-12-01', '9999-12-31', 'per_week').at(-1)).toBe('9999-12-20');
  });
});

describe('offsets in whole minutes', () => {
  it('Paris local mean time (+00:09:21) before 1911 is +00:09, and the instant follows it', () => {
    const start = zonedStart('1900-06-01', '12:00', 'Europe/Paris');
    expect(start.iso).toBe('1900-06-01T12:00:00+00:09');
    expect(start.instant).toBe(Date.UTC(1900, 5, 1, 11, 51));
    expect(zonedStart('0001-01-01', '08:30', 'Europe/Paris').iso).toBe('0001-01-01T08:30:00+00:09');
    // New York's local mean time was −04:56:02: −04:56.
    expect(zonedStart('1880-03-01', '09:00', 'America/New_York').iso).toBe('1880-03-01T09:00:00-04:56');
  });
  it('rounds to the nearest minute, half away from zero, and never writes −0', () => {
    expect([9.35, -9.35, 0.5, -0.5, -0.2, 59.5].map(wholeMinutes)).toEqual([9, -9, 1, -1, 0, 60]);
    expect(Object.is(wholeMinutes(-0.2), 0)).toBe(true);
  });
});

describe('plan limits, from the frequency rules alone', () => {
  const ws = workspace({ lines: [linkedin(), { network: 'x', frequency: { per_day: { min: 1, max: 3 }, days: ['mon', 'tue', 'wed', 'thu', 'fri'], times: ['08:00', '12:00', '18:00'] } }] });
  it('estimates at most max per period, capped by its day × time pairs, plus one per key date', () => {
    // 4 weeks of LinkedIn at 2 a week; 20 weekdays of X at 3 a day.
    expect(estimateSlots(ws, { from: '2027-01-04', to: '2027-01-31' })).toBe(4 * 2 + 20 * 3);
    expect(estimateSlots(ws, { from: '2027-01-04', to: '2027-01-31', networks: ['linkedin'] })).toBe(8);
    const monthly = workspace({ lines: [linkedin({ frequency: { per_month: { min: 1, max: 100 }, days: ['tue'], times: ['08:30'] } })], keyDates: { events: [{ name: 'Launch', date: '2027-01-12' }] } });
    expect(estimateSlots(monthly, { from: '2027-01-15', to: '2027-03-02' })).toBe(3 * 5 + 1);
  });
  it('is never below the slots the plan holds', () => {
    const result = run(ws, { from: '2027-01-04', to: '2027-03-28' });
    expect(result.slots.length).toBeLessThanOrEqual(estimateSlots(ws, { from: '2027-01-04', to: '2027-03-28' }));
  });
  it('refuses a range past N × 365.25 days, then a plan past the slot limit', () => {
    expect(maxRangeDays(10)).toBe(3653);
    expect(checkBounds(ws, { from: '2028-01-01', to: '2037-12-31' })).toBeUndefined();
    expect(checkBounds(ws, { from: '2028-01-01', to: '2038-01-01' })).toEqual({
      id: 'plan.range_too_long', params: { from: '2028-01-01', to: '2038-01-01', days: 3654, years: 10, max: 3653 },
    });
    expect(checkBounds(ws, { from: '2027-01-04', to: '2027-01-31' }, { maxYears: 10, maxSlots: 67 })).toEqual({ id: 'plan.too_many_slots', params: { slots: 68, max: 67 } });
  });
});

describe('placement over the last days of 9999', () => {
  it('a weekly line plans the week cut by 9999-12-31 and stops there', () => {
    const result = run(workspace({ lines: [linkedin({ frequency: { per_week: { min: 1, max: 2 }, days: ['mon', 'fri'], times: ['08:30'] } })] }), { from: '9999-12-20', to: '9999-12-31' });
    expect(result.slots.map((s) => s.date)).toEqual(['9999-12-20', '9999-12-24', '9999-12-27', '9999-12-31']);
  });
});

describe('a day the zone skips, in the core', () => {
  it('is one skipped-day warning per network and no slot, and a post dated that day is unplanned', () => {
    const ws = workspace({
      timezone: 'Pacific/Apia',
      lines: [{ network: 'x', frequency: { per_day: { min: 1, max: 1 }, times: ['08:30'], min_gap_hours: 20 } }],
      posts: [{ file: 'posts/2011-12-30-x.md', meta: { network: 'x', date: '2011-12-30T08:30' } }],
    });
    const result = run(ws, { from: '2011-12-29', to: '2011-12-31' });
    expect(result.slots.map((s) => s.start)).toEqual(['2011-12-29T08:30:00-10:00', '2011-12-31T08:30:00+14:00']);
    expect(result.warnings.filter((w) => w.code === 'skipped-day')).toEqual([expect.objectContaining({ network: 'x', date: '2011-12-30' })]);
    expect(result.unplanned).toEqual([{ post: 'posts/2011-12-30-x.md', network: 'x', date: '2011-12-30T08:30', time: '08:30', reason: 'no-slot', freeSlot: { date: '2011-12-29', time: '08:30' } }]);
  });
});
