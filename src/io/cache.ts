import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { errorCode, type Fs } from '../app/fs.js';

/**
 * What the caches of `lint --cache` and `plan --cache` share: hashing, the
 * fingerprints of the data edito reads besides the workspace, where a cache
 * file lives, its envelope, and the record of what a run read from the disk.
 * A file that is unreadable, corrupt, foreign or made under another key reads
 * as absent: never trusted, never a crash; one that cannot be written only
 * makes the next run slower.
 */

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * The folder of an installed package: the first `node_modules/<name>` up from
 * here, as Node looks for it (a few stats, where asking Node's resolver costs
 * several milliseconds of a cached run), else wherever the resolver finds it.
 */
function packageDir(name: string): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (statSync(path.join(candidate, 'package.json'), { throwIfNoEntry: false })?.isFile()) return candidate;
    if (path.dirname(dir) === dir) return path.dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
  }
}

/** What identifies an installed package on disk: its name and the sizes and dates of some of its files. */
export function packageFingerprint(name: string, files: readonly string[]): string {
  try {
    const dir = packageDir(name);
    return `${name} ${files.map((file) => {
      const info = statSync(path.join(dir, file));
      return `${file}:${info.size}:${info.mtimeMs}`;
    }).join(' ')}`;
  } catch {
    return `${name} unknown`;
  }
}

/** What identifies a spelling dictionary on disk (package version, sizes and dates of its word lists). */
export function dictionaryFingerprint(language: string): string {
  return packageFingerprint(language === 'fr' ? 'dictionary-fr' : 'dictionary-en', ['package.json', 'index.aff', 'index.dic']);
}

/** The time zone and Unicode data the runtime's Intl uses (offsets, word boundaries). */
export function runtimeFingerprint(): string {
  const { node, icu, tz, unicode } = process.versions as Record<string, string | undefined>;
  return `node ${node} icu ${icu} tz ${tz} unicode ${unicode}`;
}

/** The id scripts/build.mjs gives each build; undefined when edito runs from its sources. */
declare const __EDITO_BUILD__: string | undefined;

/**
 * This build of edito, so that a rebuilt edito under the same version number
 * never replays what an older build made: the bundle's id, or from the
 * sources the date of this file.
 */
export function buildFingerprint(): string {
  if (typeof __EDITO_BUILD__ === 'string') return `build ${__EDITO_BUILD__}`;
  try {
    return `sources ${statSync(fileURLToPath(import.meta.url)).mtimeMs}`;
  } catch {
    return 'build unknown';
  }
}

/**
 * The cache file called `name`: in the folder `<root>/.edito/cache` by
 * default; `--cache-location` (as typed, from `cwd`) is that file, or a folder for it.
 */
export async function cacheFile(fs: Fs, options: { cwd: string; root: string; location: string | undefined; name: string }): Promise<string> {
  if (options.location === undefined) return path.join(options.root, '.edito', 'cache', options.name);
  const file = path.resolve(options.cwd, options.location);
  return (await fs.kind(file)) === 'directory' ? path.join(file, options.name) : file;
}

/** What a cache file must say it is: one format of edito's, at one version, made under one key. */
export interface CacheIdentity {
  format: string;
  version: number;
  key: string;
}

/**
 * A cache file is one line of JSON (its identity, its own data, and the size
 * and hash of the body) and the body, as bytes: a plan of a megabyte is never
 * escaped into a JSON string, and a body cut or altered is seen.
 */
export async function readCacheFile(fs: Fs, file: string, identity: CacheIdentity): Promise<{ header: Record<string, unknown>; body: Uint8Array } | undefined> {
  try {
    // Read at once: the one file of a replayed run, where a promise's round trips cost more than the read.
    const bytes = fs.readSync(file);
    const end = bytes.indexOf(0x0a);
    if (end < 0) return undefined;
    const header: unknown = JSON.parse(Buffer.from(bytes.subarray(0, end)).toString('utf8'));
    if (typeof header !== 'object' || header === null || Array.isArray(header)) return undefined;
    const { format, version, key, length, hash } = header as Record<string, unknown>;
    if (format !== identity.format || version !== identity.version || key !== identity.key) return undefined;
    const body = bytes.subarray(end + 1);
    if (length !== body.length || hash !== sha256(body)) return undefined;
    return { header: header as Record<string, unknown>, body };
  } catch {
    return undefined;
  }
}

