import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';

describe('theme-known', () => {
  it('passes a theme of the line', () => {
    expect(lintRule('theme-known', { 'a.md': post({ theme: 'expertise' }, 'x') })).toEqual([]);
  });
  it('flags a theme the line does not have', () => {
    expect(lintRule('theme-known', { 'a.md': post({ theme: 'expertize' }, 'x') })).toEqual([{
      file: 'a.md', ruleId: 'theme-known', line: 5, column: 8, severity: 'error',
      message: 'theme "expertize" is not a theme of the LinkedIn editorial line (did you mean "expertise"?)',
    }]);
  });
});
