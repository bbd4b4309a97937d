import { describe, expect, it } from 'vitest';
import { csvChunks, csvText } from '../../src/io/csv-text.js';
import { icsCalendar, icsChunks, type IcsEvent } from '../../src/io/exporters/ics.js';

/** Plan output is written as it is produced: a long calendar is never one string. */
describe('formats written in pieces', () => {
  const events: IcsEvent[] = Array.from({ length: 1201 }, (_, i) => ({
    uid: `x-${i}@a.edito`, date: '2027-01-04', time: '08:30', summary: `Post ${i}`, description: 'd', categories: ['x'],
  }));
  const head = { product: 'edito plan//EN', name: 'A', tzid: 'Europe/Paris', vtimezone: 'BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\nEND:VTIMEZONE', stamp: '2027-01-04' };

  it('ics: the head, then 500 events a piece, then the end; the pieces are the whole calendar', () => {
    const pieces = [...icsChunks(head, events)];
    expect(pieces).toHaveLength(1 + 3 + 1);
    expect(pieces[0]).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VTIMEZONE\r\n$/);
    expect(pieces[1]!.match(/BEGIN:VEVENT/g)).toHaveLength(500);
    expect(pieces[3]!.match(/BEGIN:VEVENT/g)).toHaveLength(201);
    expect(pieces.at(-1)).toBe('END:VCALENDAR\r\n');
    expect(pieces.join('')).toBe(icsCalendar(head, events));
  });

  it('csv: the BOM, then a thousand records a piece, formulas neutralised in each', () => {
    const records = Array.from({ length: 2500 }, (_, i) => [String(i), i === 2400 ? '=1+1' : 'a,b']);
    const pieces = [...csvChunks(records, { bom: true })];
    expect(pieces).toHaveLength(1 + 3);
    expect(pieces[0]).toBe('\uFEFF');
    expect(pieces[3]).toContain("'=1+1");
    expect(pieces.join('')).toBe(csvText(records, { bom: true }));
  });
});
