import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';

const lines = { linkedin: { tone: { mentions: { max: 1 } } } };

describe('mentions-max', () => {
  it('passes one mention; an e-mail address is not a mention', () => {
    expect(lintRule('mentions-max', { 'a.md': post({}, 'Merci @claire, écrivez à contact@atelier.fr') }, { lines })).toEqual([]);
  });
  it('flags the second mention', () => {
    expect(lintRule('mentions-max', { 'a.md': post({}, 'Merci @claire et @paul') }, { lines })).toEqual([{
      file: 'a.md', ruleId: 'mentions-max', line: 6, column: 18, severity: 'error', message: '2 mentions, the tone allows at most 1',
    }]);
  });
});
