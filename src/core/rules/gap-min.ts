import { msg } from '../diagnostics.js';
import type { RuleReport } from '../lint/types.js';
import { atDate, calendarRule, noOptions } from './define.js';
import { planned } from './calendar.js';

const HOUR_MS = 3_600_000;

export const gapMin = calendarRule({
  id: 'gap-min',
  defaultSeverity: 'warning',
  options: noOptions,
  description: {
    en: 'Two posts of a network are at least the line’s min_gap_hours apart.',
    fr: 'Deux posts d’un même réseau sont espacés d’au moins min_gap_hours de la ligne.',
  },
  messages: {
    en: {
      'lint.gap_min': 'only {hours} h after {other}; the line asks for {gap} h between posts',
    },
    fr: {
      'lint.gap_min': 'seulement {hours} h après {other} ; la ligne demande {gap} h entre deux posts',
    },
  },
  check: ({ posts, line }): RuleReport[] => {
    const gap = line.frequency.minGapHours;
    if (gap <= 0) return [];
    const list = planned(posts);
    return list.slice(1).flatMap((item, index): RuleReport[] => {
      const previous = list[index]!;
      const hours = (item.instant - previous.instant) / HOUR_MS;
      if (hours >= gap) return [];
      return [atDate(item, msg('lint.gap_min', { hours: Math.round(hours * 10) / 10, gap, other: previous.post.file }))];
    });
  },
});
