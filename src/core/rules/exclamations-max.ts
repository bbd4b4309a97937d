import type { Span } from '../lint/text.js';
import { countedMaxRule } from './counted.js';

/** Exclamation marks outside links (a run like "!!!" counts each mark). */
function exclamations(masked: string, urls: readonly Span[]): Span[] {
  const out: Span[] = [];
  let next = 0;
  for (let i = masked.indexOf('!'); i !== -1; i = masked.indexOf('!', i + 1)) {
    // Links are in order and do not overlap: one pointer, not a scan of every link per mark.
    while (next < urls.length && urls[next]!.end <= i) next += 1;
    if (next === urls.length || i < urls[next]!.start) out.push({ start: i, end: i + 1, text: '!' });
  }
  return out;
}

export const exclamationsMax = countedMaxRule({
  id: 'exclamations-max',
  description: { en: 'No more exclamation marks than the tone’s exclamations.max.', fr: 'Pas plus de points d’exclamation que exclamations.max du ton.' },
  message: ['lint.exclamations_max', '{count} exclamation marks, the tone allows at most {max}', '{count} points d’exclamation, le ton en autorise au plus {max}'],
  count: ({ text, line }) => ({ items: exclamations(text.masked, text.urls), max: line.tone.exclamationsMax }),
});
