import { post } from './helpers.js';
import { ruleTester } from './tester.js';

const lines = { linkedin: { tone: { hashtags: { min: 1, max: 2 } } } };

ruleTester('hashtags-count', {
  valid: [
    { name: 'passes a count within min and max; # inside links and words do not count', files: post({}, 'Voir https://ex.fr/#ancre et C# #cloud #data'), scenario: { lines } },
  ],
  invalid: [
    {
      name: 'flags the first hashtag over the maximum',
      files: post({}, 'Texte\n#un #deux #trois'),
      scenario: { lines },
      errors: [{ file: 'a.md', ruleId: 'hashtags-count', line: 7, column: 11, severity: 'error', message: '3 hashtags, the line allows at most 2' }],
    },
    {
      name: 'flags too few hashtags',
      files: post({}, 'Aucun hashtag'),
      scenario: { lines },
      errors: [{ line: 6, column: 1, message: '0 hashtag(s), the line asks for at least 1' }],
    },
    {
      name: 'holds Instagram to its 5-hashtag cap even when the line allows 30',
      files: post({ network: 'instagram', format: 'image' }, '#a #b #c #d #e #f'),
      scenario: { lines: { instagram: { tone: { hashtags: { max: 30 } } } } },
      errors: [{ line: 7, column: 16, message: '6 hashtags, Instagram allows at most 5' }],
    },
  ],
});
