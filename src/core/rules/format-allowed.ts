import { msg } from '../diagnostics.js';
import { didYouMean, noOptions, postRule } from './define.js';

export const formatAllowed = postRule({
  id: 'format-allowed',
  defaultSeverity: 'error',
  options: noOptions,
  description: {
    en: 'The post’s format is one of the formats its editorial line allows.',
    fr: 'Le format du post fait partie des formats autorisés par sa ligne éditoriale.',
  },
  messages: {
    en: {
      'lint.format_allowed': 'format "{format}" is not allowed on {network} ({choices})',
    },
    fr: {
      'lint.format_allowed': 'le format « {format} » n’est pas autorisé sur {network} ({choices})',
    },
  },
  check: ({ post, meta, line }) => {
    if (meta.format === undefined || line.formats.includes(meta.format)) return [];
    return [{
      post, at: { kind: 'key', key: 'format' },
      message: msg('lint.format_allowed', { format: meta.format, network: line.profile.name, choices: line.formats.join(', ') }),
      hint: didYouMean(meta.format, line.formats),
    }];
  },
});
