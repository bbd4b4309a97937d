import { msg } from '../diagnostics.js';
import { noOptions, postRule } from './define.js';

/** Between the line's hashtags.min and hashtags.max; the platform cap (Instagram: 5) always holds. */
export const hashtagsCount = postRule({
  id: 'hashtags-count',
  defaultSeverity: 'error',
  options: noOptions,
  description: {
    en: 'The number of hashtags lies between the line’s hashtags.min and hashtags.max (never above the platform cap).',
    fr: 'Le nombre de hashtags est entre hashtags.min et hashtags.max de la ligne (jamais au-delà du plafond du réseau).',
  },
  messages: {
    en: {
      'lint.hashtags.cap': '{count} hashtags, {network} allows at most {max}',
      'lint.hashtags.max': '{count} hashtags, the line allows at most {max}',
      'lint.hashtags.min': '{count} hashtag(s), the line asks for at least {min}',
    },
    fr: {
      'lint.hashtags.cap': '{count} hashtags, {network} en autorise au plus {max}',
      'lint.hashtags.max': '{count} hashtags, la ligne en autorise au plus {max}',
      'lint.hashtags.min': '{count} hashtag(s), la ligne en demande au moins {min}',
    },
  },
  check: ({ post, text, line }) => {
    const count = text.hashtags.length;
    const { hashtagsMin: min, hashtagsMax: max } = line.tone;
    if (max !== undefined && count > max) {
      const extra = text.hashtags[max]!;
      const cap = line.profile.hashtagCap;
      return [{
        post, at: { kind: 'body', start: extra.start, end: extra.end },
        message: msg(cap !== null && max === cap ? 'lint.hashtags.cap' : 'lint.hashtags.max', { count, max, network: line.profile.name }),
      }];
    }
    if (count < min) {
      return [{ post, at: { kind: 'body', start: Math.max(0, text.body.search(/\S/)) }, message: msg('lint.hashtags.min', { count, min }) }];
    }
    return [];
  },
});
