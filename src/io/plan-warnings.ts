import { echoed, ref } from '../core/diagnostics.js';
import { groupWarnings, warningDate } from '../core/planner/group.js';
import type { PlanWarning } from '../core/planner/types.js';
import { shortDate } from '../i18n/dates.js';
import type { Locale, Translate } from '../i18n/index.js';

/** From this many warnings of one kind on one network, the summary gives one line for them. */
export const GROUP_FROM = 2;
const DATES_SHOWN = 3;

/**
 * The plan's warnings for stderr: each on its own line with `verbose`; else
 * one line per kind and network from GROUP_FROM of them, with the
 * count and the first dates (« 9 jours sans créneau… : 1er janv., 29 mars, 1er mai… »),
 * and a last line saying how to see them all. JSON always lists every one.
 */
export function planWarningLines(warnings: readonly PlanWarning[], t: Translate, locale: Locale, verbose: boolean): string[] {
  const line = (w: PlanWarning) => t('plan.warning_line', { message: t(echoed(w.message)) });
  if (verbose) return warnings.map(line);
  const lines: string[] = [];
  let grouped = false;
  for (const group of groupWarnings(warnings)) {
    if (group.warnings.length < GROUP_FROM) {
      lines.push(...group.warnings.map(line));
      continue;
    }
    grouped = true;
    const dates = group.warnings.map(warningDate).filter((d): d is string => d !== undefined);
    const shown = `${dates.slice(0, DATES_SHOWN).map((d) => shortDate(d, locale)).join(', ')}${dates.length > DATES_SHOWN ? '…' : ''}`;
    const message = t('plan.warn_group', { network: group.network ?? '', count: group.warnings.length, kind: ref(`plan.group.${group.code}`), dates: shown });
    lines.push(t('plan.warning_line', { message }));
  }
  if (grouped) lines.push(t('plan.warn_grouped_hint'));
  return lines;
}
