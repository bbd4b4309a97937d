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
  const parts = partsOf(template);
  if (parts.length === 1 && typeof parts[0] === 'string') return template;
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = params[part.name];
    if (value === undefined) out += part.whole;
    else if (typeof value === 'object') out += catalogs[locale][value.ref] ?? value.ref;
    else out += part.number && typeof value === 'number' ? numberFormat(locale).format(value) : String(value);
  }
  return out;
}

type Part = string | { whole: string; name: string; number: boolean };

/** A template cut once at its `{name}` and `{name:number}` placeholders: lint reports tens of thousands of messages from a few templates. */
const templates = new Map<string, Part[]>();
function partsOf(template: string): Part[] {
  let parts = templates.get(template);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)(:number)?\}/g)) {
    if (match.index > last) parts.push(template.slice(last, match.index));
    parts.push({ whole: match[0], name: match[1]!, number: match[2] !== undefined });
    last = match.index + match[0].length;
  }
  if (last < template.length || parts.length === 0) parts.push(template.slice(last));
  templates.set(template, parts);
  return parts;
}

/** The same digits as `toLocaleString(locale)`, without building a formatter per number. */
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format;
}

export function translator(locale: Locale): Translate {
  return (ref, params) => {
    const { id, params: refParams } = typeof ref === 'string' ? { id: ref, params } : ref;
    const template = catalogs[locale][id] ?? catalogs.en[id] ?? id;
    return interpolate(template, locale, refParams ?? params);
  };
}

