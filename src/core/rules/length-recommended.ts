import { msg } from '../diagnostics.js';
import { countLength } from '../lint/length.js';
import { noOptions, postRule } from './define.js';

export const lengthRecommended = postRule({
  id: 'length-recommended',
  defaultSeverity: 'warning',
  options: noOptions,
  description: {
    en: 'The text is no longer than the line’s length.recommended.',
    fr: 'Le texte ne dépasse pas la longueur recommandée par la ligne (length.recommended).',
  },
  messages: {
    en: {
      'lint.length_recommended': 'the text is {length} characters long, above the recommended {recommended} for {network}',
    },
    fr: {
      'lint.length_recommended': 'le texte fait {length} caractères, au-delà des {recommended} recommandés pour {network}',
    },
  },
  check: ({ post, text, line, env }) => {
    const recommended = line.length.recommended;
    if (recommended === undefined) return [];
    const length = countLength(text.published, line.profile.counting, env.tweetLength);
    if (length <= recommended || length > line.length.max) return [];
    return [{
      post, at: { kind: 'body', start: Math.max(0, text.body.search(/\S/)) },
      message: msg('lint.length_recommended', { length, recommended, network: line.profile.name }),
    }];
  },
});
