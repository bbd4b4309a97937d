import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveLines } from '../../../src/core/effective.js';
import { WEEKDAYS } from '../../../src/core/networks.js';
import { dayNumber, fromDayNumber, wallMinutes } from '../../../src/core/planner/dates.js';
import { placeLine, type KeyDateSlot, type LineRules } from '../../../src/core/planner/place.js';
import type { EditorialLine } from '../../../src/core/schemas/files.js';
import { placeLine as placeLineBefore } from './place-before.js';
import { workspace } from './build.js';

/** The placement before it was made near-linear (test/unit/planner/place-before.ts, the code of main): same results on every input. */

const TIMES = ['06:00', '07:30', '08:30', '09:00', '11:00', '12:30', '14:00', '17:30', '20:00', '22:45'];
const START = dayNumber('2027-01-01');
const day = (n: number) => fromDayNumber(START + n);

const caseArb = fc.record({
  unit: fc.constantFrom('per_day', 'per_week', 'per_month' as const),
  counts: fc.tuple(fc.nat(25), fc.nat(25), fc.nat(25)),
  days: fc.subarray([...WEEKDAYS], { minLength: 1 }),
  times: fc.subarray(TIMES, { minLength: 1 }),
  gap: fc.oneof(fc.constantFrom(0, 1, 2, 12, 24, 48), fc.integer({ min: 0, max: 200 })),
  start: fc.nat(400),
  length: fc.integer({ min: 1, max: 120 }),
  blackouts: fc.array(fc.record({ at: fc.nat(520), length: fc.integer({ min: 1, max: 10 }) }), { maxLength: 2 }),
  holidays: fc.uniqueArray(fc.nat(520), { maxLength: 6 }),
  skip: fc.boolean(),
  keyDates: fc.array(fc.record({ at: fc.nat(520), priority: fc.constantFrom('low', 'normal', 'high' as const) }), { maxLength: 4 }),
  posts: fc.array(fc.record({ at: fc.nat(520), time: fc.option(fc.constantFrom(...TIMES, '10:10'), { nil: null }) }), { maxLength: 12 }),
});

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function inputs(c: Case): [LineRules, KeyDateSlot[], { date: string; time: string | null }[]] {
  const [min, target, max] = [...c.counts].sort((a, b) => a - b) as [number, number, number];
  const line: EditorialLine = { network: 'x', frequency: { [c.unit]: { min, max, target }, days: c.days, times: c.times, min_gap_hours: c.gap } };
  const [effective] = effectiveLines(workspace({ lines: [line] }));
  const blackouts = c.blackouts.map((b) => ({ from: day(b.at), to: day(b.at + b.length - 1) }));
  const holidays = new Map(c.holidays.map((n) => [day(n), `H ${n}`]));
  const rules: LineRules = {
    line: effective!,
    from: day(c.start),
    to: day(c.start + c.length - 1),
    isBlackout: (date) => blackouts.some((b) => b.from <= date && date <= b.to),
    holiday: (date) => holidays.get(date),
    skipHolidays: c.skip,
  };
  const keyDates = c.keyDates.map((k, i) => ({ name: `K${i}`, date: day(k.at), theme: null, priority: k.priority }));
  const posts = c.posts.map((p) => ({ date: day(p.at), time: p.time })).sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? ''));
  return [rules, keyDates, posts];
}

describe('placement made near-linear in day × time pairs', () => {
  it('gives exactly the slots, periods and refusals of the placement before it, on random lines', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const [rules, keyDates, posts] = inputs(c);
        expect(placeLine(rules, keyDates, posts)).toEqual(placeLineBefore(rules, keyDates, posts));
      }),
      { numRuns: 400 },
    );
  });

  it('places the exact slots of a gap case: 48 times a day, a 5 h gap, 10 a day asked', () => {
    const times = Array.from({ length: 48 }, (_, i) => `${String(Math.floor(i / 2)).padStart(2, '0')}:${i % 2 ? '30' : '00'}`);
    const line: EditorialLine = { network: 'x', frequency: { per_day: { min: 1, max: 10 }, times, min_gap_hours: 5 } };
    const [effective] = effectiveLines(workspace({ lines: [line] }));
    const rules: LineRules = { line: effective!, from: '2027-01-04', to: '2027-01-05', isBlackout: () => false, holiday: () => undefined, skipHolidays: false };
    const { drafts, periods } = placeLine(rules, []);
    expect(placeLineBefore(rules, []).drafts).toEqual(drafts);
    // Spread picks pairs 2, 7, 12, 16… of 48 (01:00, 03:30, 06:00, 08:00…); each one the gap refuses
    // moves to the next free pair: 01:00, 06:00, 11:00, 16:00, 21:00. On the 5th, the pairs before
    // 02:00 are within 5 h of 21:00: spread runs over the 44 left and starts at their 3rd, 03:00.
    expect(drafts.map((d) => `${d.date} ${d.time}`)).toEqual([
      '2027-01-04 01:00', '2027-01-04 06:00', '2027-01-04 11:00', '2027-01-04 16:00', '2027-01-04 21:00',
      '2027-01-05 03:00', '2027-01-05 08:00', '2027-01-05 13:00', '2027-01-05 18:00', '2027-01-05 23:00',
    ]);
    expect(periods.map((p) => [p.key, [...p.reasons]])).toEqual([['2027-01-04', ['gap']], ['2027-01-05', ['gap']]]);
    for (let i = 1; i < drafts.length; i += 1) expect(wallMinutes(drafts[i]!.date, drafts[i]!.time) - drafts[i - 1]!.wall).toBeGreaterThanOrEqual(300);
  });
});
