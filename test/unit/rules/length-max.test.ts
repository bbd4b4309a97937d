import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';
import { ruleTester } from './tester.js';

ruleTester('length-max', {
  valid: [
    { name: 'passes a text within the limit, counting an emoji as one grapheme', files: { 'a.md': post({}, `${'a'.repeat(99)}👨‍👩‍👧‍👦`) }, scenario: { lines: { linkedin: { length: { max: 100 } } } } },
  ],
  invalid: [
    { name: 'fails past the line maximum, at the first character of the body', files: { 'a.md': post({}, `\n  ${'a'.repeat(101)}`) }, scenario: { lines: { linkedin: { length: { max: 100 } } } }, errors: [{
          file: 'a.md', ruleId: 'length-max', line: 7, column: 3, severity: 'error',
          message: 'the text is 101 characters long, above the line’s maximum of 100 (an emoji counts 1)',
        }] },
  ],
});

describe('length-max', () => {
  it('counts X posts as twitter-text does: a link is 23, an emoji 2', () => {
    const url = `https://example.com/${'x'.repeat(100)}`;
    const fits = `${'a'.repeat(254)} ${url}`; // 254 + 1 + 23 = 278
    expect(lintRule('length-max', { 'x.md': post({ network: 'x' }, fits) }, { lines: { x: {} } })).toEqual([]);
    const over = `${'a'.repeat(277)}😀`; // 277 + 2 = 279 fits; one more letter does not
    expect(lintRule('length-max', { 'x.md': post({ network: 'x' }, over) }, { lines: { x: {} } })).toEqual([]);
    const found = lintRule('length-max', { 'x.md': post({ network: 'x' }, `a${over}`.repeat(1) + 'aa') }, { lines: { x: {} } });
    expect(found.map((f) => f.message)).toEqual(['the text is 282 characters long, above the X (Twitter) limit of 280 (weighted as X counts: each link 23, emojis 2)']);
  });
  it('never counts the edito comments', () => {
    const body = `${'a'.repeat(100)}<!-- edito-disable-next-line spelling -- a long reason that is not published -->`;
    expect(lintRule('length-max', { 'a.md': post({}, body) }, { lines: { linkedin: { length: { max: 100 } } } })).toEqual([]);
  });
});
