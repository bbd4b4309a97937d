import * as z from 'zod/mini';
import { msg } from '../diagnostics.js';
import { atDate, calendarRule } from './define.js';
import { addDays } from '../dates.js';

const READY = new Set(['ready', 'scheduled', 'published']);

export const statusReady = calendarRule({
  id: 'status-ready',
  defaultSeverity: 'error',
  options: z.strictObject({ days: z._default(z.number().check(z.int(), z.gte(0)), 2) }),
  description: {
    en: 'A post due within `days` days (default 2) is ready, scheduled or published.',
    fr: 'Un post prévu dans les `days` jours (2 par défaut) est prêt (ready), programmé ou publié.',
  },
  messages: {
    en: {
      'lint.status_ready': 'due on {date} (within {days} days) but still "{status}": make it ready',
    },
    fr: {
      'lint.status_ready': 'prévu le {date} (dans les {days} jours) mais toujours « {status} » : passez-le en ready',
    },
  },
  check: ({ posts, env, options }) => {
    const last = addDays(env.today, options.days);
    return posts.flatMap((item) =>
      item.date >= env.today && item.date <= last && !READY.has(item.meta.status ?? 'draft')
        ? [atDate(item, msg('lint.status_ready', { date: item.date, days: options.days, status: item.meta.status ?? 'draft' }))]
        : [],
    );
  },
});
