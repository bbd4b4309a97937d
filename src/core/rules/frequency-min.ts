import { msg } from '../diagnostics.js';
import type { RuleReport } from '../lint/types.js';
import { calendarRule, noOptions } from './define.js';
import { bucketOf, bucketsWithin, planned } from './calendar.js';

/**
 * Every whole day, week or month of the window holds at least the line's
 * minimum. The finding points at `frequency` in the network's line file.
 */
export const frequencyMin = calendarRule({
  id: 'frequency-min',
  defaultSeverity: 'warning',
  options: noOptions,
  description: {
    en: 'Each day, week or month of the window has at least the line’s frequency min.',
    fr: 'Chaque jour, semaine ou mois de la fenêtre a au moins le minimum de fréquence de la ligne.',
  },
  check: ({ posts, line, hasLine, window, env }): RuleReport[] => {
    const { unit, min } = line.frequency;
    if (!hasLine || min === 0 || window.from === undefined || window.to === undefined) return [];
    const counts = new Map<string, number>();
    for (const post of planned(posts)) {
      const bucket = bucketOf(post.date, unit);
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    }
    const position = env.linePosition(line.file, ['frequency']);
    return bucketsWithin(window.from, window.to, unit).flatMap((bucket): RuleReport[] => {
      const count = counts.get(bucket) ?? 0;
      if (count >= min) return [];
      return [{ at: { kind: 'file', file: line.file, position }, message: msg(`lint.frequency.min.${unit}`, { count, min, bucket, network: line.profile.name }) }];
    });
  },
});
