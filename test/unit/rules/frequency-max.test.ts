import { post } from './helpers.js';
import { ruleTester } from './tester.js';

// 2027-01-11 is a Monday.
const at = (date: string, status = 'ready') => post({ date, status }, 'Texte');
const lines = { linkedin: { frequency: { per_week: { min: 0, max: 2 } } } };

ruleTester('frequency-max', {
  valid: [
    { name: 'passes two posts in a week', files: { 'a.md': at('2027-01-12T08:30'), 'b.md': at('2027-01-17T08:30') }, scenario: { lines } },
  ],
  invalid: [
    {
      name: 'flags the third post of a Monday-to-Sunday week on its date line; ideas do not count',
      files: { 'a.md': at('2027-01-11T08:30'), 'b.md': at('2027-01-12T08:30'), 'c.md': at('2027-01-14T08:30'), 'd.md': at('2027-01-13T08:30', 'idea') },
      scenario: { lines },
      errors: [{
        file: 'c.md', ruleId: 'frequency-max', line: 3, column: 7, severity: 'error',
        message: '3 LinkedIn posts in the week of 2027-01-11, the line allows at most 2 a week',
      }],
    },
  ],
});
