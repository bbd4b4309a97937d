import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';
import { ruleTester } from './tester.js';

ruleTester('link-allowed', {
  valid: [
    { name: 'passes a link on LinkedIn', files: { 'a.md': post({}, 'Voir https://atelier.fr') } },
  ],
  invalid: [
  ],
});

describe('link-allowed', () => {
  it('flags a link in an Instagram caption, where links are not clickable', () => {
    const files = { 'a.md': post({ network: 'instagram' }, 'Lien : https://atelier.fr') };
    expect(lintRule('link-allowed', files, { lines: { instagram: {} } })).toEqual([{
      file: 'a.md', ruleId: 'link-allowed', line: 6, column: 8, severity: 'error',
      message: 'links are not clickable in Instagram text: "https://atelier.fr"',
    }]);
  });
  it('flags a link where the line sets links.allowed: false', () => {
    const found = lintRule('link-allowed', { 'a.md': post({}, 'www.atelier.fr') }, { lines: { linkedin: { links: { allowed: false } } } });
    expect(found.map((f) => f.message)).toEqual(['the LinkedIn line allows no link: "www.atelier.fr"']);
  });
});
