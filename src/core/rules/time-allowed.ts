import * as z from 'zod/mini';
import { msg } from '../diagnostics.js';
import { atDate, calendarRule } from './define.js';

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Only when the line writes `frequency.times`; `tolerance` minutes either side of a time. */
export const timeAllowed = calendarRule({
  id: 'time-allowed',
  defaultSeverity: 'warning',
  options: z.strictObject({ tolerance: z._default(z.number().check(z.int(), z.gte(0), z.lte(720)), 0) }),
  description: {
    en: 'The post is at one of the times the line’s frequency.times lists (± tolerance minutes).',
    fr: 'Le post est à l’une des heures listées dans frequency.times de la ligne (± tolerance minutes).',
  },
  messages: {
    en: {
      'lint.time_allowed': 'scheduled at {time}, the line publishes at {times}',
    },
    fr: {
      'lint.time_allowed': 'prévu à {time}, la ligne publie à {times}',
    },
  },
  check: ({ posts, line, network, workspace, options }) => {
    if (!workspace.written.get(network)?.times) return [];
    return posts.flatMap((item) => {
      const time = item.time;
      if (time === undefined) return [];
      if (line.frequency.times.some((t) => Math.abs(minutes(t) - minutes(time)) <= options.tolerance)) return [];
      return [atDate(item, msg('lint.time_allowed', { time, times: line.frequency.times.join(', ') }))];
    });
  },
});
