import { networkName } from '../shared.js';
import { icsCalendar, loadVtimezone, slotUid } from '../ics.js';
import { defineTarget } from './target.js';

/**
 * Posts as 30-minute events, with the UIDs of `plan --format ics` (network,
 * day and time, brand): importing both into one calendar updates the same
 * events. The description is the text as it will be published.
 */
const ics = defineTarget({
  id: 'ics',
  limits: { media: 'any', link: true, csv: false },
  output: 'file',
  extension: '.ics',
  prepare: async (context) => ({ vtimezone: await loadVtimezone(context.timezone) }),
  render: (posts, options) => {
    const events = posts.map((p) => ({
      uid: slotUid({ network: p.network, date: p.at.date, time: p.at.time }, options.brand), date: p.at.date, time: p.at.time,
      summary: [networkName(p.network), p.title ?? p.themeLabel].filter(Boolean).join(' · '),
      description: [p.text, p.link, ...p.media].filter(Boolean).join('\n\n'), categories: [p.network],
    }));
    const head = { product: `edito export//${options.locale.toUpperCase()}`, name: options.t('export.ics_name', { brand: options.brand }) };
    return icsCalendar({ ...head, tzid: options.timezone, vtimezone: options.vtimezone, stamp: posts[0]?.at.date ?? '1970-01-01' }, events);
  },
});

export default ics;
