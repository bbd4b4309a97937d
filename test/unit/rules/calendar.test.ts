import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';

// 2027-01-11 is a Monday.
const at = (date: string, status = 'ready') => post({ date, status }, 'Texte');

describe('frequency-max', () => {
  const lines = { linkedin: { frequency: { per_week: { min: 0, max: 2 } } } };
  it('passes two posts in a week', () => {
    expect(lintRule('frequency-max', { 'a.md': at('2027-01-12T08:30'), 'b.md': at('2027-01-17T08:30') }, { lines })).toEqual([]);
  });
  it('flags the third post of a Monday-to-Sunday week on its date line; ideas do not count', () => {
    const files = { 'a.md': at('2027-01-11T08:30'), 'b.md': at('2027-01-12T08:30'), 'c.md': at('2027-01-14T08:30'), 'd.md': at('2027-01-13T08:30', 'idea') };
    expect(lintRule('frequency-max', files, { lines })).toEqual([{
      file: 'c.md', ruleId: 'frequency-max', line: 3, column: 7, severity: 'error',
      message: '3 LinkedIn posts in the week of 2027-01-11, the line allows at most 2 a week',
    }]);
  });
});

describe('frequency-min', () => {
  const lines = { linkedin: { frequency: { per_week: { min: 1, max: 2 } } } };
  const window = { from: '2027-01-11', to: '2027-01-24' };
  it('passes a window where every week has a post', () => {
    expect(lintRule('frequency-min', { 'a.md': at('2027-01-12T08:30'), 'b.md': at('2027-01-19T08:30') }, { lines, window })).toEqual([]);
  });
  it('flags a week with too few posts at the line’s frequency key', () => {
    expect(lintRule('frequency-min', { 'a.md': at('2027-01-12T08:30') }, { lines, window })).toEqual([{
      file: 'charter/networks/linkedin.yaml', ruleId: 'frequency-min', line: 20, column: 1, severity: 'warning',
      message: '0 LinkedIn post(s) in the week of 2027-01-18, the line asks for at least 1 a week',
    }]);
  });
  it('asks nothing of the days a per-day line does not publish on', () => {
    const daily = { linkedin: { frequency: { per_day: { min: 1, max: 1 }, days: ['mon', 'tue'] } } };
    const found = lintRule('frequency-min', { 'a.md': at('2027-01-11T08:30') }, { lines: daily, window: { from: '2027-01-11', to: '2027-01-17' } });
    expect(found.map((f) => f.message)).toEqual(['0 LinkedIn post(s) on 2027-01-12, the line asks for at least 1 a day']);
  });
});

describe('gap-min', () => {
  const lines = { linkedin: { frequency: { per_week: { min: 0, max: 7 }, min_gap_hours: 24 } } };
  it('passes posts a day apart, across a DST change', () => {
    expect(lintRule('gap-min', { 'a.md': at('2027-03-27T08:30'), 'b.md': at('2027-03-28T09:30') }, { lines })).toEqual([]);
  });
  it('flags the later of two posts too close', () => {
    expect(lintRule('gap-min', { 'a.md': at('2027-01-12T08:30'), 'b.md': at('2027-01-12T18:00') }, { lines })).toEqual([{
      file: 'b.md', ruleId: 'gap-min', line: 3, column: 7, severity: 'warning',
      message: 'only 9.5 h after a.md; the line asks for 24 h between posts',
    }]);
  });
});

describe('day-allowed and time-allowed', () => {
  const lines = { linkedin: { frequency: { per_week: { min: 0, max: 7 }, days: ['tue', 'thu'], times: ['08:30'] } } };
  it('pass a post on an allowed day and time', () => {
    expect(lintRule('day-allowed', { 'a.md': at('2027-01-12T08:30') }, { lines })).toEqual([]);
    expect(lintRule('time-allowed', { 'a.md': at('2027-01-12T08:30') }, { lines })).toEqual([]);
  });
  it('flag another day and another time', () => {
    expect(lintRule('day-allowed', { 'a.md': at('2027-01-13T08:30') }, { lines })).toEqual([{
      file: 'a.md', ruleId: 'day-allowed', line: 3, column: 7, severity: 'warning', message: 'scheduled on a Wednesday, the line publishes on tue, thu',
    }]);
    expect(lintRule('time-allowed', { 'a.md': at('2027-01-12T09:00') }, { lines })[0]!.message).toBe('scheduled at 09:00, the line publishes at 08:30');
  });
  it('accept a time within the tolerance option, and check nothing when the line writes no days', () => {
    const charter = { rules: { 'time-allowed': ['warning', { tolerance: 30 }] as ['warning', unknown] } };
    expect(lintRule('time-allowed', { 'a.md': at('2027-01-12T09:00') }, { lines, charter })).toEqual([]);
    expect(lintRule('day-allowed', { 'a.md': at('2027-01-16T08:30') })).toEqual([]);
  });
});

