import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_FINDINGS_PER_RULE, MAX_POST_BYTES } from '../../../src/core/limits.js';
import { parseDirectives } from '../../../src/core/lint/directives.js';
import { analyseText, bodyPositions } from '../../../src/core/lint/text.js';
import { translator } from '../../../src/i18n/index.js';
import { csvPosts } from '../../../src/io/lint-csv.js';
import { applyFixes, fixedFiles } from '../../../src/io/lint-fix.js';
import { readPost, readPostFiles, withFixes } from '../../../src/io/posts.js';
import { MemoryFs } from '../../memory-fs.js';
import { lintDiagnostics, lintReport, lintRule, post } from '../rules/helpers.js';

const substitutions = { lines: { linkedin: { tone: { substitutions: { clients: 'partenaires' } } } } };
/** A post whose body has `count` substitution findings, one a line; its body starts on line 6. */
const hits = (count: number) => post({}, 'Nos clients\n'.repeat(count));
const BODY_LINE = 6;

describe('at most MAX_FINDINGS_PER_RULE findings of a rule per post', () => {
  it('lists the first 50 by place, then one summary at the last one’s place with the count, in both languages', () => {
    expect(MAX_FINDINGS_PER_RULE).toBe(50);
    const found = lintDiagnostics('substitution', { 'a.md': hits(120) }, substitutions);
    expect(found).toHaveLength(51);
    expect(found.slice(0, 50).map((f) => f.line)).toEqual(Array.from({ length: 50 }, (_, i) => BODY_LINE + i));
    const summary = found[50]!;
    expect(summary).toMatchObject({
      file: 'a.md', ruleId: 'substitution', severity: 'warning', line: BODY_LINE + 49, column: 5,
      message: { id: 'lint.more_findings', params: { count: 70, max: 50 } },
    });
    expect(summary.endLine).toBeUndefined();
    expect(translator('en')(summary.message)).toBe('and 70 more of this rule in this post (only the first 50 are listed)');
    expect(translator('fr')(summary.message)).toBe('et 70 de plus pour cette règle dans ce post (seuls les 50 premiers sont listés)');
  });

  it('writes large counts the locale’s way: « and 49,950 more »', () => {
    const message = { id: 'lint.more_findings', params: { count: 49_950, max: 50 } };
    expect(translator('en')(message)).toMatch(/^and 49,950 more /);
    expect(translator('fr')(message)).toMatch(/^et 49\u202f950 de plus /);
  });

  it('keeps 50 exactly without a summary, and counts every finding, listed or not, for the summary line and --max-warnings', () => {
    expect(lintDiagnostics('substitution', { 'a.md': hits(50) }, substitutions)).toHaveLength(50);
    const report = lintReport('substitution', [readPost('a.md', hits(51))], substitutions);
    expect(report.messages).toHaveLength(51);
    expect(report.messages[50]!.message.params).toEqual({ count: 1, max: 50 });
    expect(report.warningCount).toBe(51);
    expect(lintReport('substitution', [readPost('a.md', hits(2000))], substitutions).warningCount).toBe(2000);
  });

  it('caps each post on its own: two posts, and two rows of one CSV file', () => {
    const two = lintDiagnostics('substitution', { 'a.md': hits(60), 'b.md': hits(60) }, substitutions);
    expect(two.filter((f) => f.file === 'a.md')).toHaveLength(51);
    expect(two.filter((f) => f.file === 'b.md')).toHaveLength(51);
    const row = `2027-01-12 08:30;linkedin;"${'Nos clients\n'.repeat(60)}"`;
    const csv = csvPosts('plan.csv', `date;network;text\n${row}\n${row}\n`);
    if (!csv.ok) throw new Error('CSV not read');
    const messages = lintReport('substitution', csv.posts, substitutions).messages;
    expect(messages.filter((m) => m.message.id === 'lint.more_findings').map((m) => m.message.params?.count)).toEqual([10, 10]);
    expect(messages).toHaveLength(102);
  });

  it('gives the summary the fixes of the findings it stands for: --fix still repairs them all', () => {
    const text = hits(120);
    const report = lintReport('substitution', [readPost('a.md', text)], substitutions);
    expect(report.messages[50]!.fix).toHaveLength(70);
    const fixed = fixedFiles([readPost('a.md', text)], report.messages);
    expect([...fixed.values()]).toEqual([text.replaceAll('clients', 'partenaires')]);
  });

  it('caps silenced findings the same way, the summary keeping the directive’s reason', () => {
    const text = post({}, `<!-- edito-disable substitution -- quoted -->\n${'Nos clients\n'.repeat(60)}`);
    const report = lintReport('substitution', [readPost('a.md', text)], substitutions);
    expect(report.messages).toEqual([]);
    expect(report.suppressed).toHaveLength(51);
    expect(report.suppressed[50]).toMatchObject({ message: { id: 'lint.more_findings', params: { count: 10 } }, suppression: { justification: 'quoted' } });
  });
});

