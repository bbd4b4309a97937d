import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';
import { ruleTester } from './tester.js';

const lines = { linkedin: { tone: { hashtags: { min: 1, max: 2 } } } };

ruleTester('hashtags-count', {
  valid: [
    { name: 'passes a count within min and max; # inside links and words do not count', files: { 'a.md': post({}, 'Voir https://ex.fr/#ancre et C# #cloud #data') }, scenario: { lines } },
  ],
  invalid: [
    { name: 'flags the first hashtag over the maximum', files: { 'a.md': post({}, 'Texte\n#un #deux #trois') }, scenario: { lines }, errors: [{
          file: 'a.md', ruleId: 'hashtags-count', line: 7, column: 11, severity: 'error', message: '3 hashtags, the line allows at most 2',
        }] },
  ],
});

describe('hashtags-count', () => {
  it('flags too few hashtags', () => {
    expect(lintRule('hashtags-count', { 'a.md': post({}, 'Aucun hashtag') }, { lines })[0]!.message).toBe('0 hashtag(s), the line asks for at least 1');
  });
  it('holds Instagram to its 5-hashtag cap even when the line allows 30', () => {
    const found = lintRule('hashtags-count', { 'a.md': post({ network: 'instagram', format: 'image' }, '#a #b #c #d #e #f') }, { lines: { instagram: { tone: { hashtags: { max: 30 } } } } });
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([[7, 16, '6 hashtags, Instagram allows at most 5']]);
  });
});
