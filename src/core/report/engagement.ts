import type { MetricRow, ReportOptions } from './types.js';

/** Interactions of a row: likes + comments + shares + saves (those its export has); null when it has none. */
export function interactions(row: MetricRow): number | null {
  const { likes, comments, shares, saves } = row.counts;
  if (likes === null && comments === null && shares === null && saves === null) return null;
  return (likes ?? 0) + (comments ?? 0) + (shares ?? 0) + (saves ?? 0);
}

/** The denominator of a row and whether impressions stood in for a missing reach. */
export function denominator(row: MetricRow, formula: ReportOptions['engagement']): { value: number; fallback: boolean } | null {
  const { reach, impressions, followers } = row.counts;
  if (formula.denominator === 'reach') {
    if (reach !== null && reach > 0) return { value: reach, fallback: false };
    return impressions !== null && impressions > 0 ? { value: impressions, fallback: true } : null;
  }
  const value = formula.denominator === 'impressions' ? impressions : followers;
  return value !== null && value > 0 ? { value, fallback: false } : null;
}

/** A post's engagement rate in percent, or null when its row lacks a term. */
export function postRate(row: MetricRow, formula: ReportOptions['engagement']): number | null {
  const top = interactions(row);
  const bottom = denominator(row, formula);
  return top === null || bottom === null ? null : (top / bottom.value) * 100;
}

/**
 * The engagement rate of a set of rows, in percent: one ratio of sums
 * (Σ interactions ÷ Σ denominator) or the mean of per-post rates, as the
 * workspace says (`report.engagement_rate`).
 */
export function setRate(rows: readonly MetricRow[], formula: ReportOptions['engagement']): number | null {
  const usable = rows.filter((r) => interactions(r) !== null && denominator(r, formula) !== null);
  if (usable.length === 0) return null;
  if (formula.average === 'mean') return usable.reduce((sum, r) => sum + postRate(r, formula)!, 0) / usable.length;
  const top = usable.reduce((sum, r) => sum + interactions(r)!, 0);
  const bottom = usable.reduce((sum, r) => sum + denominator(r, formula)!.value, 0);
  return (top / bottom) * 100;
}
