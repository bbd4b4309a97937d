import { describe, expect, it } from 'vitest';
import { cut, cutMiddle, fitColumns, tableWidth, wrap, type ColumnFit } from '../../src/io/exporters/fit.js';
import { fitTable } from '../../src/io/exporters/table.js';

describe('fitting text into a column', () => {
  it('wraps at spaces, breaks a word longer than the line, counts wide characters as two', () => {
    expect(wrap('Produits de saison et galettes', 12)).toEqual(['Produits de', 'saison et', 'galettes']);
    expect(wrap('Petits-déjeuners', 8)).toEqual(['Petits-d', 'éjeuners']);
    expect(wrap('🥐🥐🥐 pain', 4)).toEqual(['🥐🥐', '🥐', 'pain']);
    expect(wrap('', 5)).toEqual(['']);
  });

  it('cuts at the end or in the middle with one "…", never wider than asked', () => {
    expect(cut('camille-famille', 10)).toBe('camille-f…');
    expect(cut('text', 10)).toBe('text');
    expect(cutMiddle('2027-01-06-instagram-epiphanie-galettes.md', 18)).toBe('2027-01-0…ettes.md');
    expect(cutMiddle('2027-01-06-instagram-epiphanie-galettes.md', 18)).toHaveLength(18);
    expect(cut('🥐🥐🥐', 4)).toBe('🥐…');
  });
});

describe('fitColumns', () => {
  const fits: ColumnFit[] = [{ overflow: 'keep' }, { overflow: 'wrap', min: 10 }, { overflow: 'cut', min: 4, drop: 1 }, { overflow: 'cut', min: 6, drop: 2 }];
  it('keeps everything when it fits', () => {
    expect(fitColumns([5, 20, 8, 10], fits, 200)).toEqual({ kept: [0, 1, 2, 3], inner: [5, 20, 8, 10] });
  });

  it('makes the columns that need least whole first, then gives the rest to the others', () => {
    const { kept, inner } = fitColumns([5, 30, 8, 10], fits, 50);
    expect(kept).toEqual([0, 1, 2, 3]);
    expect(tableWidth(inner)).toBe(50);
    expect(inner).toEqual([5, 14, 8, 10]);
  });

  it('drops columns in their order when even their minimum does not fit, then the rest narrows', () => {
    expect(fitColumns([5, 30, 8, 10], fits, 35)).toEqual({ kept: [0, 1, 3], inner: [5, 12, 8] });
    expect(fitColumns([5, 30, 8, 10], fits, 20)).toEqual({ kept: [0, 1], inner: [5, 8] });
  });
});

describe('the plan table on a narrow terminal', () => {
  const head = ['Date', 'Network', 'Time', 'Theme', 'Format', 'Persona', 'Post'];
  const rows = [['Wed 6 Jan', 'Instagram', '07:30', 'Seasonal products and galettes\n★ Epiphany', 'carousel', 'camille-famille', '2027-01-06-instagram-epiphanie-galettes.md']];
  it('at 80 columns: persona and format dropped, the theme wrapped, the file name cut in the middle', () => {
    const fitted = fitTable(head, rows, [
      { overflow: 'keep' }, { overflow: 'keep' }, { overflow: 'keep' }, { overflow: 'wrap', min: 20 },
      { overflow: 'cut', min: 6, drop: 2 }, { overflow: 'cut', min: 8, drop: 1 }, { overflow: 'cut-middle', min: 14, drop: 3 },
    ], 80);
    expect(fitted.head).toEqual(['Date', 'Network', 'Time', 'Theme', 'Post']);
    expect(fitted.rows[0]!.slice(0, 3)).toEqual(['Wed 6 Jan', 'Instagram', '07:30']);
    expect(fitted.rows[0]![3]!.split('\n').every((line) => line.length <= 30)).toBe(true);
    expect(fitted.rows[0]![4]).toMatch(/^2027-01-0.*….*\.md$/);
  });

  it('no width: the table is left whole', () => {
    expect(fitTable(head, rows, [], undefined)).toEqual({ head, rows });
  });
});