describe('blackout', () => {
  const keyDates = { blackout: [{ from: '2027-01-20', to: '2027-01-22', reason: 'inventaire', networks: ['linkedin'] }] };
  it('passes a post outside the period, or of another network', () => {
    expect(lintRule('blackout', { 'a.md': at('2027-01-23T08:30') }, { keyDates })).toEqual([]);
  });
  it('flags a post inside the period', () => {
    expect(lintRule('blackout', { 'a.md': at('2027-01-21T08:30') }, { keyDates })).toEqual([{
      file: 'a.md', ruleId: 'blackout', line: 3, column: 7, severity: 'error', message: 'scheduled during the blackout from 2027-01-20 to 2027-01-22 (inventaire)',
    }]);
  });
});

describe('holiday', () => {
  const holidays = { '2027-05-01': 'Fête du travail' };
  it('passes a working day, and any day when the policy is mark', () => {
    expect(lintRule('holiday', { 'a.md': at('2027-05-03T08:30') }, { holidays })).toEqual([]);
    expect(lintRule('holiday', { 'a.md': at('2027-05-01T08:30') }, { holidays, keyDates: { holidays: { policy: 'mark' } } })).toEqual([]);
  });
  it('flags a post on a public holiday', () => {
    expect(lintRule('holiday', { 'a.md': at('2027-05-01T08:30') }, { holidays, locale: 'fr' })).toEqual([{
      file: 'a.md', ruleId: 'holiday', line: 3, column: 7, severity: 'warning', message: 'le 2027-05-01 est un jour férié (Fête du travail)',
    }]);
  });
});

describe('date-past', () => {
  it('passes a published past post and a future draft', () => {
    expect(lintRule('date-past', { 'a.md': at('2027-01-02T08:30', 'published'), 'b.md': at('2027-01-10T08:30', 'draft') }, { today: '2027-01-04' })).toEqual([]);
  });
  it('flags a past post not published', () => {
    expect(lintRule('date-past', { 'a.md': at('2027-01-03T08:30', 'scheduled') }, { today: '2027-01-04' })).toEqual([{
      file: 'a.md', ruleId: 'date-past', line: 3, column: 7, severity: 'warning', message: 'dated 2027-01-03, before today (2027-01-04), and still "scheduled"',
    }]);
  });
});

describe('status-ready', () => {
  it('passes a ready post due soon, and a draft due later', () => {
    expect(lintRule('status-ready', { 'a.md': at('2027-01-05T08:30', 'ready'), 'b.md': at('2027-01-07T08:30', 'draft') }, { today: '2027-01-04' })).toEqual([]);
  });
  it('flags a draft due within 2 days, and honours the days option', () => {
    expect(lintRule('status-ready', { 'a.md': at('2027-01-06T08:30', 'draft') }, { today: '2027-01-04' })).toEqual([{
      file: 'a.md', ruleId: 'status-ready', line: 3, column: 7, severity: 'error', message: 'due on 2027-01-06 (within 2 days) but still "draft": make it ready',
    }]);
    const charter = { rules: { 'status-ready': ['error', { days: 5 }] as ['error', unknown] } };
    expect(lintRule('status-ready', { 'a.md': at('2027-01-09T08:30', 'idea') }, { today: '2027-01-04', charter })).toHaveLength(1);
  });
  it('stays inside the --from/--to window', () => {
    expect(lintRule('status-ready', { 'a.md': at('2027-01-06T08:30', 'draft') }, { today: '2027-01-04', window: { from: '2027-01-10' } })).toEqual([]);
  });
});
