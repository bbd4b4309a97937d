import emojiRegex from 'emoji-regex';
import { countBelow } from '../collections.js';

/** A piece of the body: offsets into the body string. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * The body of a post taken apart once for every rule: what is published
 * (HTML comments removed), and where links, hashtags, mentions, emojis and
 * words are. Offsets refer to the body as written, so findings land on the
 * right column.
 */
export interface PostText {
  body: string;
  /** The body with comments blanked out (same length, offsets unchanged). */
  masked: string;
  /** The text as published: comments removed, trimmed. */
  published: string;
  urls: Span[];
  hashtags: Span[];
  mentions: Span[];
  emojis: Span[];
  /** Words outside links, hashtags and mentions (apostrophes and hyphens kept inside). */
  words: Span[];
}

const COMMENT = /<!--[\s\S]*?-->/g;
// No `u` flag and no \b: several times faster; the boundary is checked by hand (linkStart).
const URL = /(?:https?:\/\/|www\.)[^\s<>"'“”«»()[\]{}]+/gi;
const WORD_CHAR_BEFORE = /[\p{L}\p{N}_]/u;
const HASHTAG = /(?<![\p{L}\p{N}_&/#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu;
const MENTION = /(?<![\p{L}\p{N}_.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?/gu;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;
/** The same words for Latin-script text, several times faster than Unicode property classes. */
const LATIN_WORD = /[0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+(?:['’-][0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+)*/g;
/** Text in which LATIN_WORD finds exactly what WORD finds: no letters or marks beyond Latin. */
const LATIN_TEXT = /^[\u0000-\u024F\u2000-\u206F\u20AC\uD800-\uDFFF\u2190-\u2BFF\uFE0F\u200D\u20E3]*$/;
/** Characters an emoji may start with or hold: the emoji regex runs only on words that have one. */
const EMOJI_HINT = /[\u00A9\u00AE\u203C\u2049\u2122\u2139\u2194-\u21AA\u231A-\u23FF\u24C2\u25AA-\u27BF\u2934\u2935\u2B05-\u2B55\u3030\u303D\u3297\u3299\uD83C-\uD83E\u20E3]/;

/**
 * The text up to the end of its last `-->`: no comment ends later, and
 * matching only there keeps each `<!--` without a close from scanning on to the
 * end of the text (quadratic in the number of such openings).
 */
export function closedPart(text: string): string {
  const end = text.lastIndexOf('-->');
  return end === -1 ? '' : text.slice(0, end + 3);
}

/** `text` with each HTML comment replaced. */
export function replaceComments(text: string, replacer: string | ((comment: string) => string)): string {
  const head = closedPart(text);
  return head.replace(COMMENT, replacer as (comment: string) => string) + text.slice(head.length);
}

/** Where the HTML comments of `text` are, in order. */
export function commentSpans(text: string): { start: number; end: number }[] {
  return Array.from(closedPart(text).matchAll(COMMENT), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** `text` without the characters of `set` at its end (a loop: a `[…]+$` regex is quadratic on a long run). */
function trimEnd(text: string, set: string): string {
  let end = text.length;
  while (end > 0 && set.includes(text[end - 1]!)) end -= 1;
  return text.slice(0, end);
}

/** Spaces and tabs at the end of each line removed. */
function trimLineEnds(text: string): string {
  return text.split('\n').map((line) => trimEnd(line, ' \t')).join('\n');
}

const TRAILING_PUNCTUATION = '.,;:!?…';

/** Matches of a global pattern (reused, never cloned: emoji-regex is costly to build). */
function spans(text: string, pattern: RegExp, trim?: string): Span[] {
  const out: Span[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    let value = match[0];
    if (value === '') {
      pattern.lastIndex += 1;
      continue;
    }
    if (trim) value = trimEnd(value, trim);
    out.push({ start: match.index, end: match.index + value.length, text: value });
  }
  return out;
}

const EMOJI = emojiRegex();

/** The spans that overlap none of `taken` (both sorted by start). */
function outside(list: Span[], taken: readonly Span[]): Span[] {
  if (taken.length === 0) return list;
  const sorted = [...taken].sort((a, b) => a.start - b.start);
  let k = 0;
  return list.filter((span) => {
    while (k < sorted.length && sorted[k]!.end <= span.start) k += 1;
    for (let j = k; j < sorted.length && sorted[j]!.start < span.end; j += 1) {
      if (sorted[j]!.end > span.start) return false;
    }
    return true;
  });
}

const SPACE = /\s/g;

/** Offset of the first whitespace at or after `from`, or the text's length. */
function nextSpace(text: string, from: number): number {
  SPACE.lastIndex = from;
  return SPACE.exec(text)?.index ?? text.length;
}

/**
 * Start of the chunk around `at`: after the last of `stops` before it, never
 * before `floor` (the end of the previous chunk), so the walk back never
 * crosses text already seen and the whole scan stays linear.
 */
function chunkStart(text: string, at: number, floor: number, stops: string): number {
  let start = at;
  while (start > floor && !stops.includes(text[start - 1]!)) start -= 1;
  return start;
}

/** Emojis, looking only at the whitespace-separated chunks that can hold one. */
function emojiSpans(text: string): Span[] {
  const out: Span[] = [];
  const hint = new RegExp(EMOJI_HINT.source, 'g');
  for (let match = hint.exec(text), done = 0; match; match = hint.exec(text)) {
    const start = chunkStart(text, match.index, done, ' \n');
    const end = nextSpace(text, match.index);
    for (const span of spans(text.slice(start, end), EMOJI)) out.push({ ...span, start: span.start + start, end: span.end + start });
    hint.lastIndex = end;
    done = end;
  }
  return out;
}

export function analyseText(body: string): PostText {
  const hasComment = body.includes('<!--');
  const masked = hasComment ? replaceComments(body, (comment) => comment.replace(/[^\n]/g, ' ')) : body;
  const published = trimLineEnds(hasComment ? replaceComments(body, '') : body).trim();
  const urls = body.includes('http') || body.includes('www.')
    ? spans(masked, URL, TRAILING_PUNCTUATION).filter((u) => u.start === 0 || !WORD_CHAR_BEFORE.test(masked[u.start - 1]!))
    : [];
  const hashtags = body.includes('#') ? outside(spans(masked, HASHTAG), urls) : [];
  const mentions = body.includes('@') ? outside(spans(masked, MENTION), urls) : [];
  const emojis = outside(emojiSpans(masked), urls);
  const words = outside(spans(masked, LATIN_TEXT.test(masked) ? LATIN_WORD : WORD), [...urls, ...hashtags, ...mentions, ...emojis]);
  return { body, masked, published, urls, hashtags, mentions, emojis, words };
}

/** Body offsets where each line starts (after each LF), for positions by binary search. */
export function lineStarts(body: string): number[] {
  const starts = [0];
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Index of the line (0-based) that holds `offset`, given the line starts. */
export function lineIndex(starts: readonly number[], offset: number): number {
  return countBelow(starts, offset + 1) - 1;
}

/**
 * 1-based line and column (UTF-16 units, like ESLint and editors) of body
 * offsets: the line starts are found once, then each position costs a binary
 * search, so a post's findings cost time linear in their number.
 */
export function bodyPositions(body: string, start: { line: number; column: number }): (offset: number) => { line: number; column: number } {
  const starts = lineStarts(body);
  return (offset) => {
    const index = lineIndex(starts, offset);
    return { line: start.line + index, column: offset - starts[index]! + (index === 0 ? start.column : 1) };
  };
}

const ASCII = /^[\u0000-\u007f]*$/;
// Regular expressions live at module level: the bundler turns some literals into RegExp constructor calls.
const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\u0000-\u007f]/g;

/** Lowercase, accents removed, curly apostrophes straightened: how terms are compared. */
export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(MARKS, '').replace(/’/g, "'").toLowerCase();
}

const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = fold(char);
    foldedChars.set(char, folded);
  }
  return folded;
}

/**
 * Folds `text` character by character, keeping for each folded character the
 * offset of the original one, so a match in the folded text maps back.
 */
export function foldWithOffsets(text: string): { folded: string; offsets: number[] | undefined } {
  // Usually every character folds to one character: offsets are then the identity (undefined).
  const lower = text.toLowerCase();
  const quick = lower.replace(NON_ASCII, foldChar);
  if (quick.length === text.length && lower.length === text.length) return { folded: quick, offsets: undefined };
  const parts: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const part = foldChar(text[i]!);
    parts.push(part);
    for (let k = 0; k < part.length; k += 1) offsets.push(i);
  }
  offsets.push(text.length);
  return { folded: parts.join(''), offsets };
}

/** Characters that are a grapheme each: Latin (precomposed), punctuation such as ’ and «, the euro sign. */
const SIMPLE = /^[\u0000-\u02FF\u2010-\u2027\u2030-\u205E\u20AC]*$/;
let segmenter: Intl.Segmenter | undefined;

/** User-perceived characters: an emoji, even a family of four, is one. */
export function graphemes(text: string): string[] {
  if (SIMPLE.test(text)) return [...text];
  segmenter ??= new Intl.Segmenter('und', { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * How many graphemes: the segmenter is slow, so it only sees the words that
 * need it (emojis, combining marks); whitespace never joins graphemes.
 */
export function graphemeCount(text: string): number {
  const complex = /[^\u0000-\u02FF\u2010-\u2027\u2030-\u205E\u20AC]/g;
  let count = 0;
  let done = 0;
  for (let match = complex.exec(text); match; match = complex.exec(text)) {
    const start = chunkStart(text, match.index, done, ' ');
    // Past the match: a space outside the fast range (U+2028, U+3000) is a match itself, and the scan must move on.
    const end = nextSpace(text, match.index + 1);
    count += start - done + graphemes(text.slice(start, end)).length;
    done = end;
    complex.lastIndex = end;
  }
  return count + text.length - done;
}
