import { en } from './en.js';
import { fr } from './fr.js';
import type { MessageRef } from '../core/diagnostics.js';

import type { Locale } from './locale.js';

export { LOCALES, isLocale, localeFromEnv, resolveLocale, type Locale } from './locale.js';

const catalogs: Record<Locale, Record<string, string>> = { en, fr };

/**
 * Extra catalogs registered by commands (lint rules, init prompts…) so that
 * each command's messages live next to it and load only with it.
 */
export function registerMessages(locale: Locale, messages: Record<string, string>): void {
  Object.assign(catalogs[locale], messages);
}

export type Translate = (ref: MessageRef | string, params?: MessageRef['params']) => string;

/**
 * Parameters marked with `ref()` are message ids and are translated; every
 * other value is shown as it is, but for `{name:number}`, a number written
 * the locale's way (49,950 in English, 49 950 in French).
 */
function interpolate(template: string, locale: Locale, params: MessageRef['params'] = {}): string {
  return template.replace(/\{(\w+)(:number)?\}/g, (whole, name: string, number: string | undefined) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'object') return catalogs[locale][value.ref] ?? value.ref;
    return number && typeof value === 'number' ? value.toLocaleString(locale) : String(value);
  });
}

export function translator(locale: Locale): Translate {
  return (ref, params) => {
    const { id, params: refParams } = typeof ref === 'string' ? { id: ref, params } : ref;
    const template = catalogs[locale][id] ?? catalogs.en[id] ?? id;
    return interpolate(template, locale, refParams ?? params);
  };
}

