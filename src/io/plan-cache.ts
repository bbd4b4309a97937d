import path from 'node:path';
import type { Fs } from '../app/fs.js';
import { buildFingerprint, cacheFile, isObservations, packageFingerprint, readCacheFile, runtimeFingerprint, sha256, writeCacheFile, type Observation } from './cache.js';

/**
 * `edito plan --cache`: what a run printed and wrote, kept under the key of
 * all it depended on but the disk (edito's version and build, the runtime's zone data,
 * the VTIMEZONE data, the command line, the folder, the environment that
 * picks language and colours, the terminal) with every question the run asked
 * the disk (each workspace file's bytes, each folder listed) and the day it
 * took as today. A later run whose key matches, whose disk answers the same
 * and whose today is the same prints the same bytes without loading the
 * workspace, the holidays or the planner (src/cli/plan-replay.ts).
 */
const IDENTITY = { format: 'edito-plan-cache', version: 1 };

/** The environment variables that can change what plan prints: language, colours, width. */
const ENVIRONMENT = ['LC_ALL', 'LC_MESSAGES', 'LANG', 'NO_COLOR', 'FORCE_COLOR', 'TERM', 'COLORTERM', 'COLUMNS', 'TZ'];

export interface PlanRunIo {
  argv: readonly string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { isTTY?: boolean; columns?: number };
}

/** The key of a run, from what is known before the workspace is read. */
export function planRunKey(io: PlanRunIo, version: string): string {
  return sha256(JSON.stringify({
    version,
    build: buildFingerprint(),
    runtime: runtimeFingerprint(),
    timezones: packageFingerprint('@touch4it/ical-timezones', ['package.json']),
    argv: io.argv,
    cwd: io.cwd,
    env: ENVIRONMENT.map((name) => io.env[name] ?? null),
    terminal: io.stdout.isTTY === true ? io.stdout.columns ?? 0 : null,
  }));
}

/** The cache file of the run of `key`: one per run, so that each format and range keeps its own. */
export function planCacheFile(fs: Fs, options: { cwd: string; root: string; location: string | undefined; key: string }): Promise<string> {
  return cacheFile(fs, { ...options, name: `edito-plan-${options.key.slice(0, 24)}.json` });
}

export interface Clock {
  timezone: string;
  today: string;
  from: number;
  until: number;
}

export interface PlanRecord {
  /** Every question the run asked the disk while reading the workspace, with its answer. */
  observations: Observation[];
  /** Today as the clock gave it in the workspace's zone, and the instants (ms) it starts and ends at; none with --today. */
  clock?: Clock | undefined;
  /** The --out file written (absolute), and whether --force was given; none: the calendar went to stdout. */
  out?: { file: string; force: boolean } | undefined;
  /** What went to stderr (warnings, unplanned posts, summary), and to stdout after the calendar. */
  stderr: string;
  trailer: string;
}

function isRecord(value: Record<string, unknown>): boolean {
  const { observations, clock, out, stderr, trailer } = value;
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  return isObservations(observations) && typeof stderr === 'string' && typeof trailer === 'string'
    && (clock === undefined || (isObject(clock) && typeof clock.timezone === 'string' && typeof clock.today === 'string'
      && typeof clock.from === 'number' && typeof clock.until === 'number'))
    && (out === undefined || (isObject(out) && typeof out.file === 'string' && path.isAbsolute(out.file) && typeof out.force === 'boolean'));
}

/** The record and the calendar of the run of `key`, or none (absent, corrupt, foreign, made under another key). */
export async function readPlanRecord(fs: Fs, file: string, key: string): Promise<{ record: PlanRecord; calendar: Uint8Array } | undefined> {
  const found = await readCacheFile(fs, file, { ...IDENTITY, key });
  if (!found || !isRecord(found.header)) return undefined;
  return { record: found.header as unknown as PlanRecord, calendar: found.body };
}

/** Writes the record and the calendar of the run of `key` (false when it could not be written: the next run is only slower). */
export function writePlanRecord(fs: Fs, file: string, key: string, record: PlanRecord, calendar: string): Promise<boolean> {
  return writeCacheFile(fs, file, { ...IDENTITY, key }, { ...record }, calendar);
}
