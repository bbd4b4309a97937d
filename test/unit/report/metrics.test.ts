import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CannotRun } from '../../../src/app/errors.js';
import { readMetrics, type MetricsContext } from '../../../src/io/metrics/index.js';
import { parseCount, parseStamp } from '../../../src/io/metrics/values.js';
import { REPO } from '../../helpers.js';

const CONTEXT: MetricsContext = { from: '2027-03-01', to: '2027-03-31', timezone: 'Europe/Paris', dateOrder: 'auto' };
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(REPO, 'test/fixtures/metrics', name)));
const read = (name: string, context: Partial<MetricsContext> = {}) => readMetrics(name, fixture(name), { ...CONTEXT, ...context });
const bytes = (text: string) => new TextEncoder().encode(text);

/** The CannotRun a read fails with: its message id and parameters. */
async function failure(promise: Promise<unknown>): Promise<{ id: string; params: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof CannotRun) return { id: error.messageId, params: error.params };
    throw error;
  }
  throw new Error('no failure');
}

describe('metrics readers: one internal row per post, the kind from the header', () => {
  it('generic CSV, English headers', async () => {
    const { layout, rows } = await read('generic.csv');
    expect(layout).toBe('generic');
    expect(rows[0]).toMatchObject({
      row: 2, network: 'linkedin', kind: 'post', date: '2027-03-02', time: '08:30', postId: null,
      permalink: 'https://www.linkedin.com/feed/update/urn:li:activity:1/',
      counts: { impressions: 1200, reach: null, likes: 30, comments: 4, shares: 2, saves: null, clicks: 12, followers: 1010, follows: null },
    });
    expect(rows[1]).toMatchObject({ network: 'instagram', time: '12:00', counts: { reach: 800, saves: 6, clicks: null } });
  });

  it('generic CSV, French headers, semicolons, spaces as thousands separators', async () => {
    const { rows } = await read('generic-fr.csv');
    expect(rows[0]).toMatchObject({ postId: 'li-7', permalink: null, counts: { impressions: 1200, likes: 30, followers: 1010 } });
  });

  it('Meta Facebook post export: US dates, thousands separators, Excel-mangled ids dropped', async () => {
    const { layout, rows, dateOrder } = await read('meta-facebook.csv');
    expect([layout, dateOrder]).toEqual(['meta-facebook', 'mdy']);
    expect(rows[0]).toMatchObject({
      network: 'facebook', date: '2027-03-27', time: '06:08', postId: '1220000000000001', format: 'image',
      counts: { reach: 1234, impressions: 2000, likes: 56, comments: 7, shares: 3, clicks: 21, saves: null },
    });
    expect(rows[1]).toMatchObject({ postId: null, format: 'video', date: '2027-03-13', time: '18:30' });
  });

  it('Meta Instagram export with French headers: day-first dates inferred from a day above 12', async () => {
    const { layout, rows, dateOrder } = await read('meta-instagram-fr.csv');
    expect([layout, dateOrder]).toEqual(['meta-instagram', 'dmy']);
    expect(rows[0]).toMatchObject({ date: '2027-03-27', time: '07:30', format: 'carousel', counts: { impressions: 3400, reach: 2100, likes: 120, follows: 5, saves: 22 } });
  });

  it('Meta Instagram export in UTF-16LE with a BOM and a sep=, line', async () => {
    const { layout, rows } = await read('meta-instagram-utf16.csv');
    expect(layout).toBe('meta-instagram');
    expect(rows[0]).toMatchObject({ row: 3, date: '2027-03-20', time: '11:00', format: 'reel', counts: { impressions: 5100, reach: 3000, likes: 210 } });
  });

  it('X content export: a day, no hour; replies, reposts and bookmarks', async () => {
    const { layout, rows } = await read('x-content.csv');
    expect(layout).toBe('x-content');
    expect(rows[0]).toMatchObject({ network: 'x', date: '2027-03-16', time: null, postId: '1890000000000000001', counts: { impressions: 4210, likes: 38, comments: 5, shares: 9, saves: 6, follows: 3, clicks: 11 } });
  });

  it('LinkedIn "All posts" saved as CSV: the note on row 1, headers on row 2', async () => {
    const { layout, rows } = await read('linkedin-posts.csv');
    expect(layout).toBe('linkedin-posts');
    expect(rows[0]).toMatchObject({ row: 3, network: 'linkedin', date: '2027-03-09', time: null, format: 'carousel', counts: { impressions: 2500, likes: 45, shares: 3, follows: 4 } });
  });

  it('LinkedIn .xlsx: the "All posts" sheet, a serial date and a written one', async () => {
    const { layout, rows } = await read('linkedin-content.xlsx');
    expect(layout).toBe('linkedin-posts');
    expect(rows.map((r) => [r.row, r.date, r.title, r.counts.impressions])).toEqual([[3, '2027-03-09', 'Cloud costs & you', 2500], [4, '2027-03-16', 'Hiring', 1100]]);
  });

  it('reads numbers and dates the way exports write them', () => {
    expect(['1,234', '1.234', '1 234', '1\u202f234', '12,5', '1,234.5', '', '-', 'abc', '-3'].map(parseCount)).toEqual([1234, 1234, 1234, 1234, 12.5, 1234.5, null, null, undefined, undefined]);
    expect(parseStamp('2027-03-02T07:30:00Z', 'mdy', 'Europe/Paris')).toEqual({ date: '2027-03-02', time: '08:30' });
    expect(parseStamp('2020-02-10 18:00 +0000', 'mdy', 'Europe/Paris')).toEqual({ date: '2020-02-10', time: '19:00' });
    expect(parseStamp('03/04/2027 1:05 PM', 'mdy', 'UTC')).toEqual({ date: '2027-03-04', time: '13:05' });
    expect(parseStamp('03/04/2027', 'dmy', 'UTC')).toEqual({ date: '2027-04-03', time: null });
    expect(parseStamp('02/30/2027', 'mdy', 'UTC')).toBeUndefined();
  });
});

