import { describe, expect, it } from 'vitest';
import { csvPosts, parseCsv } from '../../../src/io/lint-csv.js';
import { applyFixes, unifiedDiff } from '../../../src/io/lint-fix.js';
import { readPost, withFixes } from '../../../src/io/posts.js';

const KEYS = ['network', 'date', 'format', 'theme', 'status', 'persona'];

describe('Markdown posts', () => {
  // The plain front matter path skips the YAML library: it must read exactly what the full parser reads.
  const plain = '---\nnetwork: linkedin\ndate: 2027-01-12T08:30\nformat: carousel\ntheme: expertise\nstatus: ready\n---\nBonjour\n';
  const full = plain.replace('theme: expertise', 'theme: "expertise"');
  it('reads a plain front matter as the YAML parser does, positions included', () => {
    const fast = readPost('a.md', plain);
    const slow = readPost('a.md', full);
    expect(fast.meta).toEqual(slow.meta);
    expect(fast.raw).toEqual(slow.raw);
    expect(fast.body).toBe(slow.body);
    expect(fast.bodyStart).toEqual(slow.bodyStart);
    for (const key of KEYS.filter((k) => k !== 'theme' && k !== 'persona')) {
      expect(fast.keyPosition(key), key).toEqual(slow.keyPosition(key));
      expect(fast.keyPosition(key, true), key).toEqual(slow.keyPosition(key, true));
    }
  });
  it('leaves numbers, booleans and unknown keys to the YAML parser', () => {
    expect(readPost('a.md', plain.replace('theme: expertise', 'theme: 2027')).problems).not.toEqual([]);
    expect(readPost('a.md', plain.replace('status: ready', 'stauts: ready')).problems[0]!.message.id).toBe('schema.unknown_key');
  });
  it('writes a fixed body back without touching the front matter, BOM or CRLF line endings', () => {
    const crlf = `\uFEFF${plain.replace(/\n/g, '\r\n')}`;
    const post = readPost('a.md', crlf);
    expect(post.body).toBe('Bonjour\n');
    expect(withFixes(post, [{ start: 0, end: 7, text: 'Salut' }], applyFixes)).toBe(crlf.replace('Bonjour', 'Salut'));
    // Mixed line endings: only the fixed bytes change, every CRLF and LF stays where it was.
    const mixed = '---\r\nnetwork: linkedin\ndate: 2027-01-12T08:30\r\n---\r\nLigne une\nBonjour\r\nfin\n';
    const read = readPost('m.md', mixed);
    const at = read.body.indexOf('Bonjour');
    expect(withFixes(read, [{ start: at, end: at + 7, text: 'Salut' }], applyFixes)).toBe(mixed.replace('Bonjour', 'Salut'));
    expect(unifiedDiff('a.md', 'x\nBonjour\n', 'x\nSalut\n')).toBe('--- a/a.md\n+++ b/a.md\n@@ -2,1 +2,1 @@\n-Bonjour\n+Salut\n');
  });
});

describe('CSV posts', () => {
  it('parses ; or , separated cells with quotes, escaped quotes and line breaks, keeping positions', () => {
    expect(parseCsv('a,b\n"x ""y""","1\n2"\n').map((row) => row.map((c) => [c.value, c.line, c.column]))).toEqual([
      [['a', 1, 1], ['b', 1, 3]],
      [['x "y"', 2, 2], ['1\n2', 2, 12]],
    ]);
    expect(parseCsv('\uFEFFdate;texte\r\n2027-01-12;Bonjour\r\n').map((row) => row.map((c) => c.value))).toEqual([['date', 'texte'], ['2027-01-12', 'Bonjour']]);
  });
  it('maps French headers and dates to post keys', () => {
    const read = csvPosts('plan.csv', 'Date;Réseau;Thème;Statut;Texte\n12/01/2027 08:30;linkedin;expertise;ready;Bonjour\n');
    expect(read.ok && read.posts[0]!.meta).toEqual({ network: 'linkedin', date: '2027-01-12T08:30', theme: 'expertise', status: 'ready' });
    expect(read.ok && read.posts[0]!.bodyStart).toEqual({ line: 2, column: 43 });
    expect(csvPosts('plan.csv', 'date;network\n').ok).toBe(false);
  });
});
