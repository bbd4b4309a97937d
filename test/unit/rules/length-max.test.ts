import { post } from './helpers.js';
import { ruleTester } from './tester.js';

const hundred = { lines: { linkedin: { length: { max: 100 } } } };
const x = { lines: { x: {} } };
const url = `https://example.com/${'x'.repeat(100)}`;
const fits = `${'a'.repeat(277)}😀`; // 277 + 2 = 279 fits; one more letter does not

ruleTester('length-max', {
  valid: [
    { name: 'passes a text within the limit, counting an emoji as one grapheme', files: post({}, `${'a'.repeat(99)}👨‍👩‍👧‍👦`), scenario: hundred },
    { name: 'counts an X link as 23', files: { 'x.md': post({ network: 'x' }, `${'a'.repeat(254)} ${url}`) }, scenario: x }, // 254 + 1 + 23 = 278
    { name: 'counts an X emoji as 2', files: { 'x.md': post({ network: 'x' }, fits) }, scenario: x },
    {
      name: 'never counts the edito comments',
      files: post({}, `${'a'.repeat(100)}<!-- edito-disable-next-line spelling -- a long reason that is not published -->`),
      scenario: hundred,
    },
  ],
  invalid: [
    {
      name: 'fails past the line maximum, at the first character of the body',
      files: post({}, `\n  ${'a'.repeat(101)}`),
      scenario: hundred,
      errors: [{
        file: 'a.md', ruleId: 'length-max', line: 7, column: 3, severity: 'error',
        message: 'the text is 101 characters long, above the line’s maximum of 100 (an emoji counts 1)',
      }],
    },
    {
      name: 'counts X posts as twitter-text does: a link is 23, an emoji 2',
      files: { 'x.md': post({ network: 'x' }, `a${fits}aa`) },
      scenario: x,
      errors: [{
        file: 'x.md', line: 6, column: 1, messageId: 'lint.length_max.platform',
        message: 'the text is 282 characters long, above the X (Twitter) limit of 280 (weighted as X counts: each link 23, emojis 2)',
      }],
    },
  ],
});
