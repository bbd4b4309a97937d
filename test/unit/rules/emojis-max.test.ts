import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';

const lines = { linkedin: { tone: { emojis: { max: 1 } } } };

describe('emojis-max', () => {
  it('passes up to the maximum; a family emoji is one; columns count UTF-16 units like editors', () => {
    expect(lintRule('emojis-max', { 'a.md': post({}, 'Bravo 👨‍👩‍👧 à tous, 2027 !') }, { lines })).toEqual([]);
  });
  it('flags the first emoji over the maximum', () => {
    expect(lintRule('emojis-max', { 'a.md': post({}, 'Bravo 🎉 et 🥐') }, { lines })).toEqual([{
      file: 'a.md', ruleId: 'emojis-max', line: 6, column: 13, severity: 'error', message: '2 emojis, the tone allows at most 1',
    }]);
  });
});
