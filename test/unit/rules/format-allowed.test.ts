import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';

describe('format-allowed', () => {
  it('passes a format of the line', () => {
    expect(lintRule('format-allowed', { 'a.md': post({ format: 'carousel' }, 'x') })).toEqual([]);
  });
  it('flags another format, with did you mean', () => {
    expect(lintRule('format-allowed', { 'a.md': post({ format: 'carrousel' }, 'x') })).toEqual([{
      file: 'a.md', ruleId: 'format-allowed', line: 5, column: 9, severity: 'error',
      message: 'format "carrousel" is not allowed on LinkedIn (text, carousel, image) (did you mean "carousel"?)',
    }]);
  });
});
