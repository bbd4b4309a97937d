import { post } from './helpers.js';
import { ruleTester } from './tester.js';

// 2027-01-11 is a Monday.
const at = (date: string) => post({ date, status: 'ready' }, 'Texte');
const lines = { linkedin: { frequency: { per_week: { min: 0, max: 7 }, days: ['tue', 'thu'], times: ['08:30'] } } };

ruleTester('day-allowed', {
  valid: [
    { name: 'passes a post on an allowed day', files: { 'a.md': at('2027-01-12T08:30') }, scenario: { lines } },
    { name: 'checks nothing when the line writes no days', files: { 'a.md': at('2027-01-16T08:30') } },
  ],
  invalid: [
    {
      name: 'flags another day, on the date line',
      files: { 'a.md': at('2027-01-13T08:30') },
      scenario: { lines },
      errors: [{
        file: 'a.md', ruleId: 'day-allowed', line: 3, column: 7, severity: 'warning', messageId: 'lint.day_allowed',
        message: 'scheduled on a Wednesday, the line publishes on tue, thu',
      }],
    },
    {
      name: 'names the day in French',
      files: { 'a.md': at('2027-01-13T08:30') },
      scenario: { lines, locale: 'fr' },
      errors: [{ line: 3, column: 7, messageId: 'lint.day_allowed' }],
    },
  ],
});
