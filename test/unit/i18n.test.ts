import { describe, expect, it } from 'vitest';
import { ref } from '../../src/core/diagnostics.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';
import { monthTitle, shortDay, weekdayNames } from '../../src/i18n/dates.js';
import { localeFromEnv, registerMessages, resolveLocale, translator } from '../../src/i18n/index.js';

describe('i18n', () => {
  it('interpolates every catalog message as the one-regex replace did (templates are cut once and cached)', () => {
    const params = { n: 49950, x: 'a{b}', r: ref('type.string'), count: 1234.5, key: 'k', file: 'f', total: 10000 };
    registerMessages('en', { 'test.only_param': '{n:number}', 'test.edges': '{n}{missing}{n:number}{x}{r}{{count:number}}' });
    registerMessages('fr', { 'test.only_param': '{n:number}', 'test.edges': '{n}{missing}{n:number}{x}{r}{{count:number}}' });
    for (const [locale, catalog] of [['en', en], ['fr', fr]] as const) {
      const t = translator(locale);
      const old = (template: string) => template.replace(/\{(\w+)(:number)?\}/g, (whole, name: string, number: string | undefined) => {
        const value = (params as Record<string, unknown>)[name];
        if (value === undefined) return whole;
        if (typeof value === 'object') return t('type.string');
        return number && typeof value === 'number' ? value.toLocaleString(locale) : String(value);
      });
      for (const id of [...Object.keys(catalog), 'test.only_param', 'test.edges']) {
        const template = id.startsWith('test.') ? (id === 'test.only_param' ? '{n:number}' : '{n}{missing}{n:number}{x}{r}{{count:number}}') : catalog[id as keyof typeof catalog];
        expect(t(id, params)).toBe(old(template));
        expect(t(id, params)).toBe(old(template));
      }
    }
  });
  it('has a French message for every English one', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });
  it('picks --locale, then the workspace, then LANG/LC_ALL, then English', () => {
    expect(resolveLocale('fr', 'en', { LANG: 'en_US.UTF-8' })).toBe('fr');
    expect(resolveLocale(undefined, 'fr', { LANG: 'en_US.UTF-8' })).toBe('fr');
    expect(resolveLocale(undefined, undefined, { LANG: 'fr_CA.UTF-8' })).toBe('fr');
    expect(resolveLocale(undefined, undefined, { LC_ALL: 'fr_FR.UTF-8', LANG: 'en_US.UTF-8' })).toBe('fr');
    expect(resolveLocale(undefined, undefined, { LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(localeFromEnv({})).toBeUndefined();
  });
  it('interpolates parameters and translates only the parameters marked as message ids', () => {
    const t = translator('fr');
    expect(t({ id: 'schema.type', params: { expected: ref('type.number'), received: ref('type.array') } })).toBe('doit être un nombre, pas une liste');
    // A blackout reason written `report.summary` is the user's text, not a message to expand.
    expect(t({ id: 'load.unreadable', params: { reason: 'report.summary' } })).toContain('report.summary');
    expect(t('report.summary', { errors: 2, warnings: 0 })).toBe('2 erreur(s), 0 avertissement(s)');
  });
  it('formats dates through date-fns locales', () => {
    expect(shortDay('2027-01-12', 'fr')).toBe('mar. 12 janv.');
    expect(shortDay('2027-01-12', 'en')).toBe('Tue 12 Jan');
    expect(monthTitle('2027-02', 'fr')).toBe('Février 2027');
    expect(weekdayNames('fr')).toEqual(['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']);
    expect(weekdayNames('en', 'long')[6]).toBe('Sunday');
  });
});

describe('dateRange writes a range as a person does', () => {
  it('in French and English, across months and years, one day alone', async () => {
    const { dateRange } = await import('../../src/i18n/dates.js');
    expect(dateRange('2027-01-04', '2027-01-31', 'fr')).toBe('du 4 au 31 janvier 2027');
    expect(dateRange('2027-01-04', '2027-01-31', 'en')).toBe('4 to 31 January 2027');
    expect(dateRange('2027-01-01', '2027-02-01', 'fr')).toBe('du 1er janvier au 1er février 2027');
    expect(dateRange('2026-12-28', '2027-01-03', 'fr')).toBe('du 28 décembre 2026 au 3 janvier 2027');
    expect(dateRange('2026-12-28', '2027-01-03', 'en')).toBe('28 December 2026 to 3 January 2027');
    expect(dateRange('2027-03-01', '2027-03-01', 'fr')).toBe('le 1er mars 2027');
    expect(dateRange('2027-03-01', '2027-03-01', 'en')).toBe('1 March 2027');
  });
});
