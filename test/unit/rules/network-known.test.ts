import { post } from './helpers.js';
import { ruleTester } from './tester.js';

ruleTester('network-known', {
  valid: [
    { name: 'passes a network with an editorial line, aliases included', files: post({ network: 'twitter' }, 'Bonjour'), scenario: { lines: { x: {} } } },
  ],
  invalid: [
    {
      name: 'flags an unknown network with did you mean, on the value',
      files: post({ network: 'linkdin' }, 'Bonjour'),
      errors: [{ file: 'a.md', ruleId: 'network-known', line: 2, column: 10, severity: 'error', message: 'unknown network "linkdin" (did you mean "linkedin"?)' }],
    },
    {
      name: 'flags a known network the workspace has no line for',
      files: post({ network: 'tiktok' }, 'Bonjour'),
      errors: [{
        line: 2, column: 10,
        message: 'network "tiktok" has no editorial line in this workspace (add charter/networks/tiktok.yaml or remove the network here)',
      }],
    },
  ],
});
