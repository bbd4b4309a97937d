import { post } from './helpers.js';
import { ruleTester } from './tester.js';

ruleTester('theme-known', {
  valid: [
    { name: 'passes a theme of the line', files: post({ theme: 'expertise' }, 'x') },
  ],
  invalid: [
    {
      name: 'flags a theme the line does not have',
      files: post({ theme: 'expertize' }, 'x'),
      errors: [{
        file: 'a.md', ruleId: 'theme-known', line: 5, column: 8, severity: 'error',
        message: 'theme "expertize" is not a theme of the LinkedIn editorial line (did you mean "expertise"?)',
      }],
    },
  ],
});
