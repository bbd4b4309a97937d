import emojiRegex from 'emoji-regex';
import type { LengthCounting } from '../networks.js';
import { graphemeCount, graphemes } from './text.js';

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'“”«»()[\]{}]+/giu;
// emoji-regex is written with surrogate pairs: it works without the `u` flag only.
const EMOJI = new RegExp(`^(?:${emojiRegex().source})$`);
const MASTODON_URL_LENGTH = 23;

/**
 * The length of a published text as its network counts it: never UTF-16
 * units. `tweetLength` is twitter-text's weighted length, given by the caller
 * so that the 11 MB library loads only when an X post is linted.
 */
let last: { text: string; counting: LengthCounting; length: number } | undefined;

export function countLength(text: string, counting: LengthCounting, tweetLength?: (text: string) => number): number {
  // length-max and length-recommended count the same text one after the other.
  if (last && last.text === text && last.counting === counting) return last.length;
  const length = count(text, counting, tweetLength);
  last = { text, counting, length };
  return length;
}

function count(text: string, counting: LengthCounting, tweetLength?: (text: string) => number): number {
  switch (counting) {
    case 'twitter-text':
      if (!tweetLength) throw new Error('twitter-text counting needs tweetLength');
      return tweetLength(text);
    case 'mastodon': {
      let urls = 0;
      const rest = text.replace(URL, () => {
        urls += 1;
        return '';
      });
      return graphemeCount(rest) + urls * MASTODON_URL_LENGTH;
    }
    case 'utf8-bytes-emoji':
      return graphemes(text).reduce((sum, g) => sum + (EMOJI.test(g) ? Buffer.byteLength(g, 'utf8') : 1), 0);
    case 'graphemes':
      return graphemeCount(text);
  }
}
