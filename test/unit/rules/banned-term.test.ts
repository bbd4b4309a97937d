import { post } from './helpers.js';
import { ruleTester } from './tester.js';

const charter = { writing: { banned: ['gratuit', 'n’hésitez pas', 'promo*'] } };

ruleTester('banned-term', {
  valid: [
    { name: 'does not match inside a longer word', files: post({}, 'Livraison gratuitement offerte'), scenario: { charter } },
    {
      name: 'several `*` in a word need their middle letters in order, and cannot make the match backtrack (a*a*…*z against 81 letters)',
      files: post({}, `grait ${'a'.repeat(81)} ${'e'.repeat(1500)}`),
      scenario: { charter: { writing: { banned: ['gr*t*it', 'a*a*a*a*a*a*a*z', '*e*e*e*z'] } } },
    },
  ],
  invalid: [
    {
      name: 'matches a word with several `*` when its middle letters come in order',
      files: post({}, 'Un atelier gratuit'),
      scenario: { charter: { writing: { banned: ['gr*t*it'] } } },
      errors: [{ line: 6, column: 12, message: '"gratuit" is a banned term (banned: "gr*t*it")' }],
    },
    {
      name: 'matches whole words whatever the case and accents, straight or curly apostrophes, and `*` prefixes',
      files: post({}, 'C’est GRATUIT.\nN\'hesitez   pas : promotions'),
      scenario: { charter },
      errors: [
        { file: 'a.md', ruleId: 'banned-term', line: 6, column: 7, severity: 'error', message: '"GRATUIT" is a banned term (banned: "gratuit")' },
        { file: 'a.md', ruleId: 'banned-term', line: 7, column: 1, severity: 'error', message: '"N\'hesitez   pas" is a banned term (banned: "n’hésitez pas")' },
        { file: 'a.md', ruleId: 'banned-term', line: 7, column: 19, severity: 'error', message: '"promotions" is a banned term (banned: "promo*")' },
      ],
    },
    {
      name: 'merges the charter’s list with the line’s',
      files: post({}, 'Cheap et gratuit'),
      scenario: { charter, lines: { linkedin: { tone: { banned: ['cheap'] } } } },
      errors: [{ line: 6, column: 1 }, { line: 6, column: 10 }],
    },
  ],
});
