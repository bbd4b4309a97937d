import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';

describe('persona-known', () => {
  it('passes a persona of personas.yaml', () => {
    expect(lintRule('persona-known', { 'a.md': post({ persona: 'claire-dsi' }, 'x') })).toEqual([]);
  });
  it('flags an unknown persona', () => {
    expect(lintRule('persona-known', { 'a.md': post({ persona: 'claire' }, 'x') })).toEqual([{
      file: 'a.md', ruleId: 'persona-known', line: 5, column: 10, severity: 'error',
      message: 'unknown persona "claire" (known: claire-dsi)',
    }]);
  });
});
