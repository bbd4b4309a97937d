import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countLength } from '../../../src/core/lint/length.js';
import { analyseText, fold, foldWithOffsets, graphemeCount } from '../../../src/core/lint/text.js';

const PIECES = ['a', 'É', 'é', 'e\u0301', ' ', '\n', '’', '«', '👨‍👩‍👧‍👦', '👍🏽', '🇫🇷', '1️⃣', '🥐', 'ß', 'İ', 'œ', '中', 'ﬁ', '#', '@', '\u2028', '\u2029', '\u3000', '\u2003', '\uFEFF'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

describe('text analysis', () => {
  it('counts graphemes exactly as Intl.Segmenter, through its fast paths', () => {
    fc.assert(fc.property(texts, (text) => graphemeCount(text) === [...segmenter.segment(text)].length));
  });

  it('counts a space outside the fast range as one grapheme and moves on (it looped forever on U+2029)', () => {
    expect(graphemeCount('a\u2029b')).toBe(3);
    expect(graphemeCount('\u3000')).toBe(1);
    expect(graphemeCount('x\u2028\u2028🥐 y')).toBe(6);
  });

  it('folds character by character to the same text as a whole-string fold, with offsets that map back', () => {
    fc.assert(fc.property(texts, (text) => {
      const { folded, offsets } = foldWithOffsets(text);
      expect(folded).toBe(fold(text));
      if (offsets) {
        expect(offsets).toHaveLength(folded.length + 1);
        expect(offsets.at(-1)).toBe(text.length);
      } else {
        expect(folded).toHaveLength(text.length);
      }
    }));
  });

  it('finds links, hashtags, mentions, emojis and words, each once', () => {
    const text = analyseText('Voir https://ex.fr/a#b, @ana et #pain 🥐 l’atelier <!-- edito-disable all-caps -->');
    expect(text.urls.map((s) => s.text)).toEqual(['https://ex.fr/a#b']);
    expect(text.hashtags.map((s) => s.text)).toEqual(['#pain']);
    expect(text.mentions.map((s) => s.text)).toEqual(['@ana']);
    expect(text.emojis.map((s) => s.text)).toEqual(['🥐']);
    expect(text.words.map((s) => s.text)).toEqual(['Voir', 'et', 'l’atelier']);
    expect(text.published).toBe('Voir https://ex.fr/a#b, @ana et #pain 🥐 l’atelier');
  });
});

describe('length as each network counts it', () => {
  const url = `https://example.com/${'x'.repeat(60)}`;
  it('counts graphemes: an emoji family is one', () => {
    expect(countLength('ab👨‍👩‍👧‍👦', 'graphemes')).toBe(3);
  });
  it('counts a Mastodon link as 23', () => {
    expect(countLength(`ab ${url}`, 'mastodon')).toBe(3 + 23);
  });
  it('counts a Threads emoji as its UTF-8 bytes', () => {
    expect(countLength('ab🥐', 'utf8-bytes-emoji')).toBe(2 + 4);
  });
  it('asks for twitter-text weighting on X', () => {
    expect(() => countLength('ab', 'twitter-text')).toThrow();
    expect(countLength('ab', 'twitter-text', (t) => t.length * 2)).toBe(4);
  });
});
