import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';
import { ruleTester } from './tester.js';

// 2027-01-11 is a Monday.
const at = (date: string, status = 'ready') => post({ date, status }, 'Texte');

const lines = { linkedin: { frequency: { per_week: { min: 1, max: 2 } } } };

const window = { from: '2027-01-11', to: '2027-01-24' };

ruleTester('frequency-min', {
  valid: [
    { name: 'passes a window where every week has a post', files: { 'a.md': at('2027-01-12T08:30'), 'b.md': at('2027-01-19T08:30') }, scenario: { lines, window } },
  ],
  invalid: [
    { name: 'flags a week with too few posts at the line’s frequency key', files: { 'a.md': at('2027-01-12T08:30') }, scenario: { lines, window }, errors: [{
          file: 'charter/networks/linkedin.yaml', ruleId: 'frequency-min', line: 20, column: 1, severity: 'warning',
          message: '0 LinkedIn post(s) in the week of 2027-01-18, the line asks for at least 1 a week',
        }] },
  ],
});

describe('frequency-min', () => {
  it('asks nothing of the days a per-day line does not publish on', () => {
    const daily = { linkedin: { frequency: { per_day: { min: 1, max: 1 }, days: ['mon', 'tue'] } } };
    const found = lintRule('frequency-min', { 'a.md': at('2027-01-11T08:30') }, { lines: daily, window: { from: '2027-01-11', to: '2027-01-17' } });
    expect(found.map((f) => f.message)).toEqual(['0 LinkedIn post(s) on 2027-01-12, the line asks for at least 1 a day']);
  });
});
