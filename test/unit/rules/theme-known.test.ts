import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';
import { ruleTester } from './tester.js';

ruleTester('theme-known', {
  valid: [
    { name: 'passes a theme of the line', files: { 'a.md': post({ theme: 'expertise' }, 'x') } },
  ],
  invalid: [
    { name: 'flags a theme the line does not have', files: { 'a.md': post({ theme: 'expertize' }, 'x') }, errors: [{
          file: 'a.md', ruleId: 'theme-known', line: 5, column: 8, severity: 'error',
          message: 'theme "expertize" is not a theme of the LinkedIn editorial line (did you mean "expertise"?)',
        }] },
  ],
});
