import { formatMoment } from '../../../core/export/dates.js';
import type { NetworkId } from '../../../core/networks.js';
import { csvText } from '../../csv-text.js';
import { defineTarget, type ExportPost } from './target.js';

/** Metricool's network columns and the edito network each one means (GBP, Google Business Profile, has none). */
const NETWORK_COLUMNS: readonly (readonly [string, NetworkId | undefined])[] = [
  ['Facebook', 'facebook'], ['Twitter/X', 'x'], ['LinkedIn', 'linkedin'], ['GBP', undefined], ['Instagram', 'instagram'],
  ['Pinterest', 'pinterest'], ['TikTok', 'tiktok'], ['Youtube', 'youtube'], ['Threads', 'threads'], ['Bluesky', 'bluesky'],
];
const PICTURES = 10;

const bool = (value: boolean) => (value ? 'TRUE' : 'FALSE');

/** Every column edito knows how to fill, by name (matched without case). */
const KNOWN: ReadonlyMap<string, (post: ExportPost) => string> = new Map([
  ['text', (p: ExportPost) => p.text],
  ['date', (p: ExportPost) => formatMoment(p.at, 'yyyy-MM-dd')],
  ['time', (p: ExportPost) => formatMoment(p.at, 'HH:mm:ss')],
  ['draft', (p: ExportPost) => bool(p.status !== 'ready' && p.status !== 'scheduled')],
  ...NETWORK_COLUMNS.map(([name, network]) => [name.toLowerCase(), (p: ExportPost) => bool(p.network === network)] as const),
  ...Array.from({ length: PICTURES }, (_, i) => [`picture url ${i + 1}`, (p: ExportPost) => p.media[i] ?? ''] as const),
]);

/** The header when no --template is given: the columns seen in Metricool's planner template. */
export const METRICOOL_COLUMNS = ['Text', 'Date', 'Time', 'Draft', ...NETWORK_COLUMNS.map(([name]) => name), ...Array.from({ length: PICTURES }, (_, i) => `Picture Url ${i + 1}`)];

/**
 * Metricool planner import, CRLF. Its header changes between versions: with
 * --template the header of a file downloaded from Metricool is kept as it
 * is, the columns edito knows are filled and the others left empty.
 */
const metricool = defineTarget({
  id: 'metricool',
  limits: {
    media: 'urls', maxMedia: PICTURES, link: false, csv: true,
    networks: NETWORK_COLUMNS.map(([, network]) => network).filter((n): n is NetworkId => n !== undefined),
  },
  output: 'file',
  extension: '.csv',
  template: { required: ['Text', 'Date', 'Time'] },
  emptyColumns: (header) => header.filter((name) => name.trim() !== '' && !KNOWN.has(name.trim().toLowerCase())),
  render: (posts, options) => {
    const header = options.template?.map((cell) => cell.value) ?? METRICOOL_COLUMNS;
    const fill = header.map((name) => KNOWN.get(name.trim().toLowerCase()));
    return csvText([header, ...posts.map((p) => fill.map((get) => get?.(p) ?? ''))], { eol: '\r\n' });
  },
});


export default metricool;
