import { fold, foldWithOffsets, type PostText, type Span } from './text.js';

export interface TermMatch extends Span {
  /** The pattern as written in the charter. */
  pattern: string;
}

const folded = new WeakMap<PostText, { folded: string; offsets: number[] | undefined }>();

function compile(pattern: string): RegExp {
  const body = fold(pattern.trim())
    .split(/\s+/)
    .map((word) => word.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[\\p{L}\\p{N}]*'))
    .join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${body}(?![\\p{L}\\p{N}_])`, 'gu');
}

const compiled = new Map<string, RegExp>();

/**
 * Whole-word, case- and accent-insensitive matches of charter terms
 * ("gratuit" finds "Gratuit" and "GRATUIT", not "gratuitement"; "gratuit*"
 * finds all three). Links are skipped.
 */
export function findTerms(text: PostText, patterns: readonly string[]): TermMatch[] {
  if (patterns.length === 0) return [];
  const regexes = patterns.map((pattern) => {
    let regex = compiled.get(pattern);
    if (!regex) {
      regex = compile(pattern);
      compiled.set(pattern, regex);
    }
    return regex;
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
    const regex = regexes[index]!;
    regex.lastIndex = 0;
    for (const match of haystack.matchAll(regex)) {
      const start = offsets ? offsets[match.index]! : match.index;
      const end = offsets ? offsets[match.index + match[0].length]! : match.index + match[0].length;
      if (text.urls.some((u) => start < u.end && u.start < end)) continue;
      out.push({ start, end, text: text.body.slice(start, end), pattern });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
