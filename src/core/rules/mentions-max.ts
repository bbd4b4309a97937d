import { countedMaxRule } from './counted.js';

/** @mentions outside links and e-mail addresses. */
export const mentionsMax = countedMaxRule({
  id: 'mentions-max',
  description: { en: 'No more @mentions than the tone’s mentions.max.', fr: 'Pas plus de @mentions que mentions.max du ton.' },
  message: ['lint.mentions_max', '{count} mentions, the tone allows at most {max}', '{count} mentions, le ton en autorise au plus {max}'],
  count: ({ text, line }) => ({ items: text.mentions, max: line.tone.mentionsMax }),
});
