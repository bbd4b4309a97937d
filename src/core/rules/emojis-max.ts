import { countedMaxRule } from './counted.js';

export const emojisMax = countedMaxRule({
  id: 'emojis-max',
  description: { en: 'No more emojis than the tone’s emojis.max.', fr: 'Pas plus d’emojis que emojis.max du ton.' },
  message: ['lint.emojis_max', '{count} emojis, the tone allows at most {max}', '{count} emojis, le ton en autorise au plus {max}'],
  count: ({ text, line }) => ({ items: text.emojis, max: line.tone.emojisMax }),
});
