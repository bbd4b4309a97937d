import { z } from 'zod';
import { msg, type MessageRef } from '../diagnostics.js';
import type { CalendarPost, CalendarRule, FileRule, PostRule, RuleReport } from '../lint/types.js';
import { suggest } from '../suggest.js';

/** Options of a rule that takes none: any key is refused. */
export const noOptions = z.strictObject({});

export const postRule = <O>(rule: Omit<PostRule<O>, 'scope'>): PostRule<O> => ({ ...rule, scope: 'post' });
export const fileRule = <O>(rule: Omit<FileRule<O>, 'scope'>): FileRule<O> => ({ ...rule, scope: 'file' });
export const calendarRule = <O>(rule: Omit<CalendarRule<O>, 'scope'>): CalendarRule<O> => ({ ...rule, scope: 'calendar' });

export function didYouMean(value: string, candidates: readonly string[]): MessageRef | undefined {
  const suggestion = suggest(value, candidates);
  return suggestion && suggestion !== value ? msg('hint.did_you_mean', { suggestion }) : undefined;
}

/** A finding on a calendar post's `date:` line. */
export function atDate(item: CalendarPost, message: MessageRef): RuleReport {
  return { post: item.post, at: { kind: 'key', key: 'date' }, message };
}

const DAY_MS = 86_400_000;

export function dateToDays(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / DAY_MS;
}

export function daysToDate(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, count: number): string {
  return daysToDate(dateToDays(date) + count);
}

/** 0 = Monday … 6 = Sunday. */
export function weekdayIndex(date: string): number {
  return (new Date(dateToDays(date) * DAY_MS).getUTCDay() + 6) % 7;
}

export function mondayOf(date: string): string {
  return addDays(date, -weekdayIndex(date));
}
