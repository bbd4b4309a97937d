import type { Fs } from '../app/fs.js';
import type { CachedReport, PostReportCache } from '../core/lint/engine.js';
import type { Post } from '../core/workspace.js';
import { readCacheFile, sha256, writeCacheFile } from './cache.js';

/**
 * `edito lint --cache`: the file and post rules' reports of each post, kept
 * in one JSON file keyed by everything they depend on (edito's version, the
 * effective configuration, the dictionary, the time zone data, today and the
 * holidays) and, per post, by its path and text. Calendar rules always run
 * over the whole set. A file that is unreadable, corrupt, foreign or made
 * under another key is ignored and rewritten: never trusted, never a crash.
 */
const IDENTITY = { format: 'edito-lint-cache', version: 2 };

interface Entry {
  hash: string;
  reports: CachedReport[];
}

const hashes = new WeakMap<Post, string>();
function postHash(post: Post): string {
  let hash = hashes.get(post);
  if (hash === undefined) hashes.set(post, (hash = sha256(`${post.file}\0${post.source ?? ''}`)));
  return hash;
}

function isReport(value: unknown, ruleIds: ReadonlySet<string>): value is CachedReport {
  if (typeof value !== 'object' || value === null) return false;
  const { ruleId, severity, report, onPost } = value as Record<string, unknown>;
  if (typeof ruleId !== 'string' || !ruleIds.has(ruleId) || typeof onPost !== 'boolean') return false;
  if (severity !== 'error' && severity !== 'warning' && severity !== 'info') return false;
  if (typeof report !== 'object' || report === null) return false;
  const { at, message } = report as Record<string, unknown>;
  if (typeof at !== 'object' || at === null || typeof (at as { kind?: unknown }).kind !== 'string') return false;
  return typeof message === 'object' && message !== null && typeof (message as { id?: unknown }).id === 'string';
}

/** The entries of a cache file's body (posts by path), skipping any that is not well made. */
function parse(body: Uint8Array, ruleIds: ReadonlySet<string>): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  let posts: unknown;
  try {
    posts = JSON.parse(Buffer.from(body).toString('utf8'));
  } catch {
    return entries;
  }
  if (typeof posts !== 'object' || posts === null || Array.isArray(posts)) return entries;
  for (const [file, entry] of Object.entries(posts)) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { hash, reports } = entry as Record<string, unknown>;
    if (typeof hash === 'string' && Array.isArray(reports) && reports.every((r) => isReport(r, ruleIds))) entries.set(file, { hash, reports });
  }
  return entries;
}

export interface LintCacheFile extends PostReportCache {
  /** Whether `get` would give this post's reports (nothing counted). */
  has(post: Post): boolean;
  /** How many posts were found in the cache, and how many were linted again. */
  readonly hits: number;
  readonly misses: number;
  /** Writes the reports of this run's posts (never throws: a cache that cannot be written is only slower next time). */
  save(): Promise<boolean>;
}

/** Opens the cache file at `file` (absent, corrupt or foreign: empty). Only posts read from a file are cached. */
export async function openLintCache(fs: Fs, file: string, key: string, ruleIds: readonly string[]): Promise<LintCacheFile> {
  const found = await readCacheFile(fs, file, { ...IDENTITY, key });
  const previous = found ? parse(found.body, new Set(ruleIds)) : new Map<string, Entry>();
  const next = new Map<string, Entry>();
  let hits = 0;
  let misses = 0;
  return {
    get hits() {
      return hits;
    },
    get misses() {
      return misses;
    },
    has(post) {
      return post.source !== undefined && post.row === undefined && previous.get(post.file)?.hash === postHash(post);
    },
    get(post) {
      if (post.source === undefined || post.row !== undefined) return undefined;
      const entry = previous.get(post.file);
      const hash = postHash(post);
      if (entry && entry.hash === hash) {
        hits += 1;
        next.set(post.file, entry);
        return entry.reports;
      }
      misses += 1;
      return undefined;
    },
    set(post, reports) {
      if (post.source === undefined || post.row !== undefined) return;
      next.set(post.file, { hash: postHash(post), reports: [...reports] });
    },
    async save() {
      const posts = Object.fromEntries([...next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      return writeCacheFile(fs, file, { ...IDENTITY, key }, {}, `${JSON.stringify(posts)}\n`);
    },
  };
}
