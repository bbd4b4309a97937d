import { post } from './helpers.js';
import { ruleTester } from './tester.js';

ruleTester('link-allowed', {
  valid: [
    { name: 'passes a link on LinkedIn', files: post({}, 'Voir https://atelier.fr') },
  ],
  invalid: [
    {
      name: 'flags a link in an Instagram caption, where links are not clickable',
      files: post({ network: 'instagram' }, 'Lien : https://atelier.fr'),
      scenario: { lines: { instagram: {} } },
      errors: [{
        file: 'a.md', ruleId: 'link-allowed', line: 6, column: 8, severity: 'error',
        message: 'links are not clickable in Instagram text: "https://atelier.fr"',
      }],
    },
    {
      name: 'flags a link where the line sets links.allowed: false',
      files: post({}, 'www.atelier.fr'),
      scenario: { lines: { linkedin: { links: { allowed: false } } } },
      errors: [{ line: 6, column: 1, message: 'the LinkedIn line allows no link: "www.atelier.fr"' }],
    },
  ],
});
