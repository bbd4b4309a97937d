import { post } from './helpers.js';
import { ruleTester } from './tester.js';

const at = (date: string, status: string) => post({ date, status }, 'Texte');

ruleTester('date-past', {
  valid: [
    { name: 'passes a published past post and a future draft', files: { 'a.md': at('2027-01-02T08:30', 'published'), 'b.md': at('2027-01-10T08:30', 'draft') }, scenario: { today: '2027-01-04' } },
  ],
  invalid: [
    {
      name: 'flags a past post not published',
      files: at('2027-01-03T08:30', 'scheduled'),
      scenario: { today: '2027-01-04' },
      errors: [{
        file: 'a.md', ruleId: 'date-past', line: 3, column: 7, severity: 'warning', message: 'dated 2027-01-03, before today (2027-01-04), and still "scheduled"',
      }],
    },
  ],
});
