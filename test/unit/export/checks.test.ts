import { describe, expect, it } from 'vitest';
import {
  checkDuplicates, checkFormulaStart, checkGrid, checkHeader, checkLeadTime, checkLinkDropped, checkMediaFiles, checkMediaKinds,
  checkNetworks, checkSpacing, splitRows, type CheckContext,
} from '../../../src/core/export/checks.js';
import { formatMoment, patternProblem } from '../../../src/core/export/dates.js';
import { publishedText, selectPosts } from '../../../src/core/export/select.js';
import type { ExportPost, TargetLimits } from '../../../src/core/export/types.js';
import { readPost } from '../../../src/io/posts.js';
import { forCsvCell, fromCsvCell } from '../../../src/io/sanitize.js';
import { csvText } from '../../../src/io/csv-text.js';
import { exportEn } from '../../../src/i18n/export.en.js';
import { exportFr } from '../../../src/i18n/export.fr.js';
import { workspace, linkedin } from '../planner/build.js';

const LIMITS: TargetLimits = { media: 'any', link: true, csv: true };
const CONTEXT: CheckContext = { target: 'hootsuite', now: Date.parse('2027-01-04T09:00:00Z') };

/** Posts from Markdown texts, selected as export does (Europe/Paris). */
function posts(...texts: string[]): ExportPost[] {
  const ws = workspace({ lines: [linkedin()] });
  ws.posts = texts.map((text, i) => readPost(`posts/${i}.md`, text));
  return selectPosts(ws, { statuses: ['ready'], timezone: 'Europe/Paris' }).posts;
}
const post = (date: string, body = 'Hello. #cloud', extra = '') => `---\nnetwork: linkedin\ndate: ${date}\nstatus: ready\n${extra}---\n${body}\n`;

