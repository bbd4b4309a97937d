import { post } from './helpers.js';
import { ruleTester } from './tester.js';

const vous = { linkedin: { tone: { register: 'vous' as const } } };
const tu = { linkedin: { tone: { register: 'tu' as const } } };

ruleTester('register', {
  valid: [
    { name: 'passes vouvoiement on a vous line, and "le ton" is a noun', files: post({}, 'Découvrez votre atelier. Le ton de la marque reste chaleureux.'), scenario: { lines: vous } },
    { name: 'is a no-op in English', files: post({}, 'You and your team'), scenario: { lines: tu, settings: { locale: 'en' } } },
  ],
  invalid: [
    {
      name: 'flags tutoiement on a vous line: tu, t’, ton, -toi',
      files: post({}, 'Tu sais, t’as ton pain.\nDépêche-toi'),
      scenario: { lines: vous },
      errors: [
        { line: 6, column: 1, message: '"Tu" speaks as "tu", but this line uses "vous"' },
        { line: 6, column: 10, message: '"t’" speaks as "tu", but this line uses "vous"' },
        { line: 6, column: 15, message: '"ton" speaks as "tu", but this line uses "vous"' },
        { line: 7, column: 9, message: '"toi" speaks as "tu", but this line uses "vous"' },
      ],
    },
    {
      name: 'flags vouvoiement on a tu line',
      files: post({}, 'Viens chercher ton pain. Vos croissants, asseyez-vous'),
      scenario: { lines: tu },
      errors: [
        { line: 6, column: 26, message: '"Vos" speaks as "vous", but this line uses "tu"' },
        { line: 6, column: 50, message: '"vous" speaks as "vous", but this line uses "tu"' },
      ],
    },
    {
      name: 'flags vouvoiement on a tu line, in French',
      files: post({}, 'Vos croissants'),
      scenario: { lines: tu, locale: 'fr' },
      errors: [{ line: 6, column: 1, message: '« Vos » vouvoie, mais cette ligne tutoie' }],
    },
  ],
});
