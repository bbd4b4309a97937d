import { post } from './helpers.js';
import { ruleTester } from './tester.js';

ruleTester('format-allowed', {
  valid: [
    { name: 'passes a format of the line', files: post({ format: 'carousel' }, 'x') },
  ],
  invalid: [
    {
      name: 'flags another format, with did you mean',
      files: post({ format: 'carrousel' }, 'x'),
      errors: [{
        file: 'a.md', ruleId: 'format-allowed', line: 5, column: 9, severity: 'error',
        message: 'format "carrousel" is not allowed on LinkedIn (text, carousel, image) (did you mean "carousel"?)',
      }],
    },
  ],
});
