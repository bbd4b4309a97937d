import type { Span } from '../lint/text.js';
import { noOptions, postRule } from './define.js';
import { overMax } from './counted.js';

/** Exclamation marks outside links (a run like "!!!" counts each mark). */
function exclamations(masked: string, urls: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (let i = masked.indexOf('!'); i !== -1; i = masked.indexOf('!', i + 1)) {
    if (!urls.some((u) => i >= u.start && i < u.end)) out.push({ start: i, end: i + 1, text: '!' });
  }
  return out;
}

export const exclamationsMax = postRule({
  id: 'exclamations-max',
  defaultSeverity: 'error',
  options: noOptions,
  description: { en: 'No more exclamation marks than the tone’s exclamations.max.', fr: 'Pas plus de points d’exclamation que exclamations.max du ton.' },
  messages: {
    en: {
      'lint.exclamations_max': '{count} exclamation marks, the tone allows at most {max}',
    },
    fr: {
      'lint.exclamations_max': '{count} points d’exclamation, le ton en autorise au plus {max}',
    },
  },
  check: (context) => overMax(context, exclamations(context.text.masked, context.text.urls), context.line.tone.exclamationsMax, 'lint.exclamations_max'),
});
