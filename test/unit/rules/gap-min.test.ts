import { post } from './helpers.js';
import { ruleTester } from './tester.js';

const at = (date: string) => post({ date, status: 'ready' }, 'Texte');
const lines = { linkedin: { frequency: { per_week: { min: 0, max: 7 }, min_gap_hours: 24 } } };

ruleTester('gap-min', {
  valid: [
    { name: 'passes posts a day apart, across a DST change', files: { 'a.md': at('2027-03-27T08:30'), 'b.md': at('2027-03-28T09:30') }, scenario: { lines } },
  ],
  invalid: [
    {
      name: 'flags the later of two posts too close',
      files: { 'a.md': at('2027-01-12T08:30'), 'b.md': at('2027-01-12T18:00') },
      scenario: { lines },
      errors: [{
        file: 'b.md', ruleId: 'gap-min', line: 3, column: 7, severity: 'warning',
        message: 'only 9.5 h after a.md; the line asks for 24 h between posts',
      }],
    },
  ],
});
