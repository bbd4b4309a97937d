import { closest, distance } from 'fastest-levenshtein';
import { msg, type MessageRef } from './diagnostics.js';

/**
 * The candidate a typo most likely meant, or undefined when nothing is close
 * enough (at most a third of the word's length, and never more than 3 edits).
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const lower = word.toLowerCase();
  const best = closest(lower, candidates.map((c) => c.toLowerCase()));
  const limit = Math.min(3, Math.max(1, Math.floor(lower.length / 3)));
  if (distance(lower, best) > limit) return undefined;
  return candidates.find((c) => c.toLowerCase() === best);
}

/** "did you mean …?" for a value close to one of the candidates, else undefined. */
export function didYouMean(value: unknown, candidates: readonly string[]): MessageRef | undefined {
  if (typeof value !== 'string') return undefined;
  const suggestion = suggest(value, candidates);
  return suggestion && suggestion !== value ? msg('hint.did_you_mean', { suggestion }) : undefined;
}
