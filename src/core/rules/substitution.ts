import { msg } from '../diagnostics.js';
import { findTerms } from '../lint/terms.js';
import { noOptions, postRule } from './define.js';

/** The replacement written with the case of what it replaces: GRATUIT → OFFERT, Gratuit → Offert. */
export function matchCase(found: string, replacement: string): string {
  const letters = found.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const first = found.charAt(0);
  if (first !== first.toLowerCase()) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

export const substitution = postRule({
  id: 'substitution',
  defaultSeverity: 'warning',
  fixable: true,
  options: noOptions,
  description: {
    en: 'A term the tone’s substitutions replace is written with its preferred form (fixable).',
    fr: 'Un terme remplacé par les substitutions du ton est écrit sous sa forme préférée (corrigeable).',
  },
  messages: {
    en: {
      'lint.substitution': 'write "{replacement}" instead of "{found}"',
    },
    fr: {
      'lint.substitution': 'écrire « {replacement} » plutôt que « {found} »',
    },
  },
  check: ({ post, text, line }) => {
    const entries = Object.entries(line.tone.substitutions);
    const preferred = new Map(entries);
    return findTerms(text, entries.map(([avoided]) => avoided)).map((match) => {
      const replacement = matchCase(match.text, preferred.get(match.pattern)!);
      return {
        post, at: { kind: 'body', start: match.start, end: match.end },
        message: msg('lint.substitution', { found: match.text, replacement }),
        fix: [{ start: match.start, end: match.end, text: replacement }],
      };
    });
  },
});
