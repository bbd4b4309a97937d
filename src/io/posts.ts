import path from 'node:path';
import type * as z from 'zod/mini';
import { msg, type Diagnostic, type Fix, type Position } from '../core/diagnostics.js';
import { countBelow } from '../core/collections.js';
import { MAX_POST_BYTES } from '../core/limits.js';
import { postFrontMatter, type PostFrontMatter } from '../core/schemas/files.js';
import { checkAgainstSchema } from '../core/validate/schema-findings.js';
import type { Post } from '../core/workspace.js';
import { errnoReason, errorCode, toPosix, type DirEntry, type Fs } from '../app/fs.js';
import { decodeUtf8, fileFinding, locate, locateFinding, parseYaml, type YamlSource } from './yaml-source.js';

const FIELDS = postFrontMatter.shape as Record<string, z.ZodMiniType>;
/** `key: value` with a plain value YAML reads as a string whatever its version and schema. */
const PLAIN_LINE = /^([a-z_]+):[ \t]+([A-Za-z0-9][\w./:+-]*(?: \d{2}:\d{2}(?::\d{2})?)?)[ \t]*$/;
const NOT_A_STRING = /^(?:true|false|null|yes|no|on|off|y|n|[-+]?(?:\d[\d_]*)?(?:\.\d*)?(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|\.inf|\.nan)$/i;
const fieldVerdicts = new Map<string, { ok: boolean; value: unknown }>();

function fieldValue(key: string, value: string): { ok: boolean; value: unknown } {
  const id = `${key}\u0000${value}`;
  let verdict = fieldVerdicts.get(id);
  if (!verdict) {
    const parsed = FIELDS[key]!.safeParse(value);
    verdict = parsed.success ? { ok: true, value: parsed.data } : { ok: false, value: undefined };
    fieldVerdicts.set(id, verdict);
  }
  return verdict;
}

/**
 * The common post, parsed without the YAML library: a front matter of plain
 * `key: value` lines whose every value the post schema accepts. Anything else
 * (quotes, lists, comments after values, unknown keys, invalid values) returns
 * undefined and goes through the full parser, which explains every problem.
 * Equivalent because the post schema checks each key on its own.
 */
function plainPost(file: string, text: string): Post | undefined {
  if (!text.startsWith('---\n')) return undefined;
  const end = text.indexOf('\n---\n', 3);
  if (end === -1) return undefined;
  const lines = text.slice(4, end).split('\n');
  const raw: Record<string, unknown> = {};
  const meta: Record<string, unknown> = {};
  const columns = new Map<string, Position>();
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const match = PLAIN_LINE.exec(line);
    if (!match) return undefined;
    const [, key, value] = match as unknown as [string, string, string];
    if (!(key in FIELDS) || key in raw || NOT_A_STRING.test(value)) return undefined;
    const verdict = fieldValue(key, value);
    if (!verdict.ok) return undefined;
    raw[key] = value;
    meta[key] = verdict.value;
    columns.set(key, { line: index + 2, column: line.indexOf(value, key.length + 1) + 1 });
  }
  if (raw.network === undefined || raw.date === undefined) return undefined;
  return {
    file,
    meta: meta as PostFrontMatter,
    raw,
    body: text.slice(end + 5),
    bodyStart: { line: lines.length + 3, column: 1 },
    keyPosition: (key, atKey) => {
      if (key === '') return { line: 1, column: 1 };
      // A plain front matter holds no list: a list item is where its key's value is.
      const position = columns.get(typeof key === 'string' ? key : String(key[0]));
      if (!position) return { line: 1, column: 1 };
      return atKey ? { line: position.line, column: 1 } : position;
    },
    problems: [],
    source: text,
  };
}

/** The one post reader: a Markdown post's text into what every command reads, keeping positions. */
export function readPost(file: string, text: string): Post {
  const plain = plainPost(file, text);
  if (plain) return plain;
  const parsed = parsePost(file, text);
  const { post, source } = parsed;
  return {
    file,
    meta: post.meta,
    raw: post.raw,
    body: post.body,
    bodyStart: { line: post.bodyLine, column: 1 },
    keyPosition: (key, atKey) => {
      if (!source || key === '') return { line: 1, column: 1 };
      return locate(source, typeof key === 'string' ? [key] : key, atKey);
    },
    problems: parsed.findings,
    source: text,
  };
}

