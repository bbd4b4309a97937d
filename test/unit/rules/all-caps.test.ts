import { post } from './helpers.js';
import { ruleTester } from './tester.js';

ruleTester('all-caps', {
  valid: [
    { name: 'passes acronyms, short words, the brand and allowed words', files: post({}, 'Le RGPD et la CNIL, OK. ATELIER NORD vous parle de SaaS et de CSRD.') },
  ],
  invalid: [
    {
      name: 'flags a shouted word of 4 letters or more',
      files: post({}, 'Une offre INCROYABLE'),
      errors: [{ file: 'a.md', ruleId: 'all-caps', line: 6, column: 11, severity: 'warning', message: '"INCROYABLE" is written in capitals' }],
    },
    {
      name: 'takes allow and minLength options',
      files: post({}, 'PROMO TOP'),
      scenario: { charter: { rules: { 'all-caps': ['warning', { allow: ['PROMO'], minLength: 3 }] } } },
      errors: [{ line: 6, column: 7, message: '"TOP" is written in capitals' }],
    },
  ],
});
