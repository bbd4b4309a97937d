import { msg, ref } from '../diagnostics.js';
import { countLength } from '../lint/length.js';
import { noOptions, postRule } from './define.js';

const COUNTING_KEYS = { 'twitter-text': 'weighted', graphemes: 'graphemes', mastodon: 'mastodon', 'utf8-bytes-emoji': 'emoji_bytes' } as const;

/** The published text fits the line's `length.max`, itself never above the platform limit. */
export const lengthMax = postRule({
  id: 'length-max',
  defaultSeverity: 'error',
  options: noOptions,
  description: {
    en: 'The text is no longer than the line’s length.max or the platform limit, counted as the network counts.',
    fr: 'Le texte ne dépasse pas length.max de la ligne ni la limite du réseau, compté comme le réseau compte.',
  },
  messages: {
    en: {
      'lint.counting.emoji_bytes': 'emojis count their UTF-8 bytes',
      'lint.counting.graphemes': 'an emoji counts 1',
      'lint.counting.mastodon': 'each link counts 23',
      'lint.counting.weighted': 'weighted as X counts: each link 23, emojis 2',
      'lint.length_max.line': 'the text is {length} characters long, above the line’s maximum of {max} ({counting})',
      'lint.length_max.platform': 'the text is {length} characters long, above the {network} limit of {max} ({counting})',
    },
    fr: {
      'lint.counting.emoji_bytes': 'les emojis comptent leurs octets UTF-8',
      'lint.counting.graphemes': 'un emoji compte 1',
      'lint.counting.mastodon': 'chaque lien compte 23',
      'lint.counting.weighted': 'pondéré comme X compte : chaque lien 23, les emojis 2',
      'lint.length_max.line': 'le texte fait {length} caractères, au-delà du maximum de la ligne de {max} ({counting})',
      'lint.length_max.platform': 'le texte fait {length} caractères, au-delà de la limite de {network} de {max} ({counting})',
    },
  },
  check: ({ post, text, line, env }) => {
    const length = countLength(text.published, line.profile.counting, env.tweetLength);
    if (length <= line.length.max) return [];
    const which = line.length.max === line.profile.textLimit ? 'platform' : 'line';
    const counting = ref(`lint.counting.${COUNTING_KEYS[line.profile.counting]}`);
    return [{
      post, at: { kind: 'body', start: Math.max(0, text.body.search(/\S/)) },
      message: msg(`lint.length_max.${which}`, { length, max: line.length.max, network: line.profile.name, counting }),
    }];
  },
});
