import { msg } from '../diagnostics.js';
import { blackoutOn } from './calendar.js';
import { atDate, calendarRule, noOptions } from './define.js';

export const blackout = calendarRule({
  id: 'blackout',
  defaultSeverity: 'error',
  options: noOptions,
  description: {
    en: 'No post during a blackout period of calendar/key-dates.yaml that covers its network.',
    fr: 'Aucun post pendant une période de silence (blackout) de calendar/key-dates.yaml qui couvre son réseau.',
  },
  messages: {
    en: {
      'lint.blackout': 'scheduled during the blackout from {from} to {to}',
      'lint.blackout.reason': 'scheduled during the blackout from {from} to {to} ({reason})',
    },
    fr: {
      'lint.blackout': 'prévu pendant la période de silence du {from} au {to}',
      'lint.blackout.reason': 'prévu pendant la période de silence du {from} au {to} ({reason})',
    },
  },
  check: ({ posts, network, workspace }) => {
    return posts.flatMap((item) => {
      const period = blackoutOn(workspace, network, item.date);
      if (!period) return [];
      return [atDate(item, msg(period.reason ? 'lint.blackout.reason' : 'lint.blackout', { from: period.from, to: period.to, reason: period.reason ?? '' }))];
    });
  },
});
