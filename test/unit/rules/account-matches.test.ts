import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';
import { ruleTester } from './tester.js';

ruleTester('account-matches', {
  valid: [
    { name: 'passes the line’s account', files: { 'a.md': post({ account: 'brand' }, 'x') } },
  ],
  invalid: [
  ],
});

describe('account-matches', () => {
  it('flags the other account, in English and in French', () => {
    const files = { 'a.md': post({ account: 'ambassador' }, 'x') };
    expect(lintRule('account-matches', files)).toEqual([{
      file: 'a.md', ruleId: 'account-matches', line: 5, column: 10, severity: 'error',
      message: 'the post is written for the ambassador account, but the LinkedIn line uses the brand account',
    }]);
    expect(lintRule('account-matches', files, { locale: 'fr' })[0]!.message)
      .toBe('le post est écrit pour le compte ambassadeur, mais la ligne LinkedIn utilise le compte marque');
  });
});
