import { post } from './helpers.js';
import { ruleTester } from './tester.js';

ruleTester('persona-known', {
  valid: [
    { name: 'passes a persona of personas.yaml', files: post({ persona: 'claire-dsi' }, 'x') },
  ],
  invalid: [
    {
      name: 'flags an unknown persona',
      files: post({ persona: 'claire' }, 'x'),
      errors: [{ file: 'a.md', ruleId: 'persona-known', line: 5, column: 10, severity: 'error', message: 'unknown persona "claire" (known: claire-dsi)' }],
    },
  ],
});
