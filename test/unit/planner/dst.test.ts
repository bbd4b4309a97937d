import { describe, expect, it } from 'vitest';
import type { EditorialLine } from '../../../src/core/schemas/files.js';
import { zonedStart } from '../../../src/core/planner/dates.js';
import { run, workspace } from './build.js';

const daily = (times: string[]): EditorialLine => ({
  network: 'x',
  frequency: { per_day: { min: 1, max: 1 }, days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], times, min_gap_hours: 24 },
});

const starts = (timezone: string, from: string, to: string, times = ['08:30']) =>
  run(workspace({ timezone, lines: [daily(times)] }), { from, to }).slots.map((s) => s.start);

describe('slot times across DST changes', () => {
  it('Europe/Paris, last Sunday of March: 08:30 stays 08:30, the offset changes', () => {
    expect(starts('Europe/Paris', '2027-03-27', '2027-03-29')).toEqual([
      '2027-03-27T08:30:00+01:00', '2027-03-28T08:30:00+02:00', '2027-03-29T08:30:00+02:00',
    ]);
  });

  it('Europe/Paris, last Sunday of October', () => {
    expect(starts('Europe/Paris', '2027-10-30', '2027-11-01')).toEqual([
      '2027-10-30T08:30:00+02:00', '2027-10-31T08:30:00+01:00', '2027-11-01T08:30:00+01:00',
    ]);
  });

  it('America/Toronto, second Sunday of March and first Sunday of November', () => {
    expect(starts('America/Toronto', '2027-03-13', '2027-03-15')).toEqual([
      '2027-03-13T08:30:00-05:00', '2027-03-14T08:30:00-04:00', '2027-03-15T08:30:00-04:00',
    ]);
    expect(starts('America/Toronto', '2027-11-06', '2027-11-08')).toEqual([
      '2027-11-06T08:30:00-04:00', '2027-11-07T08:30:00-05:00', '2027-11-08T08:30:00-05:00',
    ]);
  });

  it('a daily slot with min_gap_hours 24 stays daily over the 23-hour day (the gap is on the wall clock)', () => {
    expect(starts('Europe/Paris', '2027-03-22', '2027-04-04')).toHaveLength(14);
  });

  it('a time inside the spring-forward gap moves forward by the gap, with a warning', () => {
    const result = run(workspace({ lines: [daily(['02:30'])] }), { from: '2027-03-27', to: '2027-03-28' });
    expect(result.slots.map((s) => [s.date, s.time, s.start])).toEqual([
      ['2027-03-27', '02:30', '2027-03-27T02:30:00+01:00'],
      ['2027-03-28', '03:30', '2027-03-28T03:30:00+02:00'],
    ]);
    expect(result.warnings.map((w) => [w.code, w.date])).toEqual([['dst-gap', '2027-03-28']]);
  });

  it('a time that happens twice at fall back is its first occurrence (as RFC 5545 readers do)', () => {
    expect(zonedStart('2027-10-31', '02:30', 'Europe/Paris').iso).toBe('2027-10-31T02:30:00+02:00');
    expect(zonedStart('2027-11-07', '01:30', 'America/Toronto').iso).toBe('2027-11-07T01:30:00-04:00');
  });

  it('zones with half-hour offsets and without DST', () => {
    expect(zonedStart('2027-06-01', '09:00', 'Asia/Kolkata').iso).toBe('2027-06-01T09:00:00+05:30');
    expect(zonedStart('2027-06-01', '09:00', 'UTC').iso).toBe('2027-06-01T09:00:00+00:00');
    expect(zonedStart('2027-06-01', '09:00', 'Africa/Douala').instant).toBe(Date.UTC(2027, 5, 1, 8, 0));
  });
});
