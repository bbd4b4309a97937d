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

/** How a word addresses the reader: the whole word, its elided start (t'), a suffix (-toi), or not at all. */
type Address = 'word' | 'elision' | number | undefined;

function classify(text: string, register: 'vous' | 'tu'): Address {
  // Only short words, elisions and hyphenated forms can be a pronoun: fold nothing else.
  if (text.length > 6 && !/[-'’]/.test(text)) return undefined;
  const [set, suffixes] = register === 'vous' ? [TU_WORDS, TU_SUFFIXES] : [VOUS_WORDS, VOUS_SUFFIXES];
  const folded = fold(text);
  if (set.has(folded)) return 'word';
  if (register === 'vous' && folded.startsWith("t'")) return 'elision';
  const suffix = suffixes.find((s) => folded.endsWith(s));
  return suffix ? suffix.length - 1 : undefined;
}

const classified = { vous: new Map<string, Address>(), tu: new Map<string, Address>() };

function offending(words: readonly Span[], register: 'vous' | 'tu'): Span[] {
  const seen = classified[register];
  const out: Span[] = [];
  words.forEach((word, index) => {
    let address = seen.get(word.text);
    if (!seen.has(word.text)) {
      address = classify(word.text, register);
      seen.set(word.text, address);
    }
    if (address === undefined) return;
    if (address === 'word') {
      if (fold(word.text) === 'ton' && TON_AS_NOUN.has(fold(words[index - 1]?.text ?? ''))) return;
      out.push(word);
    } else if (address === 'elision') {
      out.push({ start: word.start, end: word.start + 2, text: word.text.slice(0, 2) });
    } else {
      out.push({ start: word.end - address, end: word.end, text: word.text.slice(-address) });
    }
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
  messages: {
    en: {
      'lint.register.tu': '"{word}" speaks as "tu", but this line uses "vous"',
      'lint.register.vous': '"{word}" speaks as "vous", but this line uses "tu"',
    },
    fr: {
      'lint.register.tu': '« {word} » tutoie, mais cette ligne vouvoie',
      'lint.register.vous': '« {word} » vouvoie, mais cette ligne tutoie',
    },
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
