import { csvText } from '../../csv-text.js';
import { defineTarget } from './target.js';

/**
 * edito's own columns, the ones `edito lint plan.csv` reads (io/lint-csv.ts),
 * so that export → a spreadsheet → lint round-trips; `media` (one per line)
 * and `tags` ride along. UTF-8 with a BOM and CRLF, as `plan --format csv`.
 * The text is the body as written, directives included, so lint reads the same post.
 */
export const EDITO_CSV_COLUMNS = ['date', 'network', 'format', 'theme', 'persona', 'objective', 'account', 'status', 'title', 'link', 'media', 'tags', 'text'] as const;

const csv = defineTarget({
  id: 'csv',
  limits: { media: 'any', link: true, csv: true },
  output: 'file',
  extension: '.csv',
  render: (posts) => csvText([
    [...EDITO_CSV_COLUMNS],
    ...posts.map((p) => [
      `${p.at.date}T${p.at.time}`, p.network, p.format ?? '', p.theme ?? '', p.persona ?? '', p.objective ?? '', p.account ?? '',
      p.status ?? '', p.title ?? '', p.link ?? '', p.media.join('\n'), p.tags.join(' '), p.body.replace(/\s+$/, ''),
    ]),
  ], { bom: true }),
});

export default csv;
