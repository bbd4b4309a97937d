import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Fs } from '../app/fs.js';
import type { CachedReport, PostReportCache } from '../core/lint/engine.js';
import type { Post } from '../core/workspace.js';

/**
 * `edito lint --cache`: the file and post rules' reports of each post, kept
 * in one JSON file keyed by everything they depend on (edito's version, the
 * effective configuration, the dictionary, the time zone data, today and the
 * holidays) and, per post, by its path and text. Calendar rules always run
 * over the whole set. A file that is unreadable, corrupt, foreign or made
 * under another key is ignored and rewritten: never trusted, never a crash.
 */
const FORMAT = 'edito-lint-cache';
const FORMAT_VERSION = 1;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What identifies a spelling dictionary on disk (package version, sizes and dates of its word lists). */
export function dictionaryFingerprint(language: string): string {
  try {
    const name = language === 'fr' ? 'dictionary-fr' : 'dictionary-en';
    const dir = path.dirname(createRequire(import.meta.url).resolve(name));
    const files = ['package.json', 'index.aff', 'index.dic'].map((file) => {
      const info = statSync(path.join(dir, file));
      return `${file}:${info.size}:${info.mtimeMs}`;
    });
    return `${name} ${files.join(' ')}`;
  } catch {
    return `${language} unknown`;
  }
}

/** The time zone and Unicode data the runtime's Intl uses (offsets, word boundaries). */
export function runtimeFingerprint(): string {
  const { node, icu, tz, unicode } = process.versions as Record<string, string | undefined>;
  return `node ${node} icu ${icu} tz ${tz} unicode ${unicode}`;
}

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

/** The entries of a cache file made under `key`, or none. */
function parse(text: string, key: string, ruleIds: ReadonlySet<string>): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return entries;
  }
  if (typeof data !== 'object' || data === null) return entries;
  const { format, version, key: madeWith, posts } = data as Record<string, unknown>;
  if (format !== FORMAT || version !== FORMAT_VERSION || madeWith !== key || typeof posts !== 'object' || posts === null || Array.isArray(posts)) return entries;
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
  let previous = new Map<string, Entry>();
  try {
    previous = parse(Buffer.from(await fs.read(file)).toString('utf8'), key, new Set(ruleIds));
  } catch {
    // Absent or unreadable: start empty.
  }
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
      try {
        await fs.writeAtomic(file, `${JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, key, posts })}\n`, { createParents: true });
        return true;
      } catch {
        return false;
      }
    },
  };
}
