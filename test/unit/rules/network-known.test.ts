import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';
import { ruleTester } from './tester.js';

ruleTester('network-known', {
  valid: [
    { name: 'passes a network with an editorial line, aliases included', files: { 'a.md': post({ network: 'twitter' }, 'Bonjour') }, scenario: { lines: { x: {} } } },
  ],
  invalid: [
    { name: 'flags an unknown network with did you mean, on the value', files: { 'a.md': post({ network: 'linkdin' }, 'Bonjour') }, errors: [{
          file: 'a.md', ruleId: 'network-known', line: 2, column: 10, severity: 'error',
          message: 'unknown network "linkdin" (did you mean "linkedin"?)',
        }] },
  ],
});

describe('network-known', () => {
  it('flags a known network the workspace has no line for', () => {
    expect(lintRule('network-known', { 'a.md': post({ network: 'tiktok' }, 'Bonjour') })[0]).toMatchObject({
      line: 2, column: 10, message: 'network "tiktok" has no editorial line in this workspace (add charter/networks/tiktok.yaml or remove the network here)',
    });
  });
});
