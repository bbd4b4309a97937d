import { msg, ref } from '../diagnostics.js';
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
  messages: {
    en: {
      'lint.day.fri': 'Friday',
      'lint.day.mon': 'Monday',
      'lint.day.sat': 'Saturday',
      'lint.day.sun': 'Sunday',
      'lint.day.thu': 'Thursday',
      'lint.day.tue': 'Tuesday',
      'lint.day.wed': 'Wednesday',
      'lint.day_allowed': 'scheduled on a {day}, the line publishes on {days}',
    },
    fr: {
      'lint.day.fri': 'vendredi',
      'lint.day.mon': 'lundi',
      'lint.day.sat': 'samedi',
      'lint.day.sun': 'dimanche',
      'lint.day.thu': 'jeudi',
      'lint.day.tue': 'mardi',
      'lint.day.wed': 'mercredi',
      'lint.day_allowed': 'prévu un {day}, la ligne publie le {days}',
    },
  },
  check: ({ posts, line, network, workspace }) => {
    if (!workspace.written.get(network)?.days) return [];
    return posts.flatMap((item) => {
      const day = weekdayOf(item.date);
      if (line.frequency.days.includes(day)) return [];
      return [atDate(item, msg('lint.day_allowed', { day: ref(`lint.day.${day}`), days: line.frequency.days.join(', ') }))];
    });
  },
});
