import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';
import { ruleTester } from './tester.js';

ruleTester('all-caps', {
  valid: [
  ],
  invalid: [
    { name: 'flags a shouted word of 4 letters or more', files: { 'a.md': post({}, 'Une offre INCROYABLE') }, errors: [{
          file: 'a.md', ruleId: 'all-caps', line: 6, column: 11, severity: 'warning', message: '"INCROYABLE" is written in capitals',
        }] },
  ],
});

describe('all-caps', () => {
  it('passes acronyms, short words, the brand and allowed words', () => {
    const body = 'Le RGPD et la CNIL, OK. ATELIER NORD vous parle de SaaS et de CSRD.';
    expect(lintRule('all-caps', { 'a.md': post({}, body) })).toEqual([]);
  });
  it('takes allow and minLength options', () => {
    const charter = { rules: { 'all-caps': ['warning', { allow: ['PROMO'], minLength: 3 }] as ['warning', unknown] } };
    expect(lintRule('all-caps', { 'a.md': post({}, 'PROMO TOP') }, { charter }).map((f) => f.message)).toEqual(['"TOP" is written in capitals']);
  });
});
