import { post } from './helpers.js';
import { ruleTester } from './tester.js';

const lines = { linkedin: { links: { utm: 'required' as const, utm_campaign: 'hiver' } } };

ruleTester('utm-required', {
  valid: [
    { name: 'is silent when UTM parameters are optional', files: post({}, 'Voir https://atelier.fr') },
    {
      name: 'passes a link with the three parameters and the right source',
      files: post({}, 'Voir https://atelier.fr/offre?utm_source=linkedin&utm_medium=social&utm_campaign=hiver.'),
      scenario: { lines },
    },
  ],
  invalid: [
    {
      name: 'flags missing parameters with a fix that adds them, keeping the #fragment',
      files: post({}, 'Voir https://atelier.fr/offre?x=1#prix.'),
      scenario: { lines },
      errors: [{
        file: 'a.md', ruleId: 'utm-required', line: 6, column: 6, severity: 'error',
        message: 'the link lacks utm_source, utm_medium, utm_campaign',
        fix: [{ start: 5, end: 38, text: 'https://atelier.fr/offre?x=1&utm_source=linkedin&utm_medium=social&utm_campaign=hiver#prix' }],
      }],
    },
    {
      name: 'flags a utm_source other than the line’s',
      files: post({}, 'www.atelier.fr/?utm_source=fb&utm_medium=social&utm_campaign=hiver'),
      scenario: { lines },
      errors: [{ line: 6, column: 1, message: 'utm_source is "fb", the line expects "linkedin"' }],
    },
  ],
});
