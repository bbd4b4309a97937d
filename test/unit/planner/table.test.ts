import colors from '@colors/colors/safe.js';
import Table from 'cli-table3';
import { describe, expect, it } from 'vitest';
import { drawTable } from '../../../src/io/exporters/table.js';

/** The plan table is drawn by edito in linear time: it must be the very table cli-table3 draws. */

const head = ['Date', 'Network', 'Time', 'Theme', 'Format', 'Persona', 'Post'];
const rows = Array.from({ length: 120 }, (_, i) => [
  `Tue ${1 + (i % 28)} Jan`, ['LinkedIn', 'X (Twitter)', 'Instagram'][i % 3]!, '08:30',
  i % 7 === 0 ? `Theme ${i}\n★ Key date number ${i}\nholiday: Noël` : `Theme ${'é'.repeat(i % 13)}`, i === 93 ? 'a much wider format cell' : 'text',
  i % 5 === 0 ? '—' : '日本語のペルソナ', i % 2 ? `2027-01-${i}-post-🥐.md` : '—',
]);

function cliTable3(color: boolean, count = rows.length): string {
  const grid = new Table({ head, style: color ? { head: ['cyan'], border: ['grey'] } : { head: [], border: [] } });
  grid.push(...rows.slice(0, count));
  return grid.toString();
}

describe('the plan table', () => {
  it('is byte for byte the table cli-table3 draws, wide characters, emojis and multi-line cells included', () => {
    for (const count of [1, 2, 120]) expect(drawTable(head, rows.slice(0, count), false)).toBe(cliTable3(false, count));
  });
  it('has the same ANSI colours as cli-table3: cyan head, grey borders', () => {
    const was = colors.enabled;
    colors.enable();
    try {
      const drawn = drawTable(head, rows, true);
      expect(drawn).toContain('\u001b[36m');
      expect(drawn).toBe(cliTable3(true));
    } finally {
      if (!was) colors.disable();
    }
  });
});