/** A post file past MAX_POST_BYTES, not parsed: lint reports it (post-too-large); to plan and new it holds no post. */
export function tooLargePost(file: string, bytes: number): Post {
  return { ...readPost(file, ''), tooLarge: bytes };
}

/** Where the body starts in the file's own text, and how a body offset (line endings read as LF) maps to the file's. */
function bodyInSource(post: Post): { head: string; raw: string; toRaw: (offset: number) => number } {
  const source = post.source ?? '';
  const head = source.split(/(?<=\n)/).slice(0, post.bodyStart.line - 1).join('');
  const raw = source.slice(head.length);
  // The reader turns each CRLF into LF: a body offset moves one further for each CRLF before it (found by binary search).
  const crlfs: number[] = [];
  for (let r = raw.indexOf('\r\n'); r !== -1; r = raw.indexOf('\r\n', r + 2)) crlfs.push(r - crlfs.length);
  const toRaw = (offset: number) => Math.min(raw.length, offset + countBelow(crlfs, offset));
  return { head, raw, toRaw };
}

/**
 * The file text with fixes applied where they fall in the file's own bytes:
 * front matter, BOM and every line ending untouched (mixed ones included), so
 * that --fix changes only the bytes its fixes change.
 */
export function withFixes(post: Post, fixes: readonly Fix[], apply: (text: string, fixes: readonly Fix[]) => string): string {
  const { head, raw, toRaw } = bodyInSource(post);
  return head + apply(raw, fixes.map((fix) => ({ ...fix, start: toRaw(fix.start), end: toRaw(fix.end) })));
}

const FENCE = /^---[ \t]*$/;
const CLOSING = /^(---|\.\.\.)[ \t]*$/;

interface ParsedPost {
  post: { file: string; meta: PostFrontMatter | undefined; raw: unknown; body: string; bodyLine: number };
  source: YamlSource | undefined;
  /** Problems of the front matter, located in the post file. */
  findings: Diagnostic[];
}

