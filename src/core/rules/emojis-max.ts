import { noOptions, postRule } from './define.js';
import { overMax } from './counted.js';

export const emojisMax = postRule({
  id: 'emojis-max',
  defaultSeverity: 'error',
  options: noOptions,
  description: { en: 'No more emojis than the tone’s emojis.max.', fr: 'Pas plus d’emojis que emojis.max du ton.' },
  check: (context) => overMax(context, context.text.emojis, context.line.tone.emojisMax, 'lint.emojis_max'),
});
