import { msg } from '../diagnostics.js';
import { atDate, calendarRule, noOptions } from './define.js';
import { weekdayOf } from '../dates.js';

/** Only when the line writes `frequency.days`: the profile's best days are planning defaults, not rules. */
export const dayAllowed = calendarRule({
  id: 'day-allowed',
  defaultSeverity: 'warning',
  options: noOptions,
  description: {
    en: 'The post is on one of the days the line’s frequency.days lists.',
    fr: 'Le post tombe un des jours listés dans frequency.days de la ligne.',
  },
  check: ({ posts, line, network, workspace }) => {
    if (!workspace.written.get(network)?.days) return [];
    return posts.flatMap((item) => {
      const day = weekdayOf(item.date);
      if (line.frequency.days.includes(day)) return [];
      return [atDate(item, msg('lint.day_allowed', { day: `lint.day.${day}`, days: line.frequency.days.join(', ') }))];
    });
  },
});
