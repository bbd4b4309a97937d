import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';
import { ruleTester } from './tester.js';

const lines = { linkedin: { links: { utm: 'required' as const, utm_campaign: 'hiver' } } };

ruleTester('utm-required', {
  valid: [
    { name: 'is silent when UTM parameters are optional', files: { 'a.md': post({}, 'Voir https://atelier.fr') } },
  ],
  invalid: [
  ],
});

describe('utm-required', () => {
  it('passes a link with the three parameters and the right source', () => {
    const url = 'https://atelier.fr/offre?utm_source=linkedin&utm_medium=social&utm_campaign=hiver';
    expect(lintRule('utm-required', { 'a.md': post({}, `Voir ${url}.`) }, { lines })).toEqual([]);
  });
  it('flags missing parameters with a fix that adds them, keeping the #fragment', () => {
    const found = lintRule('utm-required', { 'a.md': post({}, 'Voir https://atelier.fr/offre?x=1#prix.') }, { lines });
    expect(found).toEqual([{
      file: 'a.md', ruleId: 'utm-required', line: 6, column: 6, severity: 'error',
      message: 'the link lacks utm_source, utm_medium, utm_campaign',
      fix: [{ start: 5, end: 38, text: 'https://atelier.fr/offre?x=1&utm_source=linkedin&utm_medium=social&utm_campaign=hiver#prix' }],
    }]);
  });
  it('flags a utm_source other than the line’s', () => {
    const found = lintRule('utm-required', { 'a.md': post({}, 'www.atelier.fr/?utm_source=fb&utm_medium=social&utm_campaign=hiver') }, { lines });
    expect(found.map((f) => f.message)).toEqual(['utm_source is "fb", the line expects "linkedin"']);
  });
});
