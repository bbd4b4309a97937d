import emojiRegex from 'emoji-regex';

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
const TRAILING_PUNCTUATION = /[.,;:!?…]+$/u;
const HASHTAG = /(?<![\p{L}\p{N}_&/#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu;
const MENTION = /(?<![\p{L}\p{N}_.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?/gu;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;
/** The same words for Latin-script text, several times faster than Unicode property classes. */
const LATIN_WORD = /[0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+(?:['’-][0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+)*/g;
/** Text in which LATIN_WORD finds exactly what WORD finds: no letters or marks beyond Latin. */
const LATIN_TEXT = /^[\u0000-\u024F\u2000-\u206F\u20AC\uD800-\uDFFF\u2190-\u2BFF\uFE0F\u200D\u20E3]*$/;
/** Characters an emoji may start with or hold: the emoji regex runs only on words that have one. */
const EMOJI_HINT = /[\u00A9\u00AE\u203C\u2049\u2122\u2139\u2194-\u21AA\u231A-\u23FF\u24C2\u25AA-\u27BF\u2934\u2935\u2B05-\u2B55\u3030\u303D\u3297\u3299\uD83C-\uD83E\u20E3]/;

/** Matches of a global pattern (reused, never cloned: emoji-regex is costly to build). */
function spans(text: string, pattern: RegExp, trim?: RegExp): Span[] {
  const out: Span[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    let value = match[0];
    if (value === '') {
      pattern.lastIndex += 1;
      continue;
    }
    if (trim) value = value.replace(trim, '');
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

/** Emojis, looking only at the whitespace-separated chunks that can hold one. */
function emojiSpans(text: string): Span[] {
  const out: Span[] = [];
  const hint = new RegExp(EMOJI_HINT.source, 'g');
  for (let match = hint.exec(text); match; match = hint.exec(text)) {
    const start = Math.max(0, text.lastIndexOf(' ', match.index) + 1, text.lastIndexOf('\n', match.index) + 1);
    const space = text.slice(match.index).search(/\s/);
    const end = space === -1 ? text.length : match.index + space;
    for (const span of spans(text.slice(start, end), EMOJI)) out.push({ ...span, start: span.start + start, end: span.end + start });
    hint.lastIndex = end;
  }
  return out;
}

export function analyseText(body: string): PostText {
  const hasComment = body.includes('<!--');
  const masked = hasComment ? body.replace(COMMENT, (comment) => comment.replace(/[^\n]/g, ' ')) : body;
  const published = (hasComment ? body.replace(COMMENT, '') : body).replace(/[ \t]+\n/g, '\n').trim();
  const urls = body.includes('http') || body.includes('www.')
    ? spans(masked, URL, TRAILING_PUNCTUATION).filter((u) => u.start === 0 || !WORD_CHAR_BEFORE.test(masked[u.start - 1]!))
    : [];
  const hashtags = body.includes('#') ? outside(spans(masked, HASHTAG), urls) : [];
  const mentions = body.includes('@') ? outside(spans(masked, MENTION), urls) : [];
  const emojis = outside(emojiSpans(masked), urls);
  const words = outside(spans(masked, LATIN_TEXT.test(masked) ? LATIN_WORD : WORD), [...urls, ...hashtags, ...mentions, ...emojis]);
  return { body, masked, published, urls, hashtags, mentions, emojis, words };
}

/** 1-based line and column (UTF-16 units, like ESLint and editors) of a body offset. */
export function positionIn(body: string, offset: number, start: { line: number; column: number }): { line: number; column: number } {
  let line = start.line;
  let lineStart = 0;
  for (let i = body.indexOf('\n'); i !== -1 && i < offset; i = body.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  const column = offset - lineStart + (line === start.line ? start.column : 1);
  return { line, column };
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
    const start = Math.max(done, text.lastIndexOf(' ', match.index) + 1);
    const space = text.slice(match.index).search(/\s/);
    const end = space === -1 ? text.length : match.index + space;
    count += start - done + graphemes(text.slice(start, end)).length;
    done = end;
    complex.lastIndex = end;
  }
  return count + text.length - done;
}
