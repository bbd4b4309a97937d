import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';
import { ruleTester } from './tester.js';

// 2027-01-11 is a Monday.
const at = (date: string, status = 'ready') => post({ date, status }, 'Texte');

const holidays = { '2027-05-01': 'Fête du travail' };

ruleTester('holiday', {
  valid: [
  ],
  invalid: [
    { name: 'flags a post on a public holiday', files: { 'a.md': at('2027-05-01T08:30') }, scenario: { holidays, locale: 'fr' }, errors: [{
          file: 'a.md', ruleId: 'holiday', line: 3, column: 7, severity: 'warning', message: 'le 2027-05-01 est un jour férié (Fête du travail)',
        }] },
  ],
});

describe('holiday', () => {
  it('passes a working day, and any day when the policy is mark', () => {
    expect(lintRule('holiday', { 'a.md': at('2027-05-03T08:30') }, { holidays })).toEqual([]);
    expect(lintRule('holiday', { 'a.md': at('2027-05-01T08:30') }, { holidays, keyDates: { holidays: { policy: 'mark' } } })).toEqual([]);
  });
});
