import { formatMoment } from '../../../core/export/dates.js';
import { csvText } from '../../csv-text.js';
import { defineTarget } from './target.js';

/**
 * Sprout Social bulk import: case-sensitive headers `date`, `time_24hr`,
 * `message_text`, without BOM (a BOM would make the first header `\uFEFFdate`),
 * the date order set in its import settings (--date-format).
 */
const sprout = defineTarget({
  id: 'sprout',
  limits: { minLeadMinutes: 10, minSpacingMinutes: 10, maxRows: 350, media: 'none', link: false, csv: true },
  output: 'file',
  extension: '.csv',
  dateFormat: { time: false, default: { fr: 'dd/MM/yyyy', en: 'MM/dd/yyyy' }, choices: ['dd/MM/yyyy', 'MM/dd/yyyy'] },
  render: (posts, options) => csvText([
    ['date', 'time_24hr', 'message_text'],
    ...posts.map((p) => [formatMoment(p.at, options.dateFormat), p.at.time, p.text]),
  ]),
});

export default sprout;
