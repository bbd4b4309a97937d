import { z } from 'zod';
import { msg } from '../diagnostics.js';
import { postRule } from './define.js';

/** Acronyms a post may write in capitals; the option `allow` adds the workspace's own. */
export const KNOWN_ACRONYMS = [
  'ASAP', 'B2B', 'B2C', 'CNIL', 'COVID', 'CSRD', 'DSI', 'DRH', 'FAQ', 'HTML', 'HTTP', 'HTTPS', 'JSON', 'NASA', 'ONU',
  'PDF', 'PME', 'RGPD', 'GDPR', 'SNCF', 'UNESCO', 'URSSAF', 'YAML', 'API', 'CRM', 'SEO', 'KPI', 'AOP', 'AOC', 'IGP', 'BIO',
];

export const allCaps = postRule({
  id: 'all-caps',
  defaultSeverity: 'warning',
  options: z.strictObject({
    minLength: z.number().int().min(2).default(4),
    allow: z.array(z.string()).default([]),
  }),
  description: {
    en: 'No word of 4 letters or more in capitals (shouting), acronyms allowed.',
    fr: 'Pas de mot de 4 lettres ou plus en majuscules (on crie), sauf les sigles autorisés.',
  },
  check: ({ post, text, options, workspace }) => {
    const allowed = new Set([...KNOWN_ACRONYMS, ...options.allow, ...workspace.settings.brand.split(/\s+/)].map((w) => w.toUpperCase()));
    return text.words.flatMap((word) => {
      const letters = word.text.replace(/[^\p{L}]/gu, '');
      if (letters.length < options.minLength || /\p{N}/u.test(word.text)) return [];
      if (letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return [];
      if (allowed.has(word.text.toUpperCase())) return [];
      return [{ post, at: { kind: 'body' as const, start: word.start, end: word.end }, message: msg('lint.all_caps', { word: word.text }) }];
    });
  },
});