/** Writes a cache file atomically, its folders made as needed; false when it could not be written. */
export async function writeCacheFile(fs: Fs, file: string, identity: CacheIdentity, header: Record<string, unknown>, body: string): Promise<boolean> {
  const bytes = Buffer.from(body, 'utf8');
  const head = JSON.stringify({ ...header, ...identity, length: bytes.length, hash: sha256(bytes) });
  try {
    await fs.writeAtomic(file, [head, '\n', body], { createParents: true });
    return true;
  } catch {
    return false;
  }
}

/** One question a run asked the disk, and a digest of the answer: `[operation, arguments, answer]`. */
export type Observation = [operation: 'read' | 'kind' | 'realpath' | 'list' | 'entries' | 'glob', args: string[], answer: string];

const failed = (error: unknown) => `!${errorCode(error)}`;

/** The answer of one question, asked again of `fs` (a failure is an answer too). */
async function ask(fs: Fs, [operation, args]: Observation): Promise<string> {
  const [first = '', second = ''] = args;
  try {
    switch (operation) {
      case 'read': return sha256(fs.readSync(first));
      case 'kind': return String(await fs.kind(first));
      case 'realpath': return await fs.realpath(first);
      case 'list': return JSON.stringify((await fs.list(first, () => true, second === 'true')) ?? null);
      case 'entries': return JSON.stringify(await fs.entries(first));
      case 'glob': return JSON.stringify(await fs.glob(first, second));
      default: return failed('unknown');
    }
  } catch (error) {
    return failed(error);
  }
}

/**
 * The file system `fs` that also notes every question read through it and
 * its answer, so that a later run can tell whether the disk would answer the
 * same (`sameAnswers`). Listings are noted whole, whatever the caller keeps.
 */
export function observingFs(fs: Fs): { fs: Fs; observations: Observation[] } {
  const observations: Observation[] = [];
  const note = <T>(operation: Observation[0], args: string[], run: () => Promise<T>, digest: (value: T) => string): Promise<T> =>
    run().then((value) => {
      observations.push([operation, args, digest(value)]);
      return value;
    }, (error: unknown) => {
      observations.push([operation, args, failed(error)]);
      throw error;
    });
  const observed: Fs = {
    checkWritable: (file, options) => fs.checkWritable(file, options),
    writeAtomic: (file, content, options) => fs.writeAtomic(file, content, options),
    writeAllAtomic: (files, options) => fs.writeAllAtomic(files, options),
    createExclusive: (dir, name, content) => fs.createExclusive(dir, name, content),
    withLock: (dir, body) => fs.withLock(dir, body),
    read: (file) => note('read', [file], () => fs.read(file), sha256),
    readSync: (file) => {
      try {
        const bytes = fs.readSync(file);
        observations.push(['read', [file], sha256(bytes)]);
        return bytes;
      } catch (error) {
        observations.push(['read', [file], failed(error)]);
        throw error;
      }
    },
    kind: (file) => note('kind', [file], () => fs.kind(file), String),
    realpath: (file) => note('realpath', [file], () => fs.realpath(file), (real) => real),
    list: async (dir, keep, recursive) => {
      const all = await note('list', [dir, String(recursive)], () => fs.list(dir, () => true, recursive), (names) => JSON.stringify(names ?? null));
      return all?.filter((name) => keep(path.posix.basename(name)));
    },
    entries: (dir) => note('entries', [dir], () => fs.entries(dir), (entries) => JSON.stringify(entries)),
    glob: (pattern, cwd) => note('glob', [pattern, cwd], () => fs.glob(pattern, cwd), (found) => JSON.stringify(found)),
  };
  return { fs: observed, observations };
}

/** Whether `fs` gives every noted answer again (the questions asked at once, each once). */
export async function sameAnswers(fs: Fs, observations: readonly Observation[]): Promise<boolean> {
  const questions = new Map<string, Observation>();
  for (const observation of observations) {
    const question = JSON.stringify(observation.slice(0, 2));
    // One question answered two ways within the run: the disk changed under it.
    const earlier = questions.get(question);
    if (earlier && earlier[2] !== observation[2]) return false;
    questions.set(question, observation);
  }
  const answers = await Promise.all([...questions.values()].map(async (observation) => (await ask(fs, observation)) === observation[2]));
  return answers.every(Boolean);
}

/** Whether `value` is a list of observations, as a cache file may hold (or garble). */
export function isObservations(value: unknown): value is Observation[] {
  return Array.isArray(value) && value.every((o) => Array.isArray(o) && o.length === 3 && typeof o[0] === 'string'
    && Array.isArray(o[1]) && (o[1] as unknown[]).every((a) => typeof a === 'string') && typeof o[2] === 'string');
}
