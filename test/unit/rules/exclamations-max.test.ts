import { post } from './helpers.js';
import { ruleTester } from './tester.js';

const lines = { linkedin: { tone: { exclamations: { max: 1 } } } };

ruleTester('exclamations-max', {
  valid: [
    { name: 'passes one exclamation mark', files: post({}, 'Enfin là !'), scenario: { lines } },
  ],
  invalid: [
    {
      name: 'flags the second mark, French spacing included',
      files: post({}, 'Enfin là !\nVenez !'),
      scenario: { lines },
      errors: [{ file: 'a.md', ruleId: 'exclamations-max', line: 7, column: 7, severity: 'error', message: '2 exclamation marks, the tone allows at most 1' }],
    },
  ],
});
