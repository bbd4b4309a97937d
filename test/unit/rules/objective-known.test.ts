import { post } from './helpers.js';
import { ruleTester } from './tester.js';

ruleTester('objective-known', {
  valid: [
    { name: 'passes an objective of objectives.yaml', files: post({ objective: 'notoriety' }, 'x') },
  ],
  invalid: [
    {
      name: 'flags an unknown objective with did you mean',
      files: post({ objective: 'notoriete' }, 'x'),
      errors: [{ file: 'a.md', ruleId: 'objective-known', line: 5, column: 12, severity: 'error', message: 'unknown objective "notoriete" (did you mean "notoriety"?)' }],
    },
  ],
});
