import * as z from 'zod/mini';
import { msg } from '../diagnostics.js';
import { postRule } from './define.js';

/** Acronyms a post may write in capitals; the option `allow` adds the workspace's own. */
export const KNOWN_ACRONYMS = [
  'ASAP', 'B2B', 'B2C', 'CNIL', 'COVID', 'CSRD', 'DSI', 'DRH', 'FAQ', 'HTML', 'HTTP', 'HTTPS', 'JSON', 'NASA', 'ONU',
  'PDF', 'PME', 'RGPD', 'GDPR', 'SNCF', 'UNESCO', 'URSSAF', 'YAML', 'API', 'CRM', 'SEO', 'KPI', 'AOP', 'AOC', 'IGP', 'BIO',
];

const DIGIT = /\p{N}/u;
const NOT_LETTER = /[^\p{L}]/gu;
/** Per options: the words allowed in capitals, and each distinct word's verdict (posts repeat their words: each is decided once). */
const decided = new WeakMap<object, { allowed: Set<string>; shouting: Map<string, boolean> }>();

function shouts(word: string, minLength: number, allowed: ReadonlySet<string>): boolean {
  if (word.length < minLength || word === word.toLowerCase() || DIGIT.test(word)) return false;
  const letters = word.replace(NOT_LETTER, '');
  if (letters.length < minLength) return false;
  if (letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return false;
  return !allowed.has(word.toUpperCase());
}

export const allCaps = postRule({
  id: 'all-caps',
  defaultSeverity: 'warning',
  options: z.strictObject({
    minLength: z._default(z.number().check(z.int(), z.gte(2)), 4),
    allow: z._default(z.array(z.string()), []),
  }),
  description: {
    en: 'No word of 4 letters or more in capitals (shouting), acronyms allowed.',
    fr: 'Pas de mot de 4 lettres ou plus en majuscules (on crie), sauf les sigles autorisés.',
  },
  messages: {
    en: {
      'lint.all_caps': '"{word}" is written in capitals',
    },
    fr: {
      'lint.all_caps': '« {word} » est écrit en majuscules',
    },
  },
  check: ({ post, text, options, workspace }) => {
    let known = decided.get(options);
    if (!known) {
      const allowed = new Set([...KNOWN_ACRONYMS, ...options.allow, ...workspace.settings.brand.split(/\s+/)].map((w) => w.toUpperCase()));
      known = { allowed, shouting: new Map() };
      decided.set(options, known);
    }
    const { allowed, shouting } = known;
    return text.words.flatMap((word) => {
      let verdict = shouting.get(word.text);
      if (verdict === undefined) {
        verdict = shouts(word.text, options.minLength, allowed);
        shouting.set(word.text, verdict);
      }
      return verdict ? [{ post, at: { kind: 'body' as const, start: word.start, end: word.end }, message: msg('lint.all_caps', { word: word.text }) }] : [];
    });
  },
});
