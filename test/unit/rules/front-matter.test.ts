import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';
import { ruleTester } from './tester.js';

ruleTester('front-matter', {
  valid: [
    { name: 'passes a complete front matter', files: { 'a.md': post({ format: 'text' }, 'x') } },
  ],
  invalid: [
    { name: 'flags a missing front matter at 1:1', files: { 'a.md': 'Just text' }, errors: [{
          file: 'a.md', ruleId: 'front-matter', line: 1, column: 1, severity: 'error',
          message: 'the post has no front matter (a block between two "---" lines at the top)',
        }] },
  ],
});

describe('front-matter', () => {
  it('flags a bad value and a misspelt key with did you mean', () => {
    const found = lintRule('front-matter', { 'a.md': post({ date: '2027-13-01', stauts: 'draft' }, 'x') });
    expect(found).toEqual([
      { file: 'a.md', ruleId: 'front-matter', line: 3, column: 7, severity: 'error', message: 'date: must be a local date and time written YYYY-MM-DDTHH:MM (e.g. 2027-01-12T08:30)' },
      { file: 'a.md', ruleId: 'front-matter', line: 5, column: 1, severity: 'error', message: 'stauts: unknown key "stauts" (did you mean "status"?)' },
    ]);
  });
  it('keeps an ignored unknown key a warning, and asks for the keys of `required`', () => {
    const found = lintRule('front-matter', { 'a.md': post({ notes: 'idée' }, 'x') }, { charter: { rules: { 'front-matter': ['error', { required: ['theme'] }] } } });
    expect(found.map((f) => [f.line, f.column, f.severity, f.message])).toEqual([
      [1, 1, 'error', 'the front matter has no "theme" (required by the front-matter rule)'],
      [5, 1, 'warning', 'notes: unknown key "notes" is ignored (remove it, or check docs/workspace.md for the keys this file accepts)'],
    ]);
  });
});
