import { effectiveLines, type EffectiveLine } from '../effective.js';
import { MAX_PLAN_SLOTS, MAX_PLAN_YEARS } from '../limits.js';
import type { NetworkId } from '../networks.js';
import type { Workspace } from '../workspace.js';
import { dayNumber, dayToCivil, weekStartDay, weekdayOfDay } from './dates.js';

/**
 * What `edito plan` checks before it places a slot or loads a holiday: the
 * range and the number of slots its frequency rules can give stay within
 * documented limits (docs/plan.md, "Bounds"), so that a hostile workspace or
 * a typo (`--to 9999-12-31`) is one sentence, not minutes and gigabytes.
 */

export interface PlanLimits {
  maxYears: number;
  maxSlots: number;
}

export const DEFAULT_PLAN_LIMITS: PlanLimits = { maxYears: MAX_PLAN_YEARS, maxSlots: MAX_PLAN_SLOTS };

export type BoundsRefusal =
  | { id: 'plan.range_too_long'; params: { from: string; to: string; days: number; years: number; max: number } }
  | { id: 'plan.too_many_slots'; params: { slots: number; max: number } };

/** Days a range of `years` years may hold: N × 365.25 rounded up (3,653 for 10). */
export function maxRangeDays(years: number): number {
  return Math.ceil(years * 365.25);
}

/** How many periods of the line's unit the range touches, and the allowed days in it (per_day). */
function periodsTouched(frequency: EffectiveLine['frequency'], first: number, last: number): number {
  if (frequency.unit === 'per_week') return (weekStartDay(last) - weekStartDay(first)) / 7 + 1;
  if (frequency.unit === 'per_month') {
    const [y1, m1] = dayToCivil(first);
    const [y2, m2] = dayToCivil(last);
    return (y2 - y1) * 12 + (m2 - m1) + 1;
  }
  // Allowed days in the range: whole weeks, then the days left over.
  const days = last - first + 1;
  const allowed = new Set(frequency.days);
  let count = Math.floor(days / 7) * allowed.size;
  for (let d = first + Math.floor(days / 7) * 7; d <= last; d += 1) if (allowed.has(weekdayOfDay(d))) count += 1;
  return count;
}

/**
 * An upper bound of the slots the plan will hold, from the frequency rules
 * alone: per period at most `max` (posts fill slots up to it), never more than
 * the period's day × time pairs, plus one per key date (a high-priority one
 * may go over `max`). Cost: constant per line and per key date.
 */
export function estimateSlots(workspace: Workspace, range: { from: string; to: string; networks?: readonly NetworkId[] | undefined }): number {
  const first = dayNumber(range.from);
  const last = dayNumber(range.to);
  const wanted = range.networks ? new Set(range.networks) : undefined;
  const keyDates = (workspace.keyDates.events ?? []).length;
  let total = 0;
  for (const line of effectiveLines(workspace)) {
    if (wanted && !wanted.has(line.network)) continue;
    const { frequency } = line;
    const daysPerPeriod = frequency.unit === 'per_day' ? 1 : frequency.unit === 'per_week' ? frequency.days.length : frequency.days.length * 5;
    const perPeriod = Math.min(frequency.max, daysPerPeriod * frequency.times.length);
    total += periodsTouched(frequency, first, last) * perPeriod + keyDates;
  }
  return total;
}

/** Why the plan may not run, or undefined when it may: the range first, then the slots. */
export function checkBounds(
  workspace: Workspace, range: { from: string; to: string; networks?: readonly NetworkId[] | undefined }, limits: PlanLimits = DEFAULT_PLAN_LIMITS,
): BoundsRefusal | undefined {
  const days = dayNumber(range.to) - dayNumber(range.from) + 1;
  const max = maxRangeDays(limits.maxYears);
  if (days > max) return { id: 'plan.range_too_long', params: { from: range.from, to: range.to, days, years: limits.maxYears, max } };
  const slots = estimateSlots(workspace, range);
  if (slots > limits.maxSlots) return { id: 'plan.too_many_slots', params: { slots, max: limits.maxSlots } };
  return undefined;
}
