import { post } from './helpers.js';
import { ruleTester } from './tester.js';

ruleTester('front-matter', {
  valid: [
    { name: 'passes a complete front matter', files: post({ format: 'text' }, 'x') },
  ],
  invalid: [
    {
      name: 'flags a missing front matter at 1:1',
      files: 'Just text',
      errors: [{
        file: 'a.md', ruleId: 'front-matter', line: 1, column: 1, severity: 'error',
        message: 'the post has no front matter (a block between two "---" lines at the top)',
      }],
    },
    {
      name: 'flags a bad value and a misspelt key with did you mean',
      files: post({ date: '2027-13-01', stauts: 'draft' }, 'x'),
      errors: [
        { file: 'a.md', ruleId: 'front-matter', line: 3, column: 7, severity: 'error', message: 'date: must be a local date and time written YYYY-MM-DDTHH:MM (e.g. 2027-01-12T08:30)' },
        { file: 'a.md', ruleId: 'front-matter', line: 5, column: 1, severity: 'error', message: 'stauts: unknown key "stauts" (did you mean "status"?)' },
      ],
    },
    {
      name: 'keeps an ignored unknown key a warning, and asks for the keys of `required`',
      files: post({ notes: 'idée' }, 'x'),
      scenario: { charter: { rules: { 'front-matter': ['error', { required: ['theme'] }] } } },
      errors: [
        { line: 1, column: 1, severity: 'error', message: 'the front matter has no "theme" (required by the front-matter rule)' },
        { line: 5, column: 1, severity: 'warning', message: 'notes: unknown key "notes" is ignored (remove it, or check docs/workspace.md for the keys this file accepts)' },
      ],
    },
  ],
});
