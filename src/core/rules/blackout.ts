import { msg } from '../diagnostics.js';
import { canonicalNetworkId } from '../networks.js';
import { atDate, calendarRule, noOptions } from './define.js';

export const blackout = calendarRule({
  id: 'blackout',
  defaultSeverity: 'error',
  options: noOptions,
  description: {
    en: 'No post during a blackout period of calendar/key-dates.yaml that covers its network.',
    fr: 'Aucun post pendant une période de silence (blackout) de calendar/key-dates.yaml qui couvre son réseau.',
  },
  check: ({ posts, network, workspace }) => {
    const periods = (workspace.keyDates.blackout ?? []).filter(
      (b) => b.networks === undefined || b.networks.length === 0 || b.networks.some((n) => canonicalNetworkId(n) === network),
    );
    return posts.flatMap((item) => {
      const period = periods.find((b) => item.date >= b.from && item.date <= b.to);
      if (!period) return [];
      return [atDate(item, msg(period.reason ? 'lint.blackout.reason' : 'lint.blackout', { from: period.from, to: period.to, reason: period.reason ?? '' }))];
    });
  },
});
