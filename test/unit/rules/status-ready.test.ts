import { post } from './helpers.js';
import { ruleTester } from './tester.js';

const at = (date: string, status = 'ready') => post({ date, status }, 'Texte');

ruleTester('status-ready', {
  valid: [
    { name: 'passes a ready post due soon, and a draft due later', files: { 'a.md': at('2027-01-05T08:30', 'ready'), 'b.md': at('2027-01-07T08:30', 'draft') }, scenario: { today: '2027-01-04' } },
    { name: 'stays inside the --from/--to window', files: at('2027-01-06T08:30', 'draft'), scenario: { today: '2027-01-04', window: { from: '2027-01-10' } } },
  ],
  invalid: [
    {
      name: 'flags a draft due within 2 days',
      files: at('2027-01-06T08:30', 'draft'),
      scenario: { today: '2027-01-04' },
      errors: [{
        file: 'a.md', ruleId: 'status-ready', line: 3, column: 7, severity: 'error', message: 'due on 2027-01-06 (within 2 days) but still "draft": make it ready',
      }],
    },
    {
      name: 'honours the days option',
      files: at('2027-01-09T08:30', 'idea'),
      scenario: { today: '2027-01-04', charter: { rules: { 'status-ready': ['error', { days: 5 }] } } },
      errors: [{ line: 3, column: 7 }],
    },
  ],
});
