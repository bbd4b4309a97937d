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
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'“”«»()[\]{}]+/giu;
const TRAILING_PUNCTUATION = /[.,;:!?…]+$/u;
const HASHTAG = /(?<![\p{L}\p{N}_&/#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu;
const MENTION = /(?<![\p{L}\p{N}_.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?/gu;
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*/gu;

function spans(text: string, pattern: RegExp, trim?: RegExp): Span[] {
  const out: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    let value = match[0];
    if (trim) value = value.replace(trim, '');
    out.push({ start: match.index, end: match.index + value.length, text: value });
  }
  return out;
}

function outside(list: Span[], taken: readonly Span[]): Span[] {
  if (taken.length === 0) return list;
  return list.filter((span) => !taken.some((t) => span.start < t.end && t.start < span.end));
}

export function analyseText(body: string): PostText {
  const masked = body.replace(COMMENT, (comment) => comment.replace(/[^\n]/g, ' '));
  const published = body.replace(COMMENT, '').replace(/[ \t]+\n/g, '\n').trim();
  const urls = spans(masked, URL, TRAILING_PUNCTUATION);
  const hashtags = outside(spans(masked, HASHTAG), urls);
  const mentions = outside(spans(masked, MENTION), urls);
  const emojis = outside(spans(masked, emojiRegex()), urls);
  const words = outside(spans(masked, WORD), [...urls, ...hashtags, ...mentions, ...emojis]);
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

/** Lowercase, accents removed, curly apostrophes straightened: how terms are compared. */
export function fold(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
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
export function foldWithOffsets(text: string): { folded: string; offsets: number[] } {
  if (ASCII.test(text)) {
    return { folded: text.toLowerCase(), offsets: Array.from({ length: text.length + 1 }, (_, i) => i) };
  }
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
  if (SIMPLE.test(text)) return text.length;
  let count = 0;
  for (const token of text.split(/(\s+)/)) count += SIMPLE.test(token) ? token.length : graphemes(token).length;
  return count;
}
