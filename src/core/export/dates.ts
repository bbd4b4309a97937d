import type { Moment } from './types.js';

/**
 * `--date-format` patterns, in the tokens schedulers' upload dialogs show
 * (`dd/MM/yyyy HH:mm`): yyyy, MM, dd, HH, mm, ss and separators. 24-hour
 * only: `hh` and `a` are refused.
 */
const TOKEN = /yyyy|MM|dd|HH|mm|ss/g;
const PATTERN = /^(?:yyyy|MM|dd|HH|mm|ss|[ /.:,T-])+$/;

export type PatternProblem = 'syntax' | 'twelve-hour' | 'no-date' | 'no-time' | 'has-time';

/** Why a pattern cannot be used, or undefined. `time`: whether the column holds the time too. */
export function patternProblem(pattern: string, time: boolean): PatternProblem | undefined {
  if (/h|a/.test(pattern.replace(TOKEN, ''))) return 'twelve-hour';
  if (!PATTERN.test(pattern)) return 'syntax';
  const tokens = new Set(pattern.match(TOKEN));
  if (!['yyyy', 'MM', 'dd'].every((t) => tokens.has(t))) return 'no-date';
  if (time && !['HH', 'mm'].every((t) => tokens.has(t))) return 'no-time';
  if (!time && ['HH', 'mm', 'ss'].some((t) => tokens.has(t))) return 'has-time';
  return undefined;
}

/** A moment written with a pattern. */
export function formatMoment(moment: Pick<Moment, 'date' | 'time'>, pattern: string): string {
  const values: Record<string, string> = {
    yyyy: moment.date.slice(0, 4), MM: moment.date.slice(5, 7), dd: moment.date.slice(8, 10),
    HH: moment.time.slice(0, 2), mm: moment.time.slice(3, 5), ss: '00',
  };
  return pattern.replace(TOKEN, (token) => values[token]!);
}
