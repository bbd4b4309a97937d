import { noOptions, postRule } from './define.js';
import { overMax } from './counted.js';

export const emojisMax = postRule({
  id: 'emojis-max',
  defaultSeverity: 'error',
  options: noOptions,
  description: { en: 'No more emojis than the tone’s emojis.max.', fr: 'Pas plus d’emojis que emojis.max du ton.' },
  messages: {
    en: {
      'lint.emojis_max': '{count} emojis, the tone allows at most {max}',
    },
    fr: {
      'lint.emojis_max': '{count} emojis, le ton en autorise au plus {max}',
    },
  },
  check: (context) => overMax(context, context.text.emojis, context.line.tone.emojisMax, 'lint.emojis_max'),
});
