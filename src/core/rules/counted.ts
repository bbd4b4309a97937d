import { msg } from '../diagnostics.js';
import type { PostContext, PostRule, RuleReport } from '../lint/types.js';
import { noOptions, postRule } from './define.js';
import type { Span } from '../lint/text.js';

/** A finding on the first item over `max`, or none. */
export function overMax(context: PostContext<unknown>, items: readonly Span[], max: number | undefined, messageId: string): RuleReport[] {
  if (max === undefined || items.length <= max) return [];
  const extra = items[max]!;
  return [{
    post: context.post,
    at: { kind: 'body', start: extra.start, end: extra.end },
    message: msg(messageId, { count: items.length, max }),
  }];
}

/** A rule that allows at most `max` of some items in a post (emojis, mentions, exclamation marks): its id, texts and what it counts. */
export interface CountedMax {
  id: string;
  description: { en: string; fr: string };
  /** The message id, then its text in English and in French. */
  message: readonly [id: string, en: string, fr: string];
  count: (context: PostContext<unknown>) => { items: readonly Span[]; max: number | undefined };
}

export function countedMaxRule(spec: CountedMax): PostRule<Record<string, never>> {
  const [id, en, fr] = spec.message;
  return postRule({
    id: spec.id,
    defaultSeverity: 'error',
    options: noOptions,
    description: spec.description,
    messages: { en: { [id]: en }, fr: { [id]: fr } },
    check: (context) => {
      const { items, max } = spec.count(context);
      return overMax(context, items, max, id);
    },
  });
}
