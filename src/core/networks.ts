/**
 * Built-in network profiles: the one place that knows the platforms.
 * Limits were checked in late 2026; each carries its source (see also
 * docs/networks.md). A workspace overrides any of them in its editorial line.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** How a platform counts the length of a text. */
export type LengthCounting =
  | 'twitter-text' // weighted: Latin 1, emoji/CJK 2, each URL 23, NFC
  | 'graphemes' // user-perceived characters: an emoji is one
  | 'mastodon' // graphemes, but each URL counts 23
  | 'utf8-bytes-emoji'; // Threads: graphemes, emojis counted as their UTF-8 bytes

export type FrequencyUnit = 'per_day' | 'per_week' | 'per_month';

export interface NetworkProfile {
  id: string;
  aliases: readonly string[];
  name: string;
  /** Short code and colour of the network in the calendar and HTML views. */
  style: { code: string; color: string };
  /** Hard limit of the main text field, and how the platform counts it. */
  textLimit: number;
  counting: LengthCounting;
  /** Platform cap on hashtags per post, null when there is none. */
  hashtagCap: number | null;
  /** Whether a URL in the text becomes a clickable link. */
  linksClickable: boolean;
  formats: readonly string[];
  defaultFrequency: { unit: FrequencyUnit; min: number; max: number };
  /** Outside these posts-per-week bounds a plan is over- or under-publishing. */
  saneWeekly: { min: number; max: number };
  defaultDays: readonly Weekday[];
  defaultTimes: readonly string[];
  defaultMinGapHours: number;
  /**
   * The most posts a day the platform takes from one account: its published
   * limit, or edito's ceiling of 288 (one every five minutes) where it
   * publishes none. A frequency above it is refused by validate
   * (`line-frequency-cap`): no plan can be published.
   */
  postsPerDayMax: { value: number; source: string };
  /**
   * The "see more" fold: how many characters of a post the feed shows before
   * the reader must expand it, or null when the network has none. A line
   * overrides it with `length.fold`.
   */
  fold: { length: number; source: string; checked: string } | null;
  source: string;
  checked: string;
}