describe('bad metrics files: a located, localized refusal', () => {
  it('unknown layout', async () => {
    expect(await failure(readMetrics('a.csv', bytes('foo,bar\n1,2\n'), CONTEXT))).toEqual({ id: 'report.metrics.unknown_layout', params: { file: 'a.csv', headers: 'foo, bar' } });
  });
  it('a bad number, with its row, column and header', async () => {
    const text = 'date,network,likes,comments\n2027-03-02,linkedin,3,4\n2027-03-03,linkedin,3,four\n';
    expect(await failure(readMetrics('m.csv', bytes(text), CONTEXT))).toEqual({ id: 'report.metrics.bad_number', params: { file: 'm.csv', row: 3, column: 4, header: 'comments', value: 'four' } });
  });
  it('a bad date and a date outside the range', async () => {
    expect((await failure(readMetrics('m.csv', bytes('date,network,likes\n2027-02-30,x,1\n'), CONTEXT))).id).toBe('report.metrics.bad_date');
    expect(await failure(readMetrics('m.csv', bytes('date,network,likes\n2027-03-02,x,1\n2027-04-02,x,1\n'), CONTEXT))).toEqual({
      id: 'report.metrics.out_of_range', params: { file: 'm.csv', row: 3, column: 1, header: 'date', value: '2027-04-02', from: '2027-03-01', to: '2027-03-31' },
    });
  });
  it('an unknown network', async () => {
    expect((await failure(readMetrics('m.csv', bytes('date,network,likes\n2027-03-02,myspace,1\n'), CONTEXT))).params).toMatchObject({ row: 2, column: 2, value: 'myspace' });
  });
  it('an empty file, another encoding, an .xls renamed .csv, a file too large', async () => {
    expect((await failure(readMetrics('e.csv', bytes(' \n'), CONTEXT))).id).toBe('report.metrics.empty');
    expect(await failure(read('latin1.csv'))).toEqual({ id: 'report.metrics.encoding', params: { file: 'latin1.csv', row: 3, column: 24 } });
    expect((await failure(read('renamed-xls.csv'))).id).toBe('report.metrics.xls');
    const { readFile } = await import('node:fs/promises');
    const workbook = await readFile(new URL('../../fixtures/metrics/linkedin-content.xlsx', import.meta.url));
    expect(await failure(readMetrics('linkedin.csv', new Uint8Array(workbook), CONTEXT))).toEqual({ id: 'report.metrics.xlsx_renamed', params: { file: 'linkedin.csv' } });
    expect((await failure(readMetrics('big.csv', new Uint8Array(50 * 1024 * 1024), CONTEXT))).params).toEqual({ file: 'big.csv', size: '50.0', max: '20.0' });
  });
});

describe('from export files to figures', () => {
  it('every kind feeds the KPI section with the workspace formula', async () => {
    const { reportOf, reportWorkspace } = await import('./workspace.js');
    const files = ['meta-facebook.csv', 'x-content.csv', 'linkedin-content.xlsx', 'meta-instagram-utf16.csv'];
    const rows = (await Promise.all(files.map((f) => read(f)))).flatMap((r) => r.rows);
    const kpi = reportOf(reportWorkspace(), rows).kpi!;
    const rate = (network: string) => kpi.networks.find((n) => n.network === network)!;
    // (56 + 7 + 3) + (10 + 1 + 0) interactions over a reach of 1,234 + 500.
    expect(rate('facebook')).toMatchObject({ posts: 2, rate: 4.44, reachFallback: 0, bestWeekday: 'sat', bestHour: '06' });
    // No reach in X's export: (38 + 5 + 9 + 6) ÷ 4,210 impressions, and no hour.
    expect(rate('x')).toMatchObject({ posts: 1, rate: 1.38, reachFallback: 1, byHour: null, bestHour: null });
    // LinkedIn: (45 + 6 + 3) + (20 + 2 + 1) over 2,500 + 1,100 impressions.
    expect(rate('linkedin')).toMatchObject({ posts: 2, rate: 2.14, reachFallback: 2, byHour: null });
    // Instagram (UTF-16): (210 + 18 + 15 + 30) ÷ 3,000 reach.
    expect(rate('instagram')).toMatchObject({ posts: 1, rate: 9.1 });
    // followers from LinkedIn's Follows (4 + 1 new): baseline 1,000 + 5; the rate objective on Instagram.
    expect(kpi.objectives.find((k) => k.objective === 'followers')).toMatchObject({ current: 1005, basis: 'baseline-plus-new' });
    expect(kpi.objectives.find((k) => k.objective === 'er')).toMatchObject({ current: 9.1, verdict: 'reached' });
  });
});

describe('the CSV reader', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, CRLF, and keeps line numbers', async () => {
    const { parseCsv } = await import('../../../src/io/metrics/csv.js');
    expect(parseCsv('a,b\r\n"x, ""y""","two\nlines"\r\nc,d\n\n')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, "y"', 'two\nlines'] },
      { line: 4, cells: ['c', 'd'] },
    ]);
    expect(parseCsv('sep=;\na;b\n1;2').map((r) => [r.line, r.cells])).toEqual([[2, ['a', 'b']], [3, ['1', '2']]]);
  });
});
