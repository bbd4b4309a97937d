import { msg } from '../diagnostics.js';
import { atDate, calendarRule, noOptions } from './define.js';
import { bucketOf, groupBy, planned } from './calendar.js';

/** Posts beyond the line's maximum in a day, week (Monday to Sunday) or month. */
export const frequencyMax = calendarRule({
  id: 'frequency-max',
  defaultSeverity: 'error',
  options: noOptions,
  description: {
    en: 'No more posts per day, week or month than the line’s frequency max.',
    fr: 'Pas plus de posts par jour, semaine ou mois que le maximum de fréquence de la ligne.',
  },
  messages: {
    en: {
      'lint.frequency.max.per_day': '{count} {network} posts on {bucket}, the line allows at most {max} a day',
      'lint.frequency.max.per_month': '{count} {network} posts in {bucket}, the line allows at most {max} a month',
      'lint.frequency.max.per_week': '{count} {network} posts in the week of {bucket}, the line allows at most {max} a week',
    },
    fr: {
      'lint.frequency.max.per_day': '{count} posts {network} le {bucket}, la ligne en autorise au plus {max} par jour',
      'lint.frequency.max.per_month': '{count} posts {network} en {bucket}, la ligne en autorise au plus {max} par mois',
      'lint.frequency.max.per_week': '{count} posts {network} la semaine du {bucket}, la ligne en autorise au plus {max} par semaine',
    },
  },
  check: ({ posts, line }) => {
    const { unit, max } = line.frequency;
    return [...groupBy(planned(posts), (p) => bucketOf(p.date, unit))].flatMap(([bucket, group]) =>
      group.slice(max).map((item) =>
        atDate(item, msg(`lint.frequency.max.${unit}`, { count: group.length, max, bucket, network: line.profile.name })),
      ),
    );
  },
});
