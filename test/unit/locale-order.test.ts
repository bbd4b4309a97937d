import { describe, expect, it } from 'vitest';
import { localeOrder } from '../../src/core/collections.js';

/** A few thousand pairs drawn from a small alphabet, so that most share a prefix and differ at a punctuation mark. */
function pairs(alphabet: string, count: number): [string, string][] {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const word = (max: number) => Array.from({ length: Math.floor(next() * max) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
  return Array.from({ length: count }, () => {
    const prefix = word(4);
    return [prefix + word(6), prefix + word(6)];
  });
}

describe('localeOrder', () => {
  it('orders as localeCompare does: plain paths, punctuation, capitals, accents', () => {
    for (const alphabet of ['ab09._/-', 'aAbé1-_ .', 'calendar/2027-01.md']) {
      for (const [a, b] of pairs(alphabet, 4000)) expect(Math.sign(localeOrder(a, b)), `${a} ${b}`).toBe(Math.sign(a.localeCompare(b)));
    }
    const files = ['posts/b.md', 'Posts/a.md', 'posts/a-b.md', 'posts/a_b.md', 'posts/a.md', 'é.md', 'posts/a.md.bak'];
    expect([...files].sort(localeOrder)).toEqual([...files].sort((a, b) => a.localeCompare(b)));
  });
});
