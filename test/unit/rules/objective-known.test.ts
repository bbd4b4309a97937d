import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';

describe('objective-known', () => {
  it('passes an objective of objectives.yaml', () => {
    expect(lintRule('objective-known', { 'a.md': post({ objective: 'notoriety' }, 'x') })).toEqual([]);
  });
  it('flags an unknown objective with did you mean', () => {
    expect(lintRule('objective-known', { 'a.md': post({ objective: 'notoriete' }, 'x') })).toEqual([{
      file: 'a.md', ruleId: 'objective-known', line: 5, column: 12, severity: 'error',
      message: 'unknown objective "notoriete" (did you mean "notoriety"?)',
    }]);
  });
});