/** The network registry: one profile per id, the key is the id. */
const profiles = {
  linkedin: {
    aliases: [],
    name: 'LinkedIn',
    style: { code: 'li', color: '#0A66C2' },
    textLimit: 3000,
    counting: 'graphemes',
    hashtagCap: null,
    linksClickable: true,
    formats: ['text', 'image', 'carousel', 'video', 'poll', 'article', 'event', 'newsletter', 'live'],
    defaultFrequency: { unit: 'per_week', min: 1, max: 2 },
    saneWeekly: { min: 0.25, max: 7 },
    defaultDays: ['tue', 'thu'],
    defaultTimes: ['08:30'],
    defaultMinGapHours: 24,
    postsPerDayMax: { value: 150, source: 'LinkedIn API rate limits: 150 member posts a day' },
    fold: { length: 210, source: 'desktop feed shows about 210 characters before "…see more" (about 140 on mobile); widely cited by schedulers and guides (shared/NETWORKS.md)', checked: '2026-12' },
    source: 'LinkedIn/Ayrshare docs: 3,000 characters per post',
    checked: '2026-11',
  },
  x: {
    aliases: ['twitter'],
    name: 'X (Twitter)',
    style: { code: 'x', color: '#111111' },
    textLimit: 280,
    counting: 'twitter-text',
    hashtagCap: null,
    linksClickable: true,
    formats: ['text', 'image', 'video', 'thread', 'poll'],
    defaultFrequency: { unit: 'per_day', min: 1, max: 1 },
    saneWeekly: { min: 1, max: 105 },
    defaultDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    defaultTimes: ['09:00', '12:30', '17:30'],
    defaultMinGapHours: 2,
    postsPerDayMax: { value: 2_400, source: 'X Help Center: 2,400 posts a day, in semi-hourly slices' },
    fold: null,
    source: 'docs.x.com "counting characters": 280 weighted, URL = 23',
    checked: '2026-11',
  },
  facebook: {
    aliases: ['fb'],
    name: 'Facebook',
    style: { code: 'fb', color: '#3B5998' },
    textLimit: 63206,
    counting: 'graphemes',
    hashtagCap: null,
    linksClickable: true,
    formats: ['text', 'image', 'album', 'video', 'reel', 'story', 'link', 'event', 'live'],
    defaultFrequency: { unit: 'per_week', min: 1, max: 2 },
    saneWeekly: { min: 0.25, max: 14 },
    defaultDays: ['mon', 'wed', 'thu'],
    defaultTimes: ['12:00'],
    defaultMinGapHours: 24,
    postsPerDayMax: { value: 288, source: 'no published per-day limit: edito’s ceiling of one post every five minutes' },
    fold: null,
    source: 'scheduler docs: 63,206 characters; Sprout Social 2023 for days/times',
    checked: '2026-11',
  },
  instagram: {
    aliases: ['ig'],
    name: 'Instagram',
    style: { code: 'ig', color: '#C13584' },
    textLimit: 2200,
    counting: 'graphemes',
    hashtagCap: 5,
    linksClickable: false,
    formats: ['image', 'carousel', 'reel', 'story', 'live'],
    defaultFrequency: { unit: 'per_week', min: 2, max: 2 },
    saneWeekly: { min: 0.5, max: 21 },
    defaultDays: ['mon', 'wed', 'fri'],
    defaultTimes: ['11:00'],
    defaultMinGapHours: 24,
    postsPerDayMax: { value: 100, source: 'Instagram Platform docs: 100 API-published posts in a moving 24 hours' },
    fold: { length: 125, source: 'the feed shows about the first 125 characters of a caption before "more"; widely cited by schedulers and guides (shared/NETWORKS.md)', checked: '2026-12' },
    source: 'caption 2,200; 5-hashtag cap from Dec 2025 (Social Media Today, 2025-12-18); links not clickable',
    checked: '2026-11',
  },
  tiktok: {
    aliases: [],
    name: 'TikTok',
    style: { code: 'tt', color: '#00897B' },
    textLimit: 2200,
    counting: 'graphemes',
    hashtagCap: null,
    linksClickable: false,
    formats: ['video', 'photo', 'story', 'live'],
    defaultFrequency: { unit: 'per_week', min: 3, max: 5 },
    saneWeekly: { min: 1, max: 28 },
    defaultDays: ['mon', 'tue', 'wed', 'thu', 'fri'],
    defaultTimes: ['18:00'],
    defaultMinGapHours: 12,
    postsPerDayMax: { value: 15, source: 'TikTok Content Posting API: about 15 posts a day per creator account' },
    fold: null,
    source: 'TikTok API docs via schedulers: video caption 2,200',
    checked: '2026-11',
  },
  youtube: {
    aliases: ['yt'],
    name: 'YouTube',
    style: { code: 'yt', color: '#E62117' },
    textLimit: 5000,
    counting: 'graphemes',
    hashtagCap: 15,
    linksClickable: true,
    formats: ['video', 'short', 'live', 'premiere', 'community'],
    defaultFrequency: { unit: 'per_week', min: 1, max: 2 },
    saneWeekly: { min: 0.25, max: 14 },
    defaultDays: ['tue', 'fri'],
    defaultTimes: ['17:00'],
    defaultMinGapHours: 48,
    postsPerDayMax: { value: 288, source: 'no published per-day limit: edito’s ceiling of one post every five minutes' },
    fold: null,
    source: 'YouTube Data API docs: description 5,000 (title 100); more than 15 hashtags are ignored',
    checked: '2026-11',
  },
  pinterest: {
    aliases: [],
    name: 'Pinterest',
    style: { code: 'pi', color: '#8E0E23' },
    textLimit: 500,
    counting: 'graphemes',
    hashtagCap: null,
    linksClickable: true,
    formats: ['pin', 'video', 'idea'],
    defaultFrequency: { unit: 'per_week', min: 3, max: 7 },
    saneWeekly: { min: 1, max: 50 },
    defaultDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    defaultTimes: ['20:00'],
    defaultMinGapHours: 12,
    postsPerDayMax: { value: 288, source: 'no published per-day limit: edito’s ceiling of one post every five minutes' },
    fold: null,
    source: 'Pinterest/Ayrshare: description 500, title 100',
    checked: '2026-11',
  },
  threads: {
    aliases: [],
    name: 'Threads',
    style: { code: 'th', color: '#5F6368' },
    textLimit: 500,
    counting: 'utf8-bytes-emoji',
    hashtagCap: 1,
    linksClickable: true,
    formats: ['text', 'image', 'video', 'carousel'],
    defaultFrequency: { unit: 'per_day', min: 1, max: 1 },
    saneWeekly: { min: 1, max: 35 },
    defaultDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    defaultTimes: ['12:00'],
    defaultMinGapHours: 4,
    postsPerDayMax: { value: 250, source: 'Threads API docs: 250 published posts in a moving 24 hours' },
    fold: null,
    source: 'Meta Threads API docs: 500, emojis as UTF-8 bytes; 1 topic hashtag',
    checked: '2026-11',
  },
  bluesky: {
    aliases: ['bsky'],
    name: 'Bluesky',
    style: { code: 'bs', color: '#1185FE' },
    textLimit: 300,
    counting: 'graphemes',
    hashtagCap: null,
    linksClickable: true,
    formats: ['text', 'image', 'video'],
    defaultFrequency: { unit: 'per_day', min: 1, max: 1 },
    saneWeekly: { min: 1, max: 70 },
    defaultDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    defaultTimes: ['09:00'],
    defaultMinGapHours: 4,
    postsPerDayMax: { value: 11_666, source: 'Bluesky PDS rate limits: 35,000 points a day, 3 per created record' },
    fold: null,
    source: 'atproto lexicon app.bsky.feed.post: 300 graphemes',
    checked: '2026-11',
  },
  mastodon: {
    aliases: [],
    name: 'Mastodon',
    style: { code: 'ma', color: '#6364FF' },
    textLimit: 500,
    counting: 'mastodon',
    hashtagCap: null,
    linksClickable: true,
    formats: ['text', 'image', 'video', 'poll'],
    defaultFrequency: { unit: 'per_day', min: 1, max: 1 },
    saneWeekly: { min: 1, max: 70 },
    defaultDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
    defaultTimes: ['10:00'],
    defaultMinGapHours: 4,
    postsPerDayMax: { value: 2_400, source: 'Mastodon default rate limits: 300 statuses per 3 hours (an instance may set fewer)' },
    fold: null,
    source: 'Mastodon docs: 500 by default (instance-specific), URL = 23',
    checked: '2026-11',
  },
  snapchat: {
    aliases: [],
    name: 'Snapchat',
    style: { code: 'sc', color: '#F2C500' },
    textLimit: 250,
    counting: 'graphemes',
    hashtagCap: null,
    linksClickable: false,
    formats: ['snap', 'story', 'spotlight'],
    defaultFrequency: { unit: 'per_week', min: 3, max: 5 },
    saneWeekly: { min: 1, max: 35 },
    defaultDays: ['mon', 'wed', 'fri', 'sat'],
    defaultTimes: ['19:00'],
    defaultMinGapHours: 12,
    postsPerDayMax: { value: 288, source: 'no published per-day limit: edito’s ceiling of one post every five minutes' },
    fold: null,
    source: 'Snapchat Spotlight description limit as documented by schedulers (250)',
    checked: '2026-11',
  },
  twitch: {
    aliases: [],
    name: 'Twitch',
    style: { code: 'tw', color: '#9146FF' },
    textLimit: 140,
    counting: 'graphemes',
    hashtagCap: 10,
    linksClickable: true,
    formats: ['live', 'clip', 'video'],
    defaultFrequency: { unit: 'per_week', min: 1, max: 3 },
    saneWeekly: { min: 0.25, max: 14 },
    defaultDays: ['tue', 'thu', 'sat'],
    defaultTimes: ['20:00'],
    defaultMinGapHours: 24,
    postsPerDayMax: { value: 288, source: 'no published per-day limit: edito’s ceiling of one post every five minutes' },
    fold: null,
    source: 'Twitch docs: stream title 140 characters, up to 10 tags',
    checked: '2026-11',
  },
} as const satisfies Record<string, Omit<NetworkProfile, 'id'>>;

export type NetworkId = keyof typeof profiles;

export const NETWORK_IDS = Object.keys(profiles) as [NetworkId, ...NetworkId[]];
export const NETWORKS: readonly NetworkProfile[] = NETWORK_IDS.map((id) => ({ id, ...profiles[id] }));

const byName = new Map<string, NetworkProfile>();
for (const profile of NETWORKS) {
  byName.set(profile.id, profile);
  for (const alias of profile.aliases) byName.set(alias, profile);
}

/** Every accepted spelling of a network id (ids and aliases). */
export const NETWORK_NAMES: readonly string[] = [...byName.keys()];

/** The profile for an id or alias (`twitter` → x), case-insensitive. */
export function findNetwork(name: string): NetworkProfile | undefined {
  return byName.get(name.trim().toLowerCase());
}

/** Canonical id for an id or alias, or undefined when unknown. */
export function canonicalNetworkId(name: string): NetworkId | undefined {
  return findNetwork(name)?.id as NetworkId | undefined;
}

/** Posts per week implied by a frequency value in a unit. */
export function perWeek(unit: FrequencyUnit, count: number): number {
  if (unit === 'per_day') return count * 7;
  if (unit === 'per_month') return (count * 12) / 52;
  return count;
}
