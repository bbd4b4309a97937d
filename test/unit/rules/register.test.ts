import { describe, expect, it } from 'vitest';
import { lintRule, post } from './helpers.js';
import { ruleTester } from './tester.js';

const vous = { linkedin: { tone: { register: 'vous' as const } } };
const tu = { linkedin: { tone: { register: 'tu' as const } } };

ruleTester('register', {
  valid: [
    { name: 'passes vouvoiement on a vous line, and "le ton" is a noun', files: { 'a.md': post({}, 'Découvrez votre atelier. Le ton de la marque reste chaleureux.') }, scenario: { lines: vous } },
    { name: 'is a no-op in English', files: { 'a.md': post({}, 'You and your team') }, scenario: { lines: tu, settings: { locale: 'en' } } },
  ],
  invalid: [
  ],
});

describe('register', () => {
  it('flags tutoiement on a vous line: tu, t’, ton, -toi', () => {
    const found = lintRule('register', { 'a.md': post({}, 'Tu sais, t’as ton pain.\nDépêche-toi') }, { lines: vous });
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([
      [6, 1, '"Tu" speaks as "tu", but this line uses "vous"'],
      [6, 10, '"t’" speaks as "tu", but this line uses "vous"'],
      [6, 15, '"ton" speaks as "tu", but this line uses "vous"'],
      [7, 9, '"toi" speaks as "tu", but this line uses "vous"'],
    ]);
  });
  it('flags vouvoiement on a tu line', () => {
    const found = lintRule('register', { 'a.md': post({}, 'Viens chercher ton pain. Vos croissants, asseyez-vous') }, { lines: tu });
    expect(found.map((f) => [f.column, f.message])).toEqual([
      [26, '"Vos" speaks as "vous", but this line uses "tu"'],
      [50, '"vous" speaks as "vous", but this line uses "tu"'],
    ]);
    expect(lintRule('register', { 'a.md': post({}, 'Vos croissants') }, { lines: tu, locale: 'fr' })[0]!.message).toBe('« Vos » vouvoie, mais cette ligne tutoie');
  });
});
