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

/** Letters a typo most often misses or doubles: tried first, before every letter. */
const ACCENTS: Record<string, string> = { e: 'éèêë', a: 'àâ', i: 'îï', o: 'ô', u: 'ùûü', c: 'ç' };

/**
 * Words one edit away, likeliest first, in two tiers: a letter doubled,
 * dropped, swapped or given an accent; then any letter replaced or added.
 * hunspell's own suggest takes about half a second per word with the French
 * dictionary; checking these candidates takes milliseconds.
 */
function nearWords(word: string, language: 'fr' | 'en'): [string[], string[]] {
  const lower = word.toLowerCase();
  const first = new Set<string>();
  const second = new Set<string>();
  for (let i = 0; i < lower.length; i += 1) {
    const char = lower[i]!;
    first.add(lower.slice(0, i) + char + lower.slice(i)); // doubled
    first.add(lower.slice(0, i) + lower.slice(i + 1)); // dropped
    if (i + 1 < lower.length) first.add(lower.slice(0, i) + lower[i + 1] + char + lower.slice(i + 2)); // swapped
    for (const accented of language === 'fr' ? (ACCENTS[char] ?? '') : '') first.add(lower.slice(0, i) + accented + lower.slice(i + 1));
  }
  for (let i = 0; i <= lower.length; i += 1) {
    for (const letter of LETTERS[language]) {
      if (i < lower.length) second.add(lower.slice(0, i) + letter + lower.slice(i + 1)); // replaced
      second.add(lower.slice(0, i) + letter + lower.slice(i)); // added
    }
  }
  const capital = word[0] !== undefined && word[0] !== word[0].toLowerCase();
  const shaped = (set: Set<string>) =>
    [...set].filter((w) => w.length > 0 && w !== lower).map((w) => (capital ? w[0]!.toUpperCase() + w.slice(1) : w));
  return [shaped(first), shaped(second).filter((w) => !first.has(w.toLowerCase()))];
}

/** Words longer than this get no suggestion (hunspell stops at 100 too): a pasted hash must not cost every one-edit variant of itself. */
export const MAX_SUGGESTED_LENGTH = 100;

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
      if (word.length > MAX_SUGGESTED_LENGTH) return [];
      let list = suggestions.get(word);
      if (!list) {
        const [likely, others] = nearWords(word, language);
        list = likely.filter((candidate) => hunspell.spell(candidate));
        if (list.length === 0) list = others.filter((candidate) => hunspell.spell(candidate));
        list = list.slice(0, 3);
        suggestions.set(word, list);
      }
      return list;
    },
  };
  return { speller, loadMs: performance.now() - started };
}
