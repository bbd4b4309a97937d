import { msg } from '../diagnostics.js';
import type { RuleReport } from '../lint/types.js';
import { calendarRule, noOptions } from './define.js';
import { weekdayOf } from '../dates.js';
import { blackoutOn, bucketOf, bucketsWithin, planned, skipsHolidays } from './calendar.js';

/**
 * Every whole day, week or month of the window holds at least the line's
 * minimum (a per-day minimum skips the days the line does not publish on:
 * outside its days, holidays it skips, blackouts). The finding points at `frequency` in the network's line file.
 */
export const frequencyMin = calendarRule({
  id: 'frequency-min',
  defaultSeverity: 'warning',
  options: noOptions,
  description: {
    en: 'Each day, week or month of the window has at least the line’s frequency min.',
    fr: 'Chaque jour, semaine ou mois de la fenêtre a au moins le minimum de fréquence de la ligne.',
  },
  messages: {
    en: {
      'lint.frequency.min.per_day': '{count} {network} post(s) on {bucket}, the line asks for at least {min} a day',
      'lint.frequency.min.per_month': '{count} {network} post(s) in {bucket}, the line asks for at least {min} a month',
      'lint.frequency.min.per_week': '{count} {network} post(s) in the week of {bucket}, the line asks for at least {min} a week',
    },
    fr: {
      'lint.frequency.min.per_day': '{count} post(s) {network} le {bucket}, la ligne en demande au moins {min} par jour',
      'lint.frequency.min.per_month': '{count} post(s) {network} en {bucket}, la ligne en demande au moins {min} par mois',
      'lint.frequency.min.per_week': '{count} post(s) {network} la semaine du {bucket}, la ligne en demande au moins {min} par semaine',
    },
  },
  check: ({ posts, line, hasLine, window, env, network, workspace }): RuleReport[] => {
    const { unit, min } = line.frequency;
    if (!hasLine || min === 0 || window.from === undefined || window.to === undefined) return [];
    const counts = new Map<string, number>();
    for (const post of planned(posts)) {
      const bucket = bucketOf(post.date, unit);
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    }
    const position = env.linePosition(line.file, ['frequency']);
    // A day the line does not publish on (not in its days, a holiday it skips, a blackout) needs no post.
    const offDay = (date: string) =>
      (workspace.written.get(network)?.days === true && !line.frequency.days.includes(weekdayOf(date)))
      || (skipsHolidays(workspace) && env.holidays.has(date))
      || blackoutOn(workspace, network, date) !== undefined;
    return bucketsWithin(window.from, window.to, unit).flatMap((bucket): RuleReport[] => {
      if (unit === 'per_day' && offDay(bucket)) return [];
      const count = counts.get(bucket) ?? 0;
      if (count >= min) return [];
      return [{ at: { kind: 'file', file: line.file, position }, message: msg(`lint.frequency.min.${unit}`, { count, min, bucket, network: line.profile.name }) }];
    });
  },
});
