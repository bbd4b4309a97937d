import { post } from './helpers.js';
import { ruleTester } from './tester.js';

const other = post({ account: 'ambassador' }, 'x');

ruleTester('account-matches', {
  valid: [
    { name: 'passes the line’s account', files: post({ account: 'brand' }, 'x') },
  ],
  invalid: [
    {
      name: 'flags the other account',
      files: other,
      errors: [{
        file: 'a.md', ruleId: 'account-matches', line: 5, column: 10, severity: 'error',
        message: 'the post is written for the ambassador account, but the LinkedIn line uses the brand account',
      }],
    },
    {
      name: 'flags the other account, in French',
      files: other,
      scenario: { locale: 'fr' },
      errors: [{ line: 5, column: 10, message: 'le post est écrit pour le compte ambassadeur, mais la ligne LinkedIn utilise le compte marque' }],
    },
  ],
});
