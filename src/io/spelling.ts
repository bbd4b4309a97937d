import type { Speller } from '../core/lint/types.js';

export interface LoadedSpeller {
  speller: Speller;
  /** Milliseconds spent importing hunspell and reading the dictionary. */
  loadMs: number;
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
        list = hunspell.suggest(word);
        suggestions.set(word, list);
      }
      return list;
    },
  };
  return { speller, loadMs: performance.now() - started };
}
