import { dayNumber, minutesOfTime } from '../dates.js';
import { canonicalNetworkId, type NetworkId } from '../networks.js';
import type { Post } from '../workspace.js';
import type { MetricRow } from './types.js';

/** A publication that happened: a metrics row (per post), or a post marked `status: published` that no row covers. */
export interface Publication {
  network: NetworkId;
  date: string;
  time: string | null;
  from: 'post' | 'metrics';
  post: Post | null;
  row: MetricRow | null;
  matchedBy: 'id' | 'time' | 'post' | null;
}

/** Minutes since day 0 of a local date and time (noon when the hour is unknown). */
export function instant(date: string, time: string | null): number {
  return dayNumber(date) * 1440 + (time === null ? 720 : minutesOfTime(time));
}

const postTime = (post: Post) => (post.meta!.date.length >= 16 ? post.meta!.date.slice(11, 16) : null);

/** Ids and links compared loosely: no scheme, no trailing slash, no query, case folded. */
export function sameLink(a: string, b: string): boolean {
  const norm = (s: string) => s.trim().toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/[?#].*$/, '').replace(/\/+$/, '');
  return norm(a) === norm(b);
}

/**
 * Ties each metrics row to a post: by post id or permalink first (front
 * matter `post_id`, `permalink`), else the post of the same network on the
 * same local day nearest in time, within `tolerance` minutes when both have
 * an hour. Each post is tied at most once. Daily rows tie to nothing.
 */
export function publications(posts: readonly Post[], rows: readonly MetricRow[], tolerance: number): Publication[] {
  const dated = posts.filter((p) => p.meta !== undefined && canonicalNetworkId(p.meta.network) !== undefined);
  const taken = new Set<Post>();
  const out: Publication[] = [];
  const perPost = rows.filter((r) => r.kind === 'post');
  const byId = new Map<MetricRow, Post>();
  for (const row of perPost) {
    const post = dated.find((p) => !taken.has(p) && ((row.postId !== null && p.meta!.post_id === row.postId) || (row.permalink !== null && p.meta!.permalink !== undefined && sameLink(p.meta!.permalink, row.permalink))));
    if (post) {
      taken.add(post);
      byId.set(row, post);
    }
  }
  for (const row of perPost) {
    let post = byId.get(row) ?? null;
    let matchedBy: Publication['matchedBy'] = post ? 'id' : null;
    if (!post) {
      const at = instant(row.date, row.time);
      const candidates = dated.filter((p) => {
        if (taken.has(p) || canonicalNetworkId(p.meta!.network) !== row.network || p.meta!.date.slice(0, 10) !== row.date) return false;
        const time = postTime(p);
        return row.time === null || time === null || Math.abs(instant(row.date, time) - at) <= tolerance;
      });
      candidates.sort((a, b) => Math.abs(instant(row.date, postTime(a)) - at) - Math.abs(instant(row.date, postTime(b)) - at));
      post = candidates[0] ?? null;
      if (post) {
        taken.add(post);
        matchedBy = 'time';
      }
    }
    out.push({ network: row.network, date: row.date, time: row.time, from: 'metrics', post, row, matchedBy });
  }
  for (const post of dated) {
    if (taken.has(post) || post.meta!.status !== 'published') continue;
    out.push({ network: canonicalNetworkId(post.meta!.network)!, date: post.meta!.date.slice(0, 10), time: postTime(post), from: 'post', post, row: null, matchedBy: 'post' });
  }
  return out;
}
