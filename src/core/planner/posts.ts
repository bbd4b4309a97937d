import { canonicalNetworkId, type NetworkId } from '../networks.js';
import { groupBy } from '../collections.js';
import type { Post } from '../workspace.js';
import { minutesOfTime } from './dates.js';

/** Where existing posts go: each fills the free slot of its network nearest its time on the same day. */

export interface PostSlotRef {
  network: NetworkId;
  date: string;
  time: string;
  post: Post | null;
}

export type UnplannedReason = 'no-line' | 'no-slot' | 'slot-taken';

export interface DatedPost {
  post: Post;
  network: NetworkId;
  date: string;
  /** HH:MM, or null for a post dated by day only. */
  time: string | null;
}

/** Posts with a valid front matter, dated inside the range, on the networks in scope, in date order. */
export function datedPosts(posts: readonly Post[], from: string, to: string, inScope: (network: NetworkId) => boolean): DatedPost[] {
  const out: DatedPost[] = [];
  for (const post of posts) {
    if (!post.meta) continue;
    const network = canonicalNetworkId(post.meta.network);
    const date = post.meta.date.slice(0, 10);
    if (!network || !inScope(network) || date < from || date > to) continue;
    const time = post.meta.date.length >= 16 ? post.meta.date.slice(11, 16) : null;
    out.push({ post, network, date, time });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || (a.time ?? '').localeCompare(b.time ?? '') || a.post.file.localeCompare(b.post.file));
}

/** Fills `slots` in place; returns the posts left without a slot and why. */
export function fillSlots(slots: readonly PostSlotRef[], posts: readonly DatedPost[], hasLine: (network: NetworkId) => boolean): { dated: DatedPost; reason: UnplannedReason }[] {
  if (posts.length === 0) return [];
  const byDay = groupBy(slots, (slot) => `${slot.network} ${slot.date}`);
  const unplanned: { dated: DatedPost; reason: UnplannedReason }[] = [];
  for (const dated of posts) {
    if (!hasLine(dated.network)) {
      unplanned.push({ dated, reason: 'no-line' });
      continue;
    }
    const sameDay = byDay.get(`${dated.network} ${dated.date}`) ?? [];
    const free = sameDay.filter((slot) => slot.post === null);
    if (free.length === 0) {
      unplanned.push({ dated, reason: sameDay.length === 0 ? 'no-slot' : 'slot-taken' });
      continue;
    }
    const at = dated.time === null ? 0 : minutesOfTime(dated.time);
    let best = free[0]!;
    for (const slot of free) {
      if (Math.abs(minutesOfTime(slot.time) - at) < Math.abs(minutesOfTime(best.time) - at)) best = slot;
    }
    best.post = dated.post;
  }
  return unplanned;
}
