import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { forMarkdown } from '../../src/io/sanitize.js';

const markdown = new MarkdownIt({ html: false });
const SYNTAX = ['~~', '~', '**', '*', '_', '`', '[x](y)', '![i](x.png)', '](', '|', '\\', '<b>', '&amp;', '\n', '\r', '\u2028', 'a', ' '];
const texts = fc.array(fc.oneof(fc.constantFrom(...SYNTAX), fc.string({ maxLength: 3 })), { maxLength: 12 }).map((p) => p.join(''));

/** Inline tokens of a table cell other than plain text: what a cell's data must never turn into. */
function markupInCell(cell: string): string[] {
  const tokens = markdown.parse(`| a |\n| --- |\n| x ${cell} |\n`, {});
  expect(tokens.filter((t) => t.type === 'td_open')).toHaveLength(1);
  return tokens.flatMap((t) => t.children ?? []).map((t) => t.type).filter((type) => !['text', 'text_special'].includes(type));
}

describe('forMarkdown', () => {
  it('keeps GFM strikethrough out of a cell (the hostile-input suite found ~~ restyling a file name)', () => {
    expect(markupInCell(forMarkdown('a~~b~~c'))).toEqual([]);
    expect(markdown.renderInline(forMarkdown('a~~b~~c'))).toBe('a~~b~~c');
  });

  it('turns no string into a link, an image, emphasis, code or a second cell', () => {
    fc.assert(fc.property(texts, (text) => {
      expect(markupInCell(forMarkdown(text))).toEqual([]);
    }));
  });
});
