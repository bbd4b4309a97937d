import { formatMoment } from '../../../core/export/dates.js';
import { csvText } from '../../csv-text.js';
import { defineTarget } from './target.js';

/** Publer's template: these 12 columns in this order, every one kept even when empty. */
export const PUBLER_COLUMNS = [
  'Date', 'Text', 'Link(s)', 'Media URL(s)', 'Title', 'Label(s)', 'Alt text(s)', 'Comment(s)',
  'Pin board/FB album/Google category', 'Post subtype', 'CTA', 'Reminder',
] as const;

/** Publer bulk import: date `YYYY/MM/DD HH:MM` 24-hour, labels from the post's theme, media as public URLs only. */
const publer = defineTarget({
  id: 'publer',
  limits: { media: 'urls', link: true, csv: true },
  output: 'file',
  extension: '.csv',
  template: { fixed: PUBLER_COLUMNS },
  render: (posts) => csvText([
    [...PUBLER_COLUMNS],
    ...posts.map((p) => [
      formatMoment(p.at, 'yyyy/MM/dd HH:mm'), p.text, p.link ?? '', p.media.join(','), p.title ?? '', p.themeLabel ?? '',
      '', '', '', '', '', '',
    ]),
  ]),
});

export default publer;
