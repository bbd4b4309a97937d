import { msg } from '../diagnostics.js';
import { atDate, calendarRule, noOptions } from './define.js';

export const datePast = calendarRule({
  id: 'date-past',
  defaultSeverity: 'warning',
  options: noOptions,
  description: {
    en: 'A post dated before today is published.',
    fr: 'Un post daté d’avant aujourd’hui est publié.',
  },
  messages: {
    en: {
      'lint.date_past': 'dated {date}, before today ({today}), and still "{status}"',
    },
    fr: {
      'lint.date_past': 'daté du {date}, avant aujourd’hui ({today}), et toujours « {status} »',
    },
  },
  check: ({ posts, env }) =>
    posts.flatMap((item) =>
      item.date < env.today && item.meta.status !== 'published'
        ? [atDate(item, msg('lint.date_past', { date: item.date, today: env.today, status: item.meta.status ?? 'draft' }))]
        : [],
    ),
});
