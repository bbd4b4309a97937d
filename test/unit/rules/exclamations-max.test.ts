import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';

const lines = { linkedin: { tone: { exclamations: { max: 1 } } } };

describe('exclamations-max', () => {
  it('passes one exclamation mark', () => {
    expect(lintRule('exclamations-max', { 'a.md': post({}, 'Enfin là !') }, { lines })).toEqual([]);
  });
  it('flags the second mark, French spacing included', () => {
    expect(lintRule('exclamations-max', { 'a.md': post({}, 'Enfin là !\nVenez !') }, { lines })).toEqual([{
      file: 'a.md', ruleId: 'exclamations-max', line: 7, column: 7, severity: 'error', message: '2 exclamation marks, the tone allows at most 1',
    }]);
  });
});