/** Splits a Markdown post into its YAML front matter and its body, keeping line numbers (the full YAML parser). */
function parsePost(file: string, text: string): ParsedPost {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = content.split(/\r?\n/);
  const empty: ParsedPost['post'] = { file, meta: undefined, raw: undefined, body: content, bodyLine: 1 };
  if (!FENCE.test(lines[0] ?? '')) {
    return { post: empty, source: undefined, findings: [fileFinding(file, 'front-matter', msg('load.front_matter_missing'))] };
  }
  const end = lines.findIndex((line, index) => index > 0 && CLOSING.test(line));
  if (end === -1) {
    return { post: empty, source: undefined, findings: [fileFinding(file, 'front-matter', msg('load.front_matter_unclosed'))] };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const body = lines.slice(end + 1).join('\n');
  const post: ParsedPost['post'] = { file, meta: undefined, raw: undefined, body, bodyLine: end + 2 };
  const parsed = parseYaml(file, yamlText, 1);
  if (!parsed.ok) return { post, source: parsed.source, findings: parsed.findings };
  post.raw = parsed.data ?? {};
  const checked = checkAgainstSchema(file, postFrontMatter, post.raw);
  post.meta = checked.value;
  const findings = checked.findings.map((finding) => locateFinding(parsed.source, { ...finding, code: 'front-matter' }));
  return { post, source: parsed.source, findings };
}

/** The posts found under a folder, and the entries refused or unreadable (located at their path). */
export interface PostListing {
  files: string[];
  problems: Diagnostic[];
}

function isInside(root: string, real: string): boolean {
  const relative = path.relative(root, real);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Every Markdown post under the posts folder `dir` (workspace-relative,
 * sorted), with one policy for every command: plain files and folders are
 * read; a link is followed when its target is a regular file or a folder
 * inside the workspace, and a file reached twice is read once (under its
 * first name); a link leading outside, a link that loops (to itself, or
 * to a folder it is in), a device, a FIFO or a socket named `*.md` is
 * refused, and a folder that cannot be listed is reported — never skipped
 * in silence, never read past the workspace's walls.
 */
export async function postFilesIn(fs: Fs, root: string, dir: string): Promise<PostListing> {
  const realRoot = await fs.realpath(root);
  const found: { file: string; real: string }[] = [];
  const problems: Diagnostic[] = [];
  const visited = new Set<string>();
  const walk = async (folder: string): Promise<void> => {
    const absolute = path.join(root, folder);
    const real = await fs.realpath(absolute);
    if (visited.has(real)) return;
    visited.add(real);
    let entries: DirEntry[];
    try {
      entries = await fs.entries(absolute);
    } catch (error) {
      const code = errorCode(error);
      if (folder === dir && code === 'ENOENT') return;
      problems.push(fileFinding(toPosix(folder), 'unreadable', msg('load.folder_unreadable', { reason: errnoReason(code) })));
      return;
    }
    for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const file = toPosix(path.join(folder, entry.name));
      const isPost = entry.name.endsWith('.md');
      if (entry.type === 'directory') await walk(file);
      // A plain file's real path is its real folder's and its name: no round trip per post.
      else if (entry.type === 'file' && isPost) found.push({ file, real: path.join(real, entry.name) });
      else if (entry.type === 'symlink') await followLink(file, isPost);
      else if (entry.type === 'other' && isPost) problems.push(fileFinding(file, 'link-refused', msg('load.not_regular'), msg('load.not_regular.hint')));
    }
  };
  const followLink = async (file: string, isPost: boolean): Promise<void> => {
    const absolute = path.join(root, file);
    const [real, kind, realFolder] = await Promise.all([fs.realpath(absolute), fs.kind(absolute), fs.realpath(path.dirname(absolute))]);
    // A link to itself (ELOOP) or to a folder it is in: a loop, refused whatever its name.
    if (kind === 'loop' || (kind === 'directory' && isInside(real, realFolder))) {
      problems.push(fileFinding(file, 'link-refused', msg('load.link_loop'), msg('load.link_loop.hint')));
    } else if (kind === 'directory' || (kind === 'file' && isPost)) {
      if (!isInside(realRoot, real)) problems.push(fileFinding(file, 'link-refused', msg('load.link_outside'), msg('load.link_outside.hint')));
      else if (kind === 'directory') await walk(file);
      else found.push({ file, real });
    } else if (isPost) {
      problems.push(kind === undefined
        ? fileFinding(file, 'unreadable', msg('load.unreadable', { reason: errnoReason('ENOENT') }), msg('load.dangling_link.hint'))
        : fileFinding(file, 'link-refused', msg('load.not_regular'), msg('load.not_regular.hint')));
    }
  };
  await walk(dir);
  const seen = new Set<string>();
  const files = found
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .filter(({ real }) => !seen.has(real) && seen.add(real) !== undefined)
    .map(({ file }) => file);
  return { files, problems };
}

/** An unreadable post as a located error, the same in every command. */
export function unreadablePost(file: string, code: string): Diagnostic {
  return fileFinding(file, 'unreadable', msg('load.unreadable', { reason: errnoReason(code) }));
}

/** A post file read, or why it could not be (the Node error code). */
export type PostRead = { file: string; post: Post } | { file: string; unreadable: string };

/** How many posts are read between two turns of the event loop (and handed on at once by postBatches). */
const BATCH = 64;

/**
 * Reads post files (workspace-relative) in order. Synchronous reads in
 * batches: for thousands of small files several times faster than the promise
 * API, while a dictionary compiling in the background still gets its turns.
 */
export async function readPostFiles(fs: Fs, root: string, files: readonly string[]): Promise<PostRead[]> {
  const out: PostRead[] = [];
  for await (const batch of postBatches(fs, root, files)) out.push(...batch);
  return out;
}

/** The same reads, BATCH posts at a time: a caller that is done with a batch before the next holds no more than one. */
export async function* postBatches(fs: Fs, root: string, files: readonly string[]): AsyncGenerator<PostRead[]> {
  for (let i = 0; i < files.length; i += BATCH) {
    yield files.slice(i, i + BATCH).map((file) => readPostFile(fs, root, file));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function readPostFile(fs: Fs, root: string, file: string): PostRead {
  let bytes: Uint8Array;
  try {
    bytes = fs.readSync(path.join(root, file));
  } catch (error) {
    return { file, unreadable: errorCode(error) };
  }
  if (bytes.byteLength > MAX_POST_BYTES) return { file, post: tooLargePost(file, bytes.byteLength) };
  // The lenient decoder is fast; only a text with a replacement character goes through the strict one.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const decoded = text.includes('\uFFFD') ? decodeUtf8(bytes) : { ok: true as const, text };
  if (decoded.ok) return { file, post: readPost(file, decoded.text) };
  const problem = { ...fileFinding(file, 'front-matter', msg('load.not_utf8'), msg('load.not_utf8.hint')), ...decoded.position };
  return { file, post: { ...readPost(file, ''), problems: [problem] } };
}
