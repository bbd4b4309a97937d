import { msg } from '../diagnostics.js';
import { fold, type Span } from '../lint/text.js';
import type { RuleReport } from '../lint/types.js';
import { noOptions, postRule } from './define.js';

const TU_WORDS = new Set(['tu', 'te', 'toi', 'ton', 'ta', 'tes']);
const TU_SUFFIXES = ['-toi', '-tu'];
const VOUS_WORDS = new Set(['vous', 'votre', 'vos', 'votres']);
const VOUS_SUFFIXES = ['-vous'];
/** "le ton de la marque" speaks of a tone, not to the reader. */
const TON_AS_NOUN = new Set(['le', 'un', 'du', 'ce', 'quel', 'mon', 'son', 'leur', 'meme', 'bon']);

function offending(words: readonly Span[], register: 'vous' | 'tu'): Span[] {
  const [set, suffixes] = register === 'vous' ? [TU_WORDS, TU_SUFFIXES] : [VOUS_WORDS, VOUS_SUFFIXES];
  const out: Span[] = [];
  words.forEach((word, index) => {
    // Only short words, elisions and hyphenated forms can be a pronoun: fold nothing else.
    if (word.text.length > 6 && !/[-'’]/.test(word.text)) return;
    const folded = fold(word.text);
    if (set.has(folded)) {
      if (folded === 'ton' && TON_AS_NOUN.has(fold(words[index - 1]?.text ?? ''))) return;
      out.push(word);
      return;
    }
    if (register === 'vous' && /^t'/.test(folded)) {
      out.push({ start: word.start, end: word.start + 2, text: word.text.slice(0, 2) });
      return;
    }
    const suffix = suffixes.find((s) => folded.endsWith(s));
    if (suffix) out.push({ start: word.end - suffix.length + 1, end: word.end, text: word.text.slice(-suffix.length + 1) });
  });
  return out;
}

/**
 * French only: a `vous` line flags tutoiement (tu, te, t', toi, ton, ta, tes,
 * -toi, -tu), a `tu` line flags vouvoiement (vous, votre, vos, -vous). In
 * English, `formal`/`informal` are not checked.
 */
export const register = postRule({
  id: 'register',
  defaultSeverity: 'error',
  options: noOptions,
  description: {
    en: 'French posts keep the line’s register: no “tu” on a “vous” line and no “vous” on a “tu” line.',
    fr: 'Les posts en français gardent le registre de la ligne : pas de tutoiement sur une ligne « vous », pas de vouvoiement sur une ligne « tu ».',
  },
  check: ({ post, text, line, workspace }): RuleReport[] => {
    const language = workspace.charter.spelling?.language ?? workspace.settings.locale;
    const wanted = line.tone.register;
    if (language !== 'fr' || (wanted !== 'vous' && wanted !== 'tu')) return [];
    return offending(text.words, wanted).map((span) => ({
      post, at: { kind: 'body', start: span.start, end: span.end },
      message: msg(wanted === 'vous' ? 'lint.register.tu' : 'lint.register.vous', { word: span.text }),
    }));
  },
});
