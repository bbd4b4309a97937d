import { post } from './helpers.js';
import { ruleTester } from './tester.js';

const lines = { linkedin: { length: { max: 100, recommended: 20 } } };

ruleTester('length-recommended', {
  valid: [
    { name: 'passes a text within the recommended length', files: post({}, 'Court et clair.'), scenario: { lines } },
    { name: 'leaves what is past the maximum to length-max', files: post({}, 'a'.repeat(101)), scenario: { lines } },
  ],
  invalid: [
    {
      name: 'warns past the recommended length',
      files: post({}, 'Un texte un peu trop long ici.'),
      scenario: { lines },
      errors: [{
        file: 'a.md', ruleId: 'length-recommended', line: 6, column: 1, severity: 'warning',
        message: 'the text is 30 characters long, above the recommended 20 for LinkedIn',
      }],
    },
  ],
});
