import { msg } from '../diagnostics.js';
import { findTerms } from '../lint/terms.js';
import { noOptions, postRule } from './define.js';

export const bannedTerm = postRule({
  id: 'banned-term',
  defaultSeverity: 'error',
  options: noOptions,
  description: {
    en: 'No term of the tone’s banned list (whole word, any case or accents; `*` extends a word).',
    fr: 'Aucun terme de la liste banned du ton (mot entier, sans tenir compte de la casse ni des accents ; `*` prolonge un mot).',
  },
  messages: {
    en: {
      'lint.banned_term': '"{term}" is a banned term (banned: "{pattern}")',
    },
    fr: {
      'lint.banned_term': '« {term} » est un terme banni (banni : « {pattern} »)',
    },
  },
  check: ({ post, text, line }) =>
    findTerms(text, line.tone.banned).map((match) => ({
      post, at: { kind: 'body', start: match.start, end: match.end },
      message: msg('lint.banned_term', { term: match.text, pattern: match.pattern }),
    })),
});
