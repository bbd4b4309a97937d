import { msg } from '../diagnostics.js';
import type { PostContext, RuleReport } from '../lint/types.js';
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
