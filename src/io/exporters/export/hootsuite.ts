import { formatMoment } from '../../../core/export/dates.js';
import { csvText } from '../../csv-text.js';
import { defineTarget } from './target.js';

/**
 * Hootsuite Bulk Composer: no header row, three columns by position (date
 * and time, message, optional link), UTF-8 without BOM (a BOM would sit in
 * the first date), one file per social profile. The date format is chosen in
 * the upload dialog: --date-format says which one this file uses.
 */
const hootsuite = defineTarget({
  id: 'hootsuite',
  limits: { grid: 5, minLeadMinutes: 10, maxRows: 350, uniqueText: true, media: 'none', link: true, csv: true },
  output: 'folder',
  extension: '.csv',
  dateFormat: { time: true, default: { fr: 'dd/MM/yyyy HH:mm', en: 'MM/dd/yyyy HH:mm' } },
  render: (posts, options) => csvText(posts.map((p) => [formatMoment(p.at, options.dateFormat), p.text, p.link ?? ''])),
});

export default hootsuite;
