import { describe, expect, it } from 'vitest';
import { idFrom, slugify, uniqueName } from '../../../src/core/slug.js';

describe('slugify', () => {
  it.each([
    ['Hello World', 'hello-world'],
    ['Été à Noël', 'ete-a-noel'],
    ["L'œuvre d'art", 'l-oeuvre-d-art'],
    ['Straße & Ærø', 'strasse-aero'],
    ['Łódź, Kraków', 'lodz-krakow'],
    ['  --Déjà vu!!  ', 'deja-vu'],
    ['CO₂ 2027 🚀', 'co2-2027'],
    ['engagement_rate', 'engagement-rate'],
    ['🚀🎉', ''],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Les dix meilleures recettes de pâtisserie pour les fêtes de fin d’année en famille');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('les-dix-meilleures-recettes-de-patisserie-pour-les-fetes-de');
  });
});

describe('uniqueName and idFrom', () => {
  it('adds -2, -3… to names already taken', () => {
    expect(uniqueName('post', [])).toBe('post');
    expect(uniqueName('post', ['post', 'post-2'])).toBe('post-3');
    expect(uniqueName('post', new Set(['post']))).toBe('post-2');
  });

  it('falls back when a name has no letter', () => {
    expect(idFrom('Claire, DSI', [], 'persona-1')).toBe('claire-dsi');
    expect(idFrom('Claire, DSI', ['claire-dsi'], 'persona-1')).toBe('claire-dsi-2');
    expect(idFrom('???', [], 'persona-1')).toBe('persona-1');
  });
});
