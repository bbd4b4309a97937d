import { post } from './helpers.js';
import { ruleTester } from './tester.js';

const at = (date: string) => post({ date, status: 'ready' }, 'Texte');
const lines = { linkedin: { frequency: { per_week: { min: 0, max: 7 }, days: ['tue', 'thu'], times: ['08:30'] } } };
const tolerant = { rules: { 'time-allowed': ['warning', { tolerance: 30 }] as ['warning', unknown] } };

ruleTester('time-allowed', {
  valid: [
    { name: 'passes a post at an allowed time', files: { 'a.md': at('2027-01-12T08:30') }, scenario: { lines } },
    { name: 'accepts a time within the tolerance option', files: { 'a.md': at('2027-01-12T09:00') }, scenario: { lines, charter: tolerant } },
  ],
  invalid: [
    {
      name: 'flags another time, on the date line',
      files: { 'a.md': at('2027-01-12T09:00') },
      scenario: { lines },
      errors: [{ file: 'a.md', line: 3, column: 7, messageId: 'lint.time_allowed', message: 'scheduled at 09:00, the line publishes at 08:30' }],
    },
  ],
});
