import type { Speller } from '../core/lint/types.js';

export interface LoadedSpeller {
  speller: Speller;
  /** Milliseconds spent importing hunspell and reading the dictionary. */
  loadMs: number;
}

const LETTERS = {
  fr: 'esaitnrulodcmpévqfbghjàxèyêzçôùâûîœëïkwü',
  en: 'etaoinshrdlcumwfgypbvkjxqz',
} as const;

/**
 * Words one edit away (a letter doubled, dropped, swapped, replaced or added),
 * likeliest first. hunspell's own suggest takes about half a second per word
 * with the French dictionary; checking these candidates takes milliseconds.
 */
function nearWords(word: string, language: 'fr' | 'en'): string[] {
  const letters = LETTERS[language];
  const out = new Set<string>();
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i += 1) {
    out.add(lower.slice(0, i) + lower[i] + lower.slice(i)); // doubled
    out.add(lower.slice(0, i) + lower.slice(i + 1)); // dropped
    if (i + 1 < lower.length) out.add(lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2)); // swapped
  }
  for (let i = 0; i <= lower.length; i += 1) {
    for (const letter of letters) {
      if (i < lower.length) out.add(lower.slice(0, i) + letter + lower.slice(i + 1)); // replaced
      out.add(lower.slice(0, i) + letter + lower.slice(i)); // added
    }
  }
  out.delete(lower);
  const capital = word[0] !== undefined && word[0] !== word[0].toLowerCase();
  return [...out].filter((w) => w.length > 0).map((w) => (capital ? w[0]!.toUpperCase() + w.slice(1) : w));
}

/**
 * A hunspell speller (hunspell-asm, WASM) with the dictionary-fr or
 * dictionary-en word lists. Each distinct word is checked once: posts repeat
 * their words, so 10,000 posts cost a few thousand lookups.
 */
export async function loadSpeller(language: 'fr' | 'en'): Promise<LoadedSpeller> {
  const started = performance.now();
  const { loadModule } = await import('hunspell-asm');
  const dictionary = language === 'fr' ? (await import('dictionary-fr')).default : (await import('dictionary-en')).default;
  const factory = await loadModule();
  const aff = factory.mountBuffer(dictionary.aff, `${language}.aff`);
  const dic = factory.mountBuffer(dictionary.dic, `${language}.dic`);
  const hunspell = factory.create(aff, dic);
  const known = new Map<string, boolean>();
  const suggestions = new Map<string, string[]>();
  const speller: Speller = {
    correct: (word) => {
      let ok = known.get(word);
      if (ok === undefined) {
        ok = hunspell.spell(word);
        known.set(word, ok);
      }
      return ok;
    },
    suggest: (word) => {
      let list = suggestions.get(word);
      if (!list) {
        list = nearWords(word, language).filter((candidate) => hunspell.spell(candidate)).slice(0, 3);
        suggestions.set(word, list);
      }
      return list;
    },
  };
  return { speller, loadMs: performance.now() - started };
}
