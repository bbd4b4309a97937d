import { post } from './helpers.js';
import { ruleTester } from './tester.js';

const lines = { linkedin: { tone: { emojis: { max: 1 } } } };

ruleTester('emojis-max', {
  valid: [
    { name: 'passes up to the maximum; a family emoji is one; columns count UTF-16 units like editors', files: post({}, 'Bravo 👨‍👩‍👧 à tous, 2027 !'), scenario: { lines } },
  ],
  invalid: [
    {
      name: 'flags the first emoji over the maximum',
      files: post({}, 'Bravo 🎉 et 🥐'),
      scenario: { lines },
      errors: [{ file: 'a.md', ruleId: 'emojis-max', line: 6, column: 13, severity: 'error', message: '2 emojis, the tone allows at most 1' }],
    },
  ],
});
