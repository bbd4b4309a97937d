import type { Speller } from '../../../src/core/lint/types.js';
import { loadSpeller } from '../../../src/io/spelling.js';
import { post } from './helpers.js';
import { ruleTester } from './tester.js';

const fr: Speller = (await loadSpeller('fr')).speller;
const en: Speller = (await loadSpeller('en')).speller;
const english = { speller: en, settings: { locale: 'en' } };

ruleTester('spelling', {
  valid: [
    { name: 'is silent without a dictionary (the rule is off, so none was loaded)', files: post({}, 'boulangeri') },
    {
      name: 'passes French with elisions and both apostrophes, names, hashtags, mentions, links, emojis, numbers and acronyms',
      files: post({}, [
        'Aujourd’hui, l’entreprise Atelier Nord et c\'est jusqu’à 18 h : aujourd\'hui.',
        'Claire Martin vous attend #boulangerie @fournil https://exemple.fr/pâtisserie 🥐 2027 RGPD.',
        'Peut-être demain, Kombucha ?',
      ].join('\n')),
      scenario: { speller: fr, charter: { spelling: { words: ['kombucha'] } } },
    },
    { name: 'checks English with the English dictionary', files: post({}, "Our team's pricing isn't cheap."), scenario: english },
  ],
  invalid: [
    {
      name: 'flags an unknown word with a suggestion',
      files: post({}, 'Notre boulangeri ouvre.'),
      scenario: { speller: fr },
      errors: [{
        file: 'a.md', ruleId: 'spelling', line: 6, column: 7, severity: 'warning',
        message: '"boulangeri" is not in the dictionary (did you mean "boulanger"?)',
      }],
    },
    { name: 'flags an unknown English word', files: post({}, 'Our pricng page'), scenario: english, errors: [{ line: 6, column: 5 }] },
    {
      name: 'flags a word longer than 100 letters without computing suggestions for it (a pasted hash)',
      files: post({}, `Code ${'zq'.repeat(2500)} ici`),
      scenario: { speller: fr },
      errors: [{ line: 6, column: 6, message: `"${'zq'.repeat(2500)}" is not in the dictionary` }],
    },
  ],
});
