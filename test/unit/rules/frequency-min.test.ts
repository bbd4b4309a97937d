import { post } from './helpers.js';
import { ruleTester } from './tester.js';

// 2027-01-11 is a Monday.
const at = (date: string) => post({ date, status: 'ready' }, 'Texte');
const lines = { linkedin: { frequency: { per_week: { min: 1, max: 2 } } } };
const window = { from: '2027-01-11', to: '2027-01-24' };

ruleTester('frequency-min', {
  valid: [
    { name: 'passes a window where every week has a post', files: { 'a.md': at('2027-01-12T08:30'), 'b.md': at('2027-01-19T08:30') }, scenario: { lines, window } },
  ],
  invalid: [
    {
      name: 'flags a week with too few posts at the line’s frequency key',
      files: at('2027-01-12T08:30'),
      scenario: { lines, window },
      errors: [{
        file: 'charter/networks/linkedin.yaml', ruleId: 'frequency-min', line: 20, column: 1, severity: 'warning',
        message: '0 LinkedIn post(s) in the week of 2027-01-18, the line asks for at least 1 a week',
      }],
    },
    {
      name: 'asks nothing of the days a per-day line does not publish on',
      files: at('2027-01-11T08:30'),
      scenario: { lines: { linkedin: { frequency: { per_day: { min: 1, max: 1 }, days: ['mon', 'tue'] } } }, window: { from: '2027-01-11', to: '2027-01-17' } },
      errors: [{ line: 20, column: 1, message: '0 LinkedIn post(s) on 2027-01-12, the line asks for at least 1 a day' }],
    },
  ],
});
