import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';
import { ruleTester } from './tester.js';

// 2027-01-11 is a Monday.
const at = (date: string, status = 'ready') => post({ date, status }, 'Texte');

ruleTester('status-ready', {
  valid: [
    { name: 'passes a ready post due soon, and a draft due later', files: { 'a.md': at('2027-01-05T08:30', 'ready'), 'b.md': at('2027-01-07T08:30', 'draft') }, scenario: { today: '2027-01-04' } },
    { name: 'stays inside the --from/--to window', files: { 'a.md': at('2027-01-06T08:30', 'draft') }, scenario: { today: '2027-01-04', window: { from: '2027-01-10' } } },
  ],
  invalid: [
  ],
});

describe('status-ready', () => {
  it('flags a draft due within 2 days, and honours the days option', () => {
    expect(lintRule('status-ready', { 'a.md': at('2027-01-06T08:30', 'draft') }, { today: '2027-01-04' })).toEqual([{
      file: 'a.md', ruleId: 'status-ready', line: 3, column: 7, severity: 'error', message: 'due on 2027-01-06 (within 2 days) but still "draft": make it ready',
    }]);
    const charter = { rules: { 'status-ready': ['error', { days: 5 }] as ['error', unknown] } };
    expect(lintRule('status-ready', { 'a.md': at('2027-01-09T08:30', 'idea') }, { today: '2027-01-04', charter })).toHaveLength(1);
  });
});
