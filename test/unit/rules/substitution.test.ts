import { post } from './helpers.js';
import { ruleTester } from './tester.js';

const charter = { writing: { substitutions: { 'e-mail': 'courriel', client: 'partenaire' } } };

ruleTester('substitution', {
  valid: [
    { name: 'passes the preferred form', files: post({}, 'Par courriel, cher partenaire'), scenario: { charter } },
  ],
  invalid: [
    {
      name: 'suggests the replacement with the case of what it replaces, and a fix',
      files: post({}, 'Envoyez un E-MAIL.\nClient fidèle'),
      scenario: { charter },
      errors: [
        { file: 'a.md', ruleId: 'substitution', line: 6, column: 12, severity: 'warning', message: 'write "COURRIEL" instead of "E-MAIL"', fix: [{ start: 11, end: 17, text: 'COURRIEL' }] },
        { file: 'a.md', ruleId: 'substitution', line: 7, column: 1, severity: 'warning', message: 'write "Partenaire" instead of "Client"', fix: [{ start: 19, end: 25, text: 'Partenaire' }] },
      ],
    },
  ],
});