describe('the schedulers\' rules as pure checks', () => {
  it('grid: minutes off a 5-minute grid are errors at the date, on the scheduler\'s clock', () => {
    const found = checkGrid(posts(post('2027-01-05T08:30'), post('2027-01-05T08:32')), { ...LIMITS, grid: 5 }, CONTEXT);
    expect(found.map((d) => [d.file, d.ruleId, d.severity, d.line, d.column])).toEqual([['posts/1.md', 'export-grid', 'error', 3, 7]]);
    expect(found[0]!.message.params).toMatchObject({ time: '08:32', grid: 5 });
    expect(checkGrid(posts(post('2027-01-05T08:32')), LIMITS, CONTEXT)).toEqual([]);
  });

  it('lead time: a post less than 10 minutes after now is refused; 10 minutes is enough', () => {
    // 09:00Z is 10:00 in Paris.
    const found = checkLeadTime(posts(post('2027-01-04T10:09'), post('2027-01-04T10:10')), { ...LIMITS, minLeadMinutes: 10 }, CONTEXT);
    expect(found.map((d) => d.file)).toEqual(['posts/0.md']);
  });

  it('spacing: the later of two posts closer than 10 minutes is refused, and the next one measured from the kept one', () => {
    const found = checkSpacing(posts(post('2027-01-05T08:00'), post('2027-01-05T08:05'), post('2027-01-05T08:10')), { ...LIMITS, minSpacingMinutes: 10 }, CONTEXT);
    expect(found.map((d) => d.file)).toEqual(['posts/1.md']);
  });

  it('duplicates: every copy after the first, at its text, naming the first', () => {
    const found = checkDuplicates(posts(post('2027-01-05T08:00', 'Same.'), post('2027-01-06T08:00', 'Other.'), post('2027-01-07T08:00', 'Same.')), { ...LIMITS, uniqueText: true }, CONTEXT);
    expect(found.map((d) => [d.file, d.line, d.message.params?.other])).toEqual([['posts/2.md', 6, 'posts/0.md']]);
  });

  it('networks: a network the format has no column for', () => {
    expect(checkNetworks(posts(post('2027-01-05T08:00')), { ...LIMITS, networks: ['facebook'] }, CONTEXT).map((d) => d.ruleId)).toEqual(['export-network']);
  });

  it('media: local paths where only URLs go, too many, none where there is no column; missing files at their item', () => {
    const withMedia = posts(post('2027-01-05T08:00', 'x', 'media:\n  - https://cdn.example.com/a.jpg\n  - media/b.jpg\n'));
    expect(checkMediaKinds(withMedia, { ...LIMITS, media: 'urls' }, CONTEXT).map((d) => [d.severity, d.line, d.column])).toEqual([['error', 7, 5]]);
    expect(checkMediaKinds(withMedia, { ...LIMITS, maxMedia: 1 }, CONTEXT).map((d) => d.message.id)).toEqual(['export.check.media_count']);
    expect(checkMediaKinds(withMedia, { ...LIMITS, media: 'none' }, CONTEXT).map((d) => d.severity)).toEqual(['warning']);
    expect(checkMediaFiles(withMedia, new Map([['media/b.jpg', 'missing' as const]])).map((d) => [d.message.id, d.line])).toEqual([['export.check.media_missing', 7]]);
  });

  it('a link the format cannot carry, and a text starting like a formula, are warnings', () => {
    const linked = posts(post('2027-01-05T08:00', '@team hello', 'link: https://example.com\n'));
    expect(checkLinkDropped(linked, { ...LIMITS, link: false }, CONTEXT).map((d) => d.ruleId)).toEqual(['export-link']);
    expect(checkLinkDropped(posts(post('2027-01-05T08:00', 'see https://example.com', 'link: https://example.com\n')), { ...LIMITS, link: false }, CONTEXT)).toEqual([]);
    expect(checkFormulaStart(linked, LIMITS, CONTEXT).map((d) => d.ruleId)).toEqual(['export-formula']);
    expect(checkFormulaStart(linked, { ...LIMITS, csv: false }, CONTEXT)).toEqual([]);
  });

  it('rows per file: runs of at most the limit', () => {
    expect(splitRows([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(splitRows([1, 2], undefined)).toEqual([[1, 2]]);
    expect(splitRows(Array.from({ length: 350 }, (_, i) => i), 350)).toHaveLength(1);
  });

  it('template header: fixed columns in order (Publer), required ones (Metricool), each at its cell', () => {
    const cells = (names: string[]) => names.map((value, i) => ({ value, line: 1, column: 1 + names.slice(0, i).join(',').length + (i > 0 ? 1 : 0) }));
    expect(checkHeader('t.csv', cells(['A', 'B']), { target: 'publer', fixed: ['A', 'B'] })).toEqual([]);
    expect(checkHeader('t.csv', cells(['B', 'A']), { target: 'publer', fixed: ['A', 'B'] }).map((d) => [d.column, d.message.params?.index])).toEqual([[1, 1], [3, 2]]);
    expect(checkHeader('t.csv', cells(['A', 'B', 'C']), { target: 'publer', fixed: ['A', 'B'] }).map((d) => d.message.id)).toEqual(['export.check.template_extra']);
    expect(checkHeader('t.csv', cells(['text', 'Time']), { target: 'metricool', required: ['Text', 'Date', 'Time'] }).map((d) => d.message.params?.column)).toEqual(['Date']);
  });
});

describe('export selection and dates', () => {
  it('converts to the target zone, keeps the instant; a day-only post is an error', () => {
    const ws = workspace({ lines: [linkedin()] });
    ws.posts = [readPost('posts/a.md', post('2027-01-05T08:30')), readPost('posts/b.md', post('2027-01-05'))];
    const { posts: selected, undated } = selectPosts(ws, { statuses: ['ready'], timezone: 'Europe/Paris', targetTimezone: 'Asia/Kathmandu' });
    expect(selected[0]!.local.iso).toBe('2027-01-05T08:30:00+01:00');
    expect(selected[0]!.at.iso).toBe('2027-01-05T13:15:00+05:45');
    expect(selected[0]!.at.instant).toBe(selected[0]!.local.instant);
    expect(undated.map((d) => d.ruleId)).toEqual(['export-time']);
  });

  it('the published text drops HTML comments and trims', () => {
    expect(publishedText('\n<!-- edito-disable all-caps -->\nBIG news.\n\n\n\nMore.\n')).toBe('BIG news.\n\nMore.');
  });

  it('date patterns: tokens, 24-hour only, date-only columns', () => {
    expect(formatMoment({ date: '2027-01-05', time: '08:30' }, 'dd/MM/yyyy HH:mm')).toBe('05/01/2027 08:30');
    expect(formatMoment({ date: '2027-01-05', time: '08:30' }, 'HH:mm:ss')).toBe('08:30:00');
    expect(patternProblem('MM/dd/yyyy hh:mm a', true)).toBe('twelve-hour');
    expect(patternProblem('dd.MM.yyyy', true)).toBe('no-time');
    expect(patternProblem('yyyy-MM-dd HH:mm', false)).toBe('has-time');
    expect(patternProblem('yyyy/MM', true)).toBe('no-date');
    expect(patternProblem('dd/MM/yyyy {HH}', true)).toBe('syntax');
  });
});

describe('CSV formula neutralisation', () => {
  it('puts a quote before the six formula starts, and lint reads it back', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const cell = `${start}1+1`;
      expect(forCsvCell(cell)).toBe(`'${cell}`);
      expect(fromCsvCell(forCsvCell(cell))).toBe(cell);
    }
    expect(forCsvCell('Hello = world')).toBe('Hello = world');
    expect(fromCsvCell("'quoted")).toBe("'quoted");
    // A text already starting with the quote survives the round trip too.
    for (const cell of ["'=x", "''@x", "'plain", '', "'"]) expect(fromCsvCell(forCsvCell(cell))).toBe(cell);
    expect(forCsvCell("'=x")).toBe("''=x");
  });

  it('the one CSV writer quotes any line break, CR included, and neutralises every cell', () => {
    expect(csvText([['a\nb', 'c\rd', '=x', 'plain']])).toBe('"a\nb","c\rd",\'=x,plain\r\n');
    expect(csvText([['a']], { bom: true, delimiter: ';' })).toBe('\uFEFFa\r\n');
  });
});

describe('export messages', () => {
  it('has a French message for every English one', () => {
    expect(Object.keys(exportFr).sort()).toEqual(Object.keys(exportEn).sort());
  });
});