describe('a post past MAX_POST_BYTES', () => {
  const padded = (bytes: number) => {
    const head = post({}, '');
    return head + 'é'.repeat((bytes - Buffer.byteLength(head)) >> 1) + 'x'.repeat((bytes - Buffer.byteLength(head)) & 1);
  };

  it('is not parsed by the one post reader, one byte past the limit; at the limit it is', async () => {
    expect(MAX_POST_BYTES).toBe(1024 * 1024);
    const fs = new MemoryFs({ '/ws/posts/big.md': padded(MAX_POST_BYTES + 1), '/ws/posts/limit.md': padded(MAX_POST_BYTES) });
    const [big, limit] = await readPostFiles(fs, '/ws', ['posts/big.md', 'posts/limit.md']);
    expect(big).toMatchObject({ file: 'posts/big.md', post: { tooLarge: MAX_POST_BYTES + 1, meta: undefined, body: '' } });
    expect(limit).toMatchObject({ post: { meta: { network: 'linkedin' } } });
    expect(limit && 'post' in limit && limit.post.tooLarge).toBeUndefined();
  });

  it('is one located error of the engine, whatever rule is on, in both languages', async () => {
    const fs = new MemoryFs({ '/ws/posts/big.md': padded(MAX_POST_BYTES + 1) });
    const [read] = await readPostFiles(fs, '/ws', ['posts/big.md']);
    if (!read || !('post' in read)) throw new Error('not read');
    for (const rule of ['front-matter', 'substitution']) {
      const report = lintReport(rule, [read.post], substitutions);
      expect(report.messages).toEqual([{
        file: 'posts/big.md', ruleId: 'post-too-large', severity: 'error', line: 1, column: 1,
        message: { id: 'lint.post_too_large', params: { size: MAX_POST_BYTES + 1, max: MAX_POST_BYTES } },
        hint: { id: 'lint.post_too_large.hint' },
      }]);
      expect(report.errorCount).toBe(1);
    }
    const message = { id: 'lint.post_too_large', params: { size: MAX_POST_BYTES + 1, max: MAX_POST_BYTES } };
    expect(translator('en')(message)).toBe('the post is 1,048,577 bytes, past the 1,048,576 edito reads: it was not checked');
    expect(translator('fr')(message)).toBe('le post fait 1\u202f048\u202f577 octets, au-delà des 1\u202f048\u202f576 que lit edito : il n’a pas été vérifié');
  });
});

