import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';

describe('network-known', () => {
  it('passes a network with an editorial line, aliases included', () => {
    expect(lintRule('network-known', { 'a.md': post({ network: 'twitter' }, 'Bonjour') }, { lines: { x: {} } })).toEqual([]);
  });

  it('flags an unknown network with did you mean, on the value', () => {
    expect(lintRule('network-known', { 'a.md': post({ network: 'linkdin' }, 'Bonjour') })).toEqual([{
      file: 'a.md', ruleId: 'network-known', line: 2, column: 10, severity: 'error',
      message: 'unknown network "linkdin" (did you mean "linkedin"?)',
    }]);
  });

  it('flags a known network the workspace has no line for', () => {
    expect(lintRule('network-known', { 'a.md': post({ network: 'tiktok' }, 'Bonjour') })[0]).toMatchObject({
      line: 2, column: 10, message: 'network "tiktok" has no editorial line in this workspace (add charter/networks/tiktok.yaml or remove the network here)',
    });
  });
});
