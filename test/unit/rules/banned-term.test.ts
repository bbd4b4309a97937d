import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';
import { ruleTester } from './tester.js';

const charter = { writing: { banned: ['gratuit', 'n’hésitez pas', 'promo*'] } };

ruleTester('banned-term', {
  valid: [
    { name: 'does not match inside a longer word', files: { 'a.md': post({}, 'Livraison gratuitement offerte') }, scenario: { charter } },
  ],
  invalid: [
  ],
});

describe('banned-term', () => {
  it('matches whole words whatever the case and accents, straight or curly apostrophes, and `*` prefixes', () => {
    const found = lintRule('banned-term', { 'a.md': post({}, 'C’est GRATUIT.\nN\'hesitez   pas : promotions') }, { charter });
    expect(found).toEqual([
      { file: 'a.md', ruleId: 'banned-term', line: 6, column: 7, severity: 'error', message: '"GRATUIT" is a banned term (banned: "gratuit")' },
      { file: 'a.md', ruleId: 'banned-term', line: 7, column: 1, severity: 'error', message: '"N\'hesitez   pas" is a banned term (banned: "n’hésitez pas")' },
      { file: 'a.md', ruleId: 'banned-term', line: 7, column: 19, severity: 'error', message: '"promotions" is a banned term (banned: "promo*")' },
    ]);
  });
  it('merges the charter’s list with the line’s', () => {
    const found = lintRule('banned-term', { 'a.md': post({}, 'Cheap et gratuit') }, { charter, lines: { linkedin: { tone: { banned: ['cheap'] } } } });
    expect(found.map((f) => f.column)).toEqual([1, 10]);
  });
});
