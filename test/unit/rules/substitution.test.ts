import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';
import { ruleTester } from './tester.js';

const charter = { writing: { substitutions: { 'e-mail': 'courriel', client: 'partenaire' } } };

ruleTester('substitution', {
  valid: [
    { name: 'passes the preferred form', files: { 'a.md': post({}, 'Par courriel, cher partenaire') }, scenario: { charter } },
  ],
  invalid: [
  ],
});

describe('substitution', () => {
  it('suggests the replacement with the case of what it replaces, and a fix', () => {
    const found = lintRule('substitution', { 'a.md': post({}, 'Envoyez un E-MAIL.\nClient fidèle') }, { charter });
    expect(found).toEqual([
      { file: 'a.md', ruleId: 'substitution', line: 6, column: 12, severity: 'warning', message: 'write "COURRIEL" instead of "E-MAIL"', fix: [{ start: 11, end: 17, text: 'COURRIEL' }] },
      { file: 'a.md', ruleId: 'substitution', line: 7, column: 1, severity: 'warning', message: 'write "Partenaire" instead of "Client"', fix: [{ start: 19, end: 25, text: 'Partenaire' }] },
    ]);
  });
});
