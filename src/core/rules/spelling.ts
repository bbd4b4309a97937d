import * as z from 'zod/mini';
import { msg } from '../diagnostics.js';
import { fold } from '../lint/text.js';
import type { LintWorkspace, RuleReport, Speller } from '../lint/types.js';
import { postRule } from './define.js';

const DIGIT = /\p{N}/u;
const NOT_LETTER = /[^\p{L}]/gu;
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)'/i;

/** Words never flagged: the charter's list, the brand, persona and competitor names. */
function allowedWords(workspace: LintWorkspace, extra: readonly string[]): Set<string> {
  const names = [
    workspace.settings.brand,
    ...(workspace.charter.spelling?.words ?? []),
    ...extra,
    ...workspace.personas.map((p) => p.name),
    ...workspace.competitors.map((c) => c.name),
  ];
  return new Set(names.flatMap((name) => [fold(name), ...name.split(/[\s/]+/).map(fold)]).filter(Boolean));
}

const cache = new WeakMap<LintWorkspace, Set<string>>();
/** Verdicts per allowed-word set: posts repeat their words, each is decided once. */
const verdicts = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

/** Numbers and words in capitals (acronyms) are not spell-checked. */
function skipped(word: string): boolean {
  if (DIGIT.test(word)) return true;
  if (word === word.toLowerCase()) return false;
  const letters = word.replace(NOT_LETTER, '');
  return letters.length > 1 && letters === letters.toUpperCase();
}

/** Each distinct word as written is decided once per run. */
const passes = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

function knownOnce(word: string, speller: Speller, allowed: ReadonlySet<string>): boolean {
  let seen = verdicts.get(allowed);
  if (!seen) {
    seen = new Map();
    verdicts.set(allowed, seen);
  }
  let verdict = seen.get(word);
  if (verdict === undefined) {
    verdict = known(word, speller, allowed);
    seen.set(word, verdict);
  }
  return verdict;
}

function known(word: string, speller: Speller, allowed: ReadonlySet<string>): boolean {
  if (speller.correct(word) || allowed.has(fold(word))) return true;
  const elided = ELISION.exec(word);
  if (elided) return known(word.slice(elided[0].length), speller, allowed);
  if (/'s$/i.test(word)) return known(word.slice(0, -2), speller, allowed);
  if (word.includes('-')) return word.split('-').every((part) => part === '' || known(part, speller, allowed));
  return false;
}

/**
 * Spelling against the workspace language's dictionary (hunspell). Hashtags,
 * mentions, links, emojis, numbers and words in capitals (acronyms) are
 * skipped; French elisions and both apostrophes are handled.
 */
export const spelling = postRule({
  id: 'spelling',
  defaultSeverity: 'warning',
  options: z.strictObject({ words: z._default(z.array(z.string()), []) }),
  description: {
    en: 'Every word is in the dictionary of the workspace language or in spelling.words.',
    fr: 'Chaque mot est dans le dictionnaire de la langue de l’espace de travail ou dans spelling.words.',
  },
  messages: {
    en: {
      'lint.spelling': '"{word}" is not in the dictionary',
    },
    fr: {
      'lint.spelling': '« {word} » n’est pas dans le dictionnaire',
    },
  },
  check: ({ post, text, env, workspace, options }): RuleReport[] => {
    const speller = env.speller;
    if (!speller) return [];
    let allowed = cache.get(workspace);
    if (!allowed || options.words.length > 0) {
      allowed = allowedWords(workspace, options.words);
      if (options.words.length === 0) cache.set(workspace, allowed);
    }
    const reports: RuleReport[] = [];
    let passed = passes.get(allowed);
    if (!passed) {
      passed = new Map();
      passes.set(allowed, passed);
    }
    for (const span of text.words) {
      let ok = passed.get(span.text);
      if (ok === undefined) {
        ok = skipped(span.text) || knownOnce(span.text.replace(/’/g, "'"), speller, allowed);
        passed.set(span.text, ok);
      }
      if (ok) continue;
      const suggestion = speller.suggest(span.text.replace(/’/g, "'"))[0];
      reports.push({
        post, at: { kind: 'body', start: span.start, end: span.end },
        message: msg('lint.spelling', { word: span.text }),
        ...(suggestion ? { hint: msg('hint.did_you_mean', { suggestion }) } : {}),
      });
    }
    return reports;
  },
});
