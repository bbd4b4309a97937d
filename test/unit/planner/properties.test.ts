import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, fromDayNumber, wallMinutes, weekStartDay, weekdayOf } from '../../../src/core/planner/dates.js';
import { WEEKDAYS } from '../../../src/core/networks.js';
import type { EditorialLine } from '../../../src/core/schemas/files.js';
import type { Plan } from '../../../src/core/planner/types.js';
import { run, workspace } from './build.js';

const TIMES = ['06:00', '07:30', '08:30', '09:00', '11:00', '12:30', '14:00', '17:30', '20:00', '22:45'];
const UNITS = { per_day: 4, per_week: 8, per_month: 20 } as const;
const START = dayNumber('2027-01-01');

const lineArb = fc
  .record({
    unit: fc.constantFrom('per_day', 'per_week', 'per_month' as const),
    a: fc.nat(20),
    b: fc.nat(20),
    c: fc.nat(20),
    days: fc.subarray([...WEEKDAYS], { minLength: 1 }),
    times: fc.subarray(TIMES, { minLength: 1 }),
    gap: fc.oneof(fc.constantFrom(0, 2, 12, 24, 48), fc.integer({ min: 0, max: 80 })),
    weights: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 0, maxLength: 4 }),
  })
  .map(({ unit, a, b, c, days, times, gap, weights }) => {
    const [min, target, max] = [a % (UNITS[unit] + 1), b % (UNITS[unit] + 1), c % (UNITS[unit] + 1)].sort((x, y) => x - y) as [number, number, number];
    const line: EditorialLine = {
      network: 'x',
      themes: weights.map((weight, i) => ({ id: `t${i}`, weight })),
      frequency: { [unit]: { min, max, target }, days, times, min_gap_hours: gap },
    };
    return { line, unit, min, max, days, times, gap };
  });

const rangeArb = fc.record({ start: fc.nat(400), length: fc.integer({ min: 1, max: 120 }) }).map(({ start, length }) => ({
  from: fromDayNumber(START + start),
  to: fromDayNumber(START + start + length - 1),
}));

const spanArb = fc.record({ at: fc.nat(520), length: fc.integer({ min: 1, max: 10 }) }).map(({ at, length }) => ({
  from: fromDayNumber(START + at),
  to: fromDayNumber(START + at + length - 1),
}));

const caseArb = fc.record({
  line: lineArb,
  range: rangeArb,
  blackouts: fc.array(spanArb, { maxLength: 2 }),
  holidays: fc.uniqueArray(fc.nat(520).map((d) => fromDayNumber(START + d)), { maxLength: 6 }),
  policy: fc.constantFrom('skip', 'mark' as const),
  timezone: fc.constantFrom('Europe/Paris', 'America/Toronto', 'Asia/Kolkata', 'UTC'),
  posts: fc.array(fc.record({ day: fc.nat(520), time: fc.option(fc.constantFrom(...TIMES, '10:10'), { nil: undefined }) }), { maxLength: 12 }),
});

function periodOf(unit: string, date: string): { from: string; to: string } {
  if (unit === 'per_day') return { from: date, to: date };
  if (unit === 'per_week') {
    const monday = weekStartDay(dayNumber(date));
    return { from: fromDayNumber(monday), to: fromDayNumber(monday + 6) };
  }
  const [y, m] = date.split('-').map(Number) as [number, number];
  return { from: `${date.slice(0, 7)}-01`, to: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10) };
}

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function planFor(c: Case): Plan {
  const ws = workspace({
    timezone: c.timezone,
    lines: [c.line.line],
    keyDates: { holidays: { policy: c.policy }, blackout: c.blackouts.map((b) => ({ ...b, reason: 'closed' })) },
    posts: c.posts.map((p, i) => {
      const date = fromDayNumber(START + p.day);
      return { file: `posts/${String(i).padStart(2, '0')}.md`, meta: { network: 'x', date: p.time ? `${date}T${p.time}` : date } };
    }),
  });
  return run(ws, c.range, c.holidays.map((date) => ({ date, name: `H ${date}` })));
}

describe('planner properties over random lines, ranges and posts', () => {
  it('no slot outside the allowed days and times, in a blackout, on a skipped holiday, or closer than min_gap_hours', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const result = planFor(c);
        const walls: number[] = [];
        for (const slot of result.slots) {
          expect(slot.date >= c.range.from && slot.date <= c.range.to).toBe(true);
          expect(c.line.days).toContain(weekdayOf(slot.date));
          expect(c.line.times).toContain(slot.time);
          expect(c.blackouts.some((b) => b.from <= slot.date && slot.date <= b.to)).toBe(false);
          if (c.policy === 'skip') expect(c.holidays).not.toContain(slot.date);
          else expect(slot.holiday).toBe(c.holidays.includes(slot.date) ? `H ${slot.date}` : null);
          walls.push(wallMinutes(slot.date, slot.time));
        }
        walls.sort((a, b) => a - b);
        for (let i = 1; i < walls.length; i += 1) {
          expect(walls[i]! - walls[i - 1]!).toBeGreaterThanOrEqual(Math.max(1, c.line.gap * 60));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every whole week/month/day holds between min and max slots, or a warning says why not', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const result = planFor(c);
        const { unit, min, max } = c.line;
        const seen = new Map<string, number>();
        for (const slot of result.slots) {
          const p = periodOf(unit, slot.date);
          seen.set(p.from, (seen.get(p.from) ?? 0) + 1);
        }
        for (let d = c.range.from; d <= c.range.to; d = fromDayNumber(dayNumber(d) + 1)) {
          const p = periodOf(unit, d);
          if (p.from !== d && d !== c.range.from) continue;
          if (p.from < c.range.from || p.to > c.range.to) continue;
          if (unit === 'per_day' && !c.line.days.includes(weekdayOf(d))) continue;
          const count = seen.get(p.from) ?? 0;
          expect(count).toBeLessThanOrEqual(max);
          if (count >= min) continue;
          const explained = result.warnings.some((w) =>
            w.code === 'capacity'
            || (w.code === 'under-min' && w.period?.from === p.from)
            || (w.code === 'blackout' && w.period!.from <= p.to && w.period!.to >= p.from));
          expect(explained, `${count} < ${min} in ${p.from}..${p.to}`).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('each theme share stays within ±1 slot of its weight', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const result = planFor(c);
        const themes = c.line.line.themes ?? [];
        const total = themes.reduce((sum, t) => sum + t.weight, 0);
        if (total === 0) return;
        for (const theme of themes) {
          const count = result.slots.filter((s) => s.theme === theme.id).length;
          expect(Math.abs(count - (theme.weight / total) * result.slots.length)).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every post in the range either fills one slot of its day or is listed as unplanned', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const result = planFor(c);
        const inRange = c.posts.map((p) => fromDayNumber(START + p.day)).filter((d) => d >= c.range.from && d <= c.range.to);
        const filled = result.slots.filter((s) => s.post !== null);
        expect(filled.length + result.unplanned.length).toBe(inRange.length);
        expect(new Set(filled.map((s) => s.post)).size).toBe(filled.length);
        for (const slot of filled) {
          const post = c.posts[Number(slot.post!.slice(6, 8))]!;
          expect(fromDayNumber(START + post.day)).toBe(slot.date);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(fc.property(caseArb, (c) => {
      expect(JSON.stringify(planFor(c))).toBe(JSON.stringify(planFor(c)));
    }), { numRuns: 50 });
  });
});
