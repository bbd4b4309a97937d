import * as z from 'zod/mini';
import { msg, type MessageRef } from '../diagnostics.js';
import type { CalendarPost, CalendarRule, FileRule, PostRule, RuleReport } from '../lint/types.js';

/** Options of a rule that takes none: any key is refused. */
export const noOptions = z.strictObject({});

export const postRule = <O>(rule: Omit<PostRule<O>, 'scope'>): PostRule<O> => ({ ...rule, scope: 'post' });
export const fileRule = <O>(rule: Omit<FileRule<O>, 'scope'>): FileRule<O> => ({ ...rule, scope: 'file' });
export const calendarRule = <O>(rule: Omit<CalendarRule<O>, 'scope'>): CalendarRule<O> => ({ ...rule, scope: 'calendar' });

export { didYouMean } from '../suggest.js';

/** A finding on a calendar post's `date:` line. */
export function atDate(item: CalendarPost, message: MessageRef): RuleReport {
  return { post: item.post, at: { kind: 'key', key: 'date' }, message };
}
