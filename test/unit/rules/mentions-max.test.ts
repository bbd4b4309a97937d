import { post } from './helpers.js';
import { ruleTester } from './tester.js';

const lines = { linkedin: { tone: { mentions: { max: 1 } } } };

ruleTester('mentions-max', {
  valid: [
    { name: 'passes one mention; an e-mail address is not a mention', files: post({}, 'Merci @claire, écrivez à contact@atelier.fr'), scenario: { lines } },
  ],
  invalid: [
    {
      name: 'flags the second mention',
      files: post({}, 'Merci @claire et @paul'),
      scenario: { lines },
      errors: [{ file: 'a.md', ruleId: 'mentions-max', line: 6, column: 18, severity: 'error', message: '2 mentions, the tone allows at most 1' }],
    },
  ],
});