/** Line and column of a 0-based offset, the slow way: the file's lines counted from its start. */
function naivePosition(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

describe('positions stay exact', () => {
  it('match a count from the start for every offset of any body', () => {
    const pieces = fc.constantFrom('a', '\n', '🥐', 'é', '\r', ' ');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 60 }).map((p) => p.join('')), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), (body, line, column) => {
      const at = bodyPositions(body, { line, column });
      for (let offset = 0; offset <= body.length; offset += 1) {
        const naive = naivePosition(body, offset);
        expect(at(offset)).toEqual({ line: line + naive.line - 1, column: naive.line === 1 ? column + naive.column - 1 : naive.column });
      }
    }));
  });

  it('put findings on the same line and column with LF and CRLF line endings, astral characters counted as two units', () => {
    const body = '🥐 clients\n\n𝒜𝒜 Clients et clients\r\nfin clients';
    const lf = post({}, body.replace(/\r\n/g, '\n'));
    const crlf = lf.replace(/\n/g, '\r\n');
    const places = (text: string) => lintRule('substitution', { 'a.md': text }, substitutions).map((f) => [f.line, f.column]);
    const expected = [[6, 4], [8, 6], [8, 17], [9, 5]];
    expect(places(lf)).toEqual(expected);
    expect(places(crlf)).toEqual(expected);
    // The file's own lines hold the word found at each place.
    for (const text of [lf, crlf]) {
      const lines = text.split(/\r?\n/);
      for (const [line, column] of expected) expect(lines[line! - 1]!.slice(column! - 1, column! + 6).toLowerCase()).toBe('clients');
    }
  });

  it('place directives on the lines they silence, after comments spanning lines', () => {
    const body = 'a\n<!-- edito-disable-next-line substitution\n-- multi-line -->\nclients\nclients';
    expect(parseDirectives(body).map((d) => d.bodyLine)).toEqual([2]);
    expect(lintRule('substitution', { 'a.md': post({}, body) }, substitutions).map((f) => f.line)).toEqual([10]);
  });
});

describe('linear time on hostile bodies', () => {
  const MB = 1024 * 1024;
  // Each took seconds to minutes before (quadratic scans); each must now take a small fraction of that.
  const shapes: Record<string, string> = {
    'a run of spaces not before a line end': `a${' '.repeat(MB)}b`,
    'a link ending in a run of dots': `https://a${'.'.repeat(MB)}b`,
    'comments that never close': '<!-- edito-disable '.repeat(MB / 19),
    'emojis on one long line': '🥐 a\u00a0'.repeat(MB / 6),
    'many lines': 'x\n'.repeat(MB / 2),
  };
  for (const [name, body] of Object.entries(shapes)) {
    it(`analyses 1 MB of ${name} in well under a second`, () => {
      const started = performance.now();
      analyseText(body);
      parseDirectives(body);
      expect(performance.now() - started).toBeLessThan(1500);
    });
  }

  it('lints and fixes 50,000 substitutions in one post in a few seconds', () => {
    const text = hits(50_000).replace(/\n/g, (_, i: number) => (i % 2 ? '\r\n' : '\n'));
    const started = performance.now();
    const read = readPost('a.md', text);
    const report = lintReport('substitution', [read], substitutions);
    const fixed = fixedFiles([read], report.messages).get(read);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(report.messages).toHaveLength(51);
    expect(fixed).toBe(text.replaceAll('clients', 'partenaires'));
  });
});

describe('fixes', () => {
  it('apply as before: the later of two overlapping fixes wins, insertions at one place keep their order', () => {
    expect(applyFixes('abcdef', [{ start: 1, end: 3, text: 'X' }, { start: 2, end: 4, text: 'Y' }, { start: 5, end: 6, text: 'Z' }])).toBe('abYeZ');
    expect(applyFixes('ab', [{ start: 1, end: 1, text: 'X' }, { start: 1, end: 1, text: 'Y' }])).toBe('aYXb');
  });

  it('land on the file’s own bytes with mixed line endings, a CR alone included', () => {
    const text = '---\nnetwork: linkedin\ndate: 2027-01-12T08:30\n---\r\nclients\r\nclients\nx\r\r\nclients\r\n';
    const read = readPost('a.md', text);
    const fixes = [...read.body.matchAll(/clients/g)].map((m) => ({ start: m.index, end: m.index + 7, text: 'partenaires' }));
    expect(fixes).toHaveLength(3);
    expect(withFixes(read, fixes, applyFixes)).toBe(text.replaceAll('clients', 'partenaires'));
  });
});

describe('text analysis', () => {
  it('counts an emoji before a no-break space once', () => {
    expect(analyseText('🥐\u00a0🥐 et 🥐\t🥐').emojis.map((e) => e.start)).toEqual([0, 3, 9, 12]);
  });
});
