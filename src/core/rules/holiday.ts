import { msg } from '../diagnostics.js';
import { skipsHolidays } from './calendar.js';
import { atDate, calendarRule, noOptions } from './define.js';

/** Posts on a public holiday, when key-dates.yaml's holidays.policy is `skip` (the default). */
export const holiday = calendarRule({
  id: 'holiday',
  defaultSeverity: 'warning',
  options: noOptions,
  description: {
    en: 'No post on a public holiday when the holidays policy is skip.',
    fr: 'Aucun post un jour férié quand la politique des jours fériés est skip.',
  },
  messages: {
    en: {
      'lint.holiday': '{date} is a public holiday ({name})',
    },
    fr: {
      'lint.holiday': 'le {date} est un jour férié ({name})',
    },
  },
  check: ({ posts, workspace, env }) => {
    if (!skipsHolidays(workspace)) return [];
    return posts.flatMap((item) => {
      const name = env.holidays.get(item.date);
      return name === undefined ? [] : [atDate(item, msg('lint.holiday', { date: item.date, name }))];
    });
  },
});
