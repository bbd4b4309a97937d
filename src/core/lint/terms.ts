import { fold, foldWithOffsets, type PostText, type Span } from './text.js';

export interface TermMatch extends Span {
  /** The pattern as written in the charter. */
  pattern: string;
}

const folded = new WeakMap<PostText, { folded: string; offsets: number[] | undefined }>();

const escape = (literal: string) => literal.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** A compiled term: a regex with one wildcard group per word at most, and the literals each group must hold in order. */
interface Term {
  regex: RegExp;
  /** Per capture group: the literal pieces between the first and last `*` of its word. */
  middles: string[][];
}

/**
 * A word with several `*` (`a*b*c`) becomes `a(…)c` plus a check that the
 * captured part holds `b`: one quantifier per word, so no pattern a charter
 * writes can make the regex backtrack exponentially (`a*a*a*a*z`).
 */
function compile(pattern: string): Term {
  const middles: string[][] = [];
  const body = fold(pattern.trim())
    .split(/\s+/)
    .map((word) => {
      const pieces = word.split('*');
      if (pieces.length === 1) return escape(word);
      middles.push(pieces.slice(1, -1).filter((piece) => piece !== ''));
      return `${escape(pieces[0]!)}([\\p{L}\\p{N}]*)${escape(pieces.at(-1)!)}`;
    })
    .join('\\s+');
  return { regex: new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'gu'), middles };
}

/** Whether each wildcard part holds its word's middle literals, in order. */
function holdsMiddles(match: RegExpMatchArray, middles: readonly string[][]): boolean {
  return middles.every((pieces, group) => {
    const part = match[group + 1] ?? '';
    let from = 0;
    for (const piece of pieces) {
      const at = part.indexOf(piece, from);
      if (at === -1) return false;
      from = at + piece.length;
    }
    return true;
  });
}

const compiled = new Map<string, Term>();

/**
 * Whole-word, case- and accent-insensitive matches of charter terms
 * ("gratuit" finds "Gratuit" and "GRATUIT", not "gratuitement"; "gratuit*"
 * finds all three). Links are skipped.
 */
export function findTerms(text: PostText, patterns: readonly string[]): TermMatch[] {
  if (patterns.length === 0) return [];
  const regexes = patterns.map((pattern) => {
    let term = compiled.get(pattern);
    if (!term) {
      term = compile(pattern);
      compiled.set(pattern, term);
    }
    return term;
  });
  // Folded once per post: banned-term and substitution both search it.
  let entry = folded.get(text);
  if (!entry) {
    entry = foldWithOffsets(text.masked);
    folded.set(text, entry);
  }
  const { folded: haystack, offsets } = entry;
  const out: TermMatch[] = [];
  for (const [index, pattern] of patterns.entries()) {
    const { regex, middles } = regexes[index]!;
    regex.lastIndex = 0;
    let link = 0;
    for (const match of haystack.matchAll(regex)) {
      if (!holdsMiddles(match, middles)) continue;
      const start = offsets ? offsets[match.index]! : match.index;
      const end = offsets ? offsets[match.index + match[0].length]! : match.index + match[0].length;
      // Matches and links both come in order: the first link that ends after the start is the only one to look at.
      while (link < text.urls.length && text.urls[link]!.end <= start) link += 1;
      if (link < text.urls.length && text.urls[link]!.start < end) continue;
      out.push({ start, end, text: text.body.slice(start, end), pattern });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
