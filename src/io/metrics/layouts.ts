import type { NetworkId } from '../../core/networks.js';
import type { MetricKey, MetricsLayout } from '../../core/report/types.js';

/** What a column of an export means. `page`, `account`, `text` and `marker` only help recognise a layout. */
export type Field = MetricKey | 'date' | 'time' | 'network' | 'post' | 'postId' | 'permalink' | 'title' | 'format' | 'page' | 'account' | 'text' | 'marker';

/**
 * One analytics export, as data: the network (or the column that says it),
 * one row per post or per day, the fields whose headers identify it, and the
 * headers (lower case, English and French) of each field. docs/report.md
 * gives each layout's source and how sure it is.
 */
export interface Layout {
  id: MetricsLayout;
  network: NetworkId | 'column';
  kind: 'post' | 'day';
  signature: readonly Field[];
  columns: Readonly<Partial<Record<Field, readonly string[]>>>;
}

const COMMON = {
  comments: ['comments', 'commentaires'],
  shares: ['shares', 'partages'],
  impressions: ['impressions'],
  reach: ['reach', 'couverture', 'portée'],
} as const;

const POST_ID = ['post id', 'identifiant de la publication', 'id de la publication'];
const PUBLISH_TIME = ['publish time', 'heure de publication', 'date de publication'];
const PERMALINK = ['permalink', 'lien permanent'];
const POST_TYPE = ['post type', 'type de publication'];
const X_COUNTS = { likes: ['likes'], comments: ['replies'], shares: ['reposts'], saves: ['bookmarks'], follows: ['new follows'], impressions: ['impressions'] } as const;

/** In the order they are tried: the generic layout last, as it needs the fewest headers. */
export const LAYOUTS: readonly Layout[] = [
  {
    id: 'meta-facebook', network: 'facebook', kind: 'post', signature: ['postId', 'page', 'date'],
    columns: {
      postId: POST_ID, page: ['page name', 'nom de la page'], date: PUBLISH_TIME, permalink: PERMALINK, format: POST_TYPE,
      title: ['title', 'titre', 'description'], reach: COMMON.reach, impressions: ['views', 'vues', 'impressions'],
      likes: ['reactions', 'réactions'], comments: COMMON.comments, shares: COMMON.shares, clicks: ['total clicks', 'total des clics', 'clics au total'],
    },
  },
  {
    id: 'meta-instagram', network: 'instagram', kind: 'post', signature: ['postId', 'account', 'date'],
    columns: {
      postId: POST_ID, account: ['account username', "nom d'utilisateur du compte"], date: PUBLISH_TIME, permalink: PERMALINK, format: POST_TYPE,
      title: ['description'], impressions: ['views', 'vues', 'impressions'], reach: COMMON.reach, likes: ['likes', "j'aime", "mentions j'aime"],
      comments: COMMON.comments, shares: COMMON.shares, saves: ['saves', 'enregistrements'], follows: ['follows', 'abonnements', 'nouveaux abonnés'],
    },
  },
  {
    id: 'x-content', network: 'x', kind: 'post', signature: ['postId', 'text', 'date'],
    columns: { postId: ['post id'], text: ['post text'], date: ['date'], permalink: ['post link'], clicks: ['url clicks'], ...X_COUNTS },
  },
  {
    id: 'x-tweets', network: 'x', kind: 'post', signature: ['postId', 'permalink', 'date'],
    columns: { postId: ['tweet id'], permalink: ['tweet permalink'], text: ['tweet text'], date: ['time'], impressions: ['impressions'], likes: ['likes'], comments: ['replies'], shares: ['retweets'], clicks: ['url clicks'] },
  },
  {
    id: 'x-overview', network: 'x', kind: 'day', signature: ['date', 'follows', 'marker'],
    columns: { date: ['date'], marker: ['unfollows'], ...X_COUNTS },
  },
  {
    id: 'linkedin-posts', network: 'linkedin', kind: 'post', signature: ['title', 'permalink', 'date'],
    columns: {
      title: ['post title'], permalink: ['post link'], format: ['content type'], date: ['created date'], impressions: ['impressions'],
      clicks: ['clicks'], likes: ['likes', 'reactions'], comments: ['comments'], shares: ['reposts', 'shares'], follows: ['follows'],
    },
  },
  {
    id: 'linkedin-metrics', network: 'linkedin', kind: 'day', signature: ['date', 'impressions'],
    columns: {
      date: ['date'], impressions: ['impressions (total)'], clicks: ['clicks (total)'], likes: ['reactions (total)'],
      comments: ['comments (total)'], shares: ['reposts (total)', 'shares (total)'],
    },
  },
  {
    id: 'linkedin-followers', network: 'linkedin', kind: 'day', signature: ['date', 'marker', 'follows'],
    columns: { date: ['date'], marker: ['organic followers'], follows: ['total followers'] },
  },
  {
    id: 'generic', network: 'column', kind: 'post', signature: ['date', 'network'],
    columns: {
      date: ['date'], time: ['time', 'heure'], network: ['network', 'réseau', 'reseau'], post: ['post', 'publication'], postId: ['post id', 'id'],
      permalink: ['permalink', 'lien'], format: ['format'], title: ['title', 'titre'], impressions: ['impressions'], reach: COMMON.reach,
      likes: ['likes', "j'aime", "mentions j'aime"], comments: COMMON.comments, shares: COMMON.shares, saves: ['saves', 'enregistrements'],
      clicks: ['clicks', 'clics'], followers: ['followers', 'abonnés'], follows: ['follows', 'new followers', 'nouveaux abonnés'],
      video_views: ['video views', 'vues vidéo'],
    },
  },
];

/** A header as compared: lower case, one space, straight apostrophe, `_` as a space. */
export function normalizeHeader(header: string): string {
  return header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[’`]/g, "'").replace(/[_\s]+/g, ' ');
}

/** Column index of each field of a layout in a header row, when every field of its signature is there. */
export function matchLayout(layout: Layout, headers: readonly string[]): Map<Field, number> | undefined {
  const normalized = headers.map(normalizeHeader);
  const found = new Map<Field, number>();
  for (const [field, names] of Object.entries(layout.columns) as [Field, readonly string[]][]) {
    const index = normalized.findIndex((h) => names.includes(h));
    if (index >= 0) found.set(field, index);
  }
  return layout.signature.every((f) => found.has(f)) ? found : undefined;
}

/** Post types of the exports in the words of the editorial lines: `IG reel` → reel, `Photos` → image, `Document` → carousel. */
export function normalizeFormat(raw: string): string | null {
  const word = raw.trim().toLowerCase().replace(/^(ig|fb)\s+/, '').replace(/s$/, '');
  if (word === '') return null;
  const aliases: Record<string, string> = {
    photo: 'image', document: 'carousel', statu: 'text', status: 'text', album: 'carousel', carrousel: 'carousel',
    lien: 'link', vidéo: 'video', texte: 'text', statut: 'text', événement: 'event',
  };
  return aliases[word] ?? word;
}
