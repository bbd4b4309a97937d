import { describe, expect, it } from 'vitest';
import type { Speller } from '../../../src/core/lint/types.js';
import { loadSpeller } from '../../../src/io/spelling.js';
import { lintRule, post } from './helpers.js';
import { ruleTester } from './tester.js';

const fr: Speller = (await loadSpeller('fr')).speller;
const en: Speller = (await loadSpeller('en')).speller;

ruleTester('spelling', {
  valid: [
    { name: 'is silent without a dictionary (the rule is off, so none was loaded)', files: { 'a.md': post({}, 'boulangeri') } },
  ],
  invalid: [
    { name: 'flags an unknown word with a suggestion', files: { 'a.md': post({}, 'Notre boulangeri ouvre.') }, scenario: { speller: fr }, errors: [{
          file: 'a.md', ruleId: 'spelling', line: 6, column: 7, severity: 'warning',
          message: '"boulangeri" is not in the dictionary (did you mean "boulanger"?)',
        }] },
  ],
});

describe('spelling', () => {
  it('passes French with elisions and both apostrophes, names, hashtags, mentions, links, emojis, numbers and acronyms', () => {
    const body = [
      'Aujourd’hui, l’entreprise Atelier Nord et c\'est jusqu’à 18 h : aujourd\'hui.',
      'Claire Martin vous attend #boulangerie @fournil https://exemple.fr/pâtisserie 🥐 2027 RGPD.',
      'Peut-être demain, Kombucha ?',
    ].join('\n');
    expect(lintRule('spelling', { 'a.md': post({}, body) }, { speller: fr, charter: { spelling: { words: ['kombucha'] } } })).toEqual([]);
  });
  it('checks English with the English dictionary', () => {
    const scenario = { speller: en, settings: { locale: 'en' } };
    expect(lintRule('spelling', { 'a.md': post({}, "Our team's pricing isn't cheap.") }, scenario)).toEqual([]);
    expect(lintRule('spelling', { 'a.md': post({}, 'Our pricng page') }, scenario).map((f) => f.column)).toEqual([5]);
  });
});
