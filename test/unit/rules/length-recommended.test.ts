import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';
import { ruleTester } from './tester.js';

const lines = { linkedin: { length: { max: 100, recommended: 20 } } };

ruleTester('length-recommended', {
  valid: [
    { name: 'passes a text within the recommended length', files: { 'a.md': post({}, 'Court et clair.') }, scenario: { lines } },
  ],
  invalid: [
  ],
});

describe('length-recommended', () => {
  it('warns past the recommended length (and leaves what is past the maximum to length-max)', () => {
    expect(lintRule('length-recommended', { 'a.md': post({}, 'Un texte un peu trop long ici.') }, { lines })).toEqual([{
      file: 'a.md', ruleId: 'length-recommended', line: 6, column: 1, severity: 'warning',
      message: 'the text is 30 characters long, above the recommended 20 for LinkedIn',
    }]);
    expect(lintRule('length-recommended', { 'a.md': post({}, 'a'.repeat(101)) }, { lines })).toEqual([]);
  });
});
