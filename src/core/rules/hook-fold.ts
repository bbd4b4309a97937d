import { msg } from '../diagnostics.js';
import { commentSpans, graphemes, replaceComments } from '../lint/text.js';
import { noOptions, postRule } from './define.js';

/** The end of the first sentence: a stop followed by a space or the end of the text. */
const SENTENCE_END = /[.!?…](?=\s|$)/;
/** How much of the text before the fold the message quotes. */
const QUOTED = 24;

/** The hook of a post fits before the network's "see more" fold. */
export const hookFold = postRule({
  id: 'hook-fold',
  defaultSeverity: 'warning',
  options: noOptions,
  description: {
    en: 'The hook (first sentence or first line) fits before the network’s “see more” fold.',
    fr: 'L’accroche (première phrase ou première ligne) tient avant le pli « voir plus » du réseau.',
  },
  messages: {
    en: {
      'lint.hook_fold': 'the hook is {length} characters long: {network} folds after {fold} (“see more”), here, after “{before}”',
    },
    fr: {
      'lint.hook_fold': 'l’accroche fait {length} caractères : {network} la coupe après {fold} (« voir plus »), ici, après « {before} »',
    },
  },
  check: ({ post, text, line }) => {
    const fold = line.length.fold;
    const hook = fold === undefined ? undefined : hookOf(text.masked);
    if (fold === undefined || !hook) return [];
    const characters = graphemes(replaceComments(text.body.slice(hook.start, hook.end), ''));
    if (characters.length <= fold) return [];
    const offset = offsetAfter(text.body, hook, fold);
    const cut = fold > QUOTED;
    const quoted = characters.slice(cut ? fold - QUOTED : 0, fold).join('');
    // A quote that starts inside a word starts at the next one.
    const before = (cut && quoted.includes(' ') ? quoted.slice(quoted.indexOf(' ')) : quoted).trim();
    return [{
      post, at: { kind: 'body', start: offset, end: hook.end },
      message: msg('lint.hook_fold', { length: characters.length, fold, network: line.profile.name, before: `${cut ? '…' : ''}${before}` }),
    }];
  },
});

/** The hook: from the first published character to the end of the first sentence or the first line, whichever comes first. */
function hookOf(masked: string): { start: number; end: number } | undefined {
  const start = masked.search(/\S/);
  if (start === -1) return undefined;
  const rest = masked.slice(start);
  const lineEnd = rest.indexOf('\n');
  const stop = SENTENCE_END.exec(rest);
  const ends = [lineEnd === -1 ? rest.length : lineEnd, stop ? stop.index + 1 : rest.length];
  return { start, end: start + Math.min(...ends) };
}

/** The body offset after the first `count` published characters of the hook (comments do not count). */
function offsetAfter(body: string, hook: { start: number; end: number }, count: number): number {
  const comments = commentSpans(body);
  let offset = hook.start;
  let seen = 0;
  let next = 0;
  for (const character of graphemes(body.slice(hook.start, hook.end))) {
    if (seen === count) break;
    // Comments are in order and the offset only grows: one pointer finds the comment around it.
    while (next < comments.length && comments[next]!.end <= offset) next += 1;
    if (next === comments.length || offset < comments[next]!.start) seen += 1;
    offset += character.length;
  }
  return offset;
}
