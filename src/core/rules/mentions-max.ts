import { noOptions, postRule } from './define.js';
import { overMax } from './counted.js';

export const mentionsMax = postRule({
  id: 'mentions-max',
  defaultSeverity: 'error',
  options: noOptions,
  description: { en: 'No more @mentions than the tone’s mentions.max.', fr: 'Pas plus de @mentions que mentions.max du ton.' },
  messages: {
    en: {
      'lint.mentions_max': '{count} mentions, the tone allows at most {max}',
    },
    fr: {
      'lint.mentions_max': '{count} mentions, le ton en autorise au plus {max}',
    },
  },
  check: (context) => overMax(context, context.text.mentions, context.line.tone.mentionsMax, 'lint.mentions_max'),
});
