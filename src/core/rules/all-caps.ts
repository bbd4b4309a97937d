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
const allowedSets = new WeakMap<object, Set<string>>();

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
    let allowed = allowedSets.get(options);
    if (!allowed) {
      allowed = new Set([...KNOWN_ACRONYMS, ...options.allow, ...workspace.settings.brand.split(/\s+/)].map((w) => w.toUpperCase()));
      allowedSets.set(options, allowed);
    }
    const known = allowed;
    return text.words.flatMap((word) => {
      if (word.text.length < options.minLength || word.text === word.text.toLowerCase() || DIGIT.test(word.text)) return [];
      const letters = word.text.replace(NOT_LETTER, '');
      if (letters.length < options.minLength) return [];
      if (letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return [];
      if (known.has(word.text.toUpperCase())) return [];
      return [{ post, at: { kind: 'body' as const, start: word.start, end: word.end }, message: msg('lint.all_caps', { word: word.text }) }];
    });
  },
});
