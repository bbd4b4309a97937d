/**
 * `edito export`, run through the built bin as a user would. Golden files
 * (test/golden/export/) hold each target's exact bytes on the small
 * workspace test/fixtures/export; UPDATE_GOLDEN=1 rewrites them.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { copyOf, edit, REPO, runBin, runCli } from '../helpers.js';

const FIXTURE = path.join(REPO, 'test', 'fixtures', 'export');
const GOLDEN = path.join(REPO, 'test', 'golden', 'export');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const ENV = { EDITO_NOW: '2027-01-02T09:00:00Z', TZ: 'UTC' };

/** The published text of the post with quotes, commas, line breaks, emoji and accents. */
const TRICKY = 'Café "crème", s\'il vous plaît ☕️\nA second line, with a comma; and "quotes".\n\nDéjà vu — naïve façade. #culture';
const CAFE = 'posts/2027-01-06-instagram-cafe.md';

/** The built bin, as a user runs it: goldens, examples, round trips. */
const exportIn = (dir: string, args: string[], env: Record<string, string> = {}) => runBin(['export', '--dir', dir, ...args], { env: { ...ENV, ...env } });
/** The same CLI in-process through `main` (no process to start): the rule and guard-rail tables. */
const exportMain = (dir: string, args: string[], env: Record<string, string> = {}) => runCli(['export', '--dir', dir, ...args], { env: { ...ENV, ...env } });

async function golden(name: string, actual: string): Promise<void> {
  const file = path.join(GOLDEN, name);
  if (UPDATE) {
    await mkdir(GOLDEN, { recursive: true });
    await writeFile(file, actual);
    return;
  }
  expect(actual, name).toBe(await readFile(file, 'utf8'));
}

const records = (text: string, options: { bom?: boolean } = {}) => parse(text, { bom: options.bom ?? false, relax_column_count: false }) as string[][];

describe.concurrent('export: golden bytes of each target on a small workspace', () => {
  const STDOUT_TARGETS = [['csv', 'csv'], ['sprout', 'csv'], ['publer', 'csv'], ['metricool', 'csv'], ['json', 'json'], ['md', 'md'], ['ics', 'ics']] as const;
  for (const [target, extension] of STDOUT_TARGETS) {
    it(`${target} to stdout`, async () => {
      const result = await exportIn(FIXTURE, ['--to', target]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain(`exported 3 post(s) to ${target}`);
      await golden(`${target}.${extension}`, result.stdout);
    });
  }

  it('hootsuite: one file per network in the --out folder, no header', async () => {
    const out = path.join(await copyOf('test/fixtures/export'), 'out');
    const result = await exportIn(FIXTURE, ['--to', 'hootsuite', '--out', out]);
    expect(result.code, result.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['instagram.csv', 'linkedin.csv']);
    for (const name of ['instagram.csv', 'linkedin.csv']) await golden(`hootsuite-${name}`, await readFile(path.join(out, name), 'utf8'));
  });

  it('the French defaults: day-first dates for hootsuite and sprout, French messages', async () => {
    const result = await exportIn(FIXTURE, ['--to', 'sprout', '--locale', 'fr']);
    expect(records(result.stdout)[1]![0]).toBe('05/01/2027');
    expect(result.stderr).toContain('3 post(s) exporté(s) vers sprout');
    const out = path.join(await copyOf('test/fixtures/export'), 'out');
    await exportIn(FIXTURE, ['--to', 'hootsuite', '--locale', 'fr', '--out', out]);
    expect(records(await readFile(path.join(out, 'linkedin.csv'), 'utf8'))[0]![0]).toBe('05/01/2027 08:30');
  });

  it('ics: the UIDs of plan --format ics, so that one calendar updates the same events', async () => {
    const plan = await runBin(['plan', '--dir', FIXTURE, '--format', 'ics', '--today', '2027-01-02'], { env: ENV });
    const exported = await exportIn(FIXTURE, ['--to', 'ics']);
    const uids = (text: string) => new Set([...text.matchAll(/^UID:(.+)\r$/gm)].map((m) => m[1]));
    const planned = uids(plan.stdout);
    const posted = [...uids(exported.stdout)];
    expect(posted).toEqual(['linkedin-20270105T0830@atelier-test.edito', 'instagram-20270106T1200@atelier-test.edito', 'linkedin-20270107T0830@atelier-test.edito']);
    expect(posted.filter((uid) => planned.has(uid))).toEqual(posted);
  });

  it('md: a week heading, a heading per post, line breaks kept, workspace HTML shown as text', async () => {
    const dir = await withPost('2027-01-14-html.md', { network: 'linkedin', date: '2027-01-14T08:30' }, '<img src=x onerror=alert(1)> **not bold** #cloud');
    const { stdout } = await exportIn(dir, ['--to', 'md', '--allow-errors']);
    const html = new MarkdownIt().render(stdout);
    expect(html.match(/<h2>/g)).toHaveLength(2);
    expect(html.match(/<h3>/g)).toHaveLength(4);
    expect(html).toContain('s\'il vous plaît ☕️<br>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<strong>');
  });

  it('nothing selected: nothing written, and said so', async () => {
    const dir = await copyOf('test/fixtures/export');
    const result = await exportIn(dir, ['--to', 'csv', '--status', 'published', '--out', path.join(dir, 'none.csv')]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('nothing to export to csv: no post matches (statuses published)');
    expect(await readdir(dir)).not.toContain('none.csv');
  });
});

describe.concurrent('export: bytes, quoting and the tricky post parsed back with csv-parse', () => {
  it('csv: BOM, CRLF, edito columns; the body as written', async () => {
    const { stdout } = await exportIn(FIXTURE, ['--to', 'csv']);
    expect(stdout.startsWith('\uFEFFdate,network,')).toBe(true);
    const rows = records(stdout, { bom: true });
    expect(rows[0]).toEqual(['date', 'network', 'format', 'theme', 'persona', 'objective', 'account', 'status', 'title', 'link', 'media', 'tags', 'text']);
    const cafe = rows.find((r) => r[1] === 'instagram')!;
    expect(cafe.at(-1)).toBe(TRICKY);
    expect(cafe[8]).toBe('Café "crème", s\'il vous plaît');
    expect(cafe[10]).toBe('https://cdn.example.com/cafe.jpg\nhttps://cdn.example.com/crème.jpg');
    expect(stdout.split('\r\n').length).toBeGreaterThan(3);
  });

  it('sprout: the three case-sensitive headers, no BOM, CRLF', async () => {
    const { stdout } = await exportIn(FIXTURE, ['--to', 'sprout', '--date-format', 'dd/mm/yyyy']);
    expect(stdout.startsWith('date,time_24hr,message_text\r\n')).toBe(true);
    const rows = records(stdout);
    expect(rows.slice(1).map((r) => r.slice(0, 2))).toEqual([['05/01/2027', '08:30'], ['06/01/2027', '12:00'], ['07/01/2027', '08:30']]);
    expect(rows[2]![2]).toBe(TRICKY);
  });

  it('publer: the 12 columns in their order on every row, even empty', async () => {
    const { stdout } = await exportIn(FIXTURE, ['--to', 'publer']);
    expect(stdout.startsWith('\uFEFF')).toBe(false);
    const rows = records(stdout);
    expect(rows[0]).toEqual(['Date', 'Text', 'Link(s)', 'Media URL(s)', 'Title', 'Label(s)', 'Alt text(s)', 'Comment(s)', 'Pin board/FB album/Google category', 'Post subtype', 'CTA', 'Reminder']);
    for (const row of rows) expect(row).toHaveLength(12);
    expect(rows[1]).toEqual(['2027/01/05 08:30', 'Hello from the workshop. #cloud', '', '', '', 'Expertise', '', '', '', '', '', '']);
    expect(rows[2]!.slice(0, 6)).toEqual(['2027/01/06 12:00', TRICKY, 'https://example.com/menu?a=1,2', 'https://cdn.example.com/cafe.jpg,https://cdn.example.com/crème.jpg', 'Café "crème", s\'il vous plaît', 'Culture']);
  });

  it('metricool: CRLF records, TRUE/FALSE per network, pictures', async () => {
    const { stdout } = await exportIn(FIXTURE, ['--to', 'metricool']);
    expect(stdout.endsWith('\r\n')).toBe(true);
    const rows = records(stdout);
    const column = (name: string) => rows[0]!.indexOf(name);
    const cafe = rows[2]!;
    expect([cafe[column('Text')], cafe[column('Date')], cafe[column('Time')], cafe[column('Draft')]]).toEqual([TRICKY, '2027-01-06', '12:00:00', 'FALSE']);
    expect([cafe[column('Instagram')], cafe[column('LinkedIn')]]).toEqual(['TRUE', 'FALSE']);
    expect(cafe[column('Picture Url 2')]).toBe('https://cdn.example.com/crème.jpg');
  });

  it('hootsuite: date, message, link by position; the tricky post survives', async () => {
    const out = path.join(await copyOf('test/fixtures/export'), 'out');
    await exportIn(FIXTURE, ['--to', 'hootsuite', '--out', out, '--date-format', 'yyyy-MM-dd HH:mm']);
    const text = await readFile(path.join(out, 'instagram.csv'), 'utf8');
    expect(text.startsWith('2027-01-06 12:00,')).toBe(true);
    expect(records(text)).toEqual([['2027-01-06 12:00', TRICKY, 'https://example.com/menu?a=1,2']]);
  });

  it('a text starting like a formula reaches every CSV with a quote before it, and the user is told', async () => {
    for (const target of ['csv', 'sprout', 'publer', 'metricool']) {
      const { stdout, stderr } = await exportIn(FIXTURE, ['--to', target]);
      expect(stdout, target).toContain('\'=HYPERLINK(""https://example.com"",""call us"")');
      expect(stdout, target).not.toMatch(/(^|,|")=HYPERLINK/m);
      expect(stderr, target).toContain('export-formula');
    }
  });

  it('plan --format csv neutralises a theme label starting with "="', async () => {
    const dir = await copyOf('test/fixtures/export');
    await edit(dir, 'charter/networks/linkedin.yaml', (t) => t.replace('label: Expertise', 'label: "=cmd|\' /C calc\'!A0"'));
    const result = await runBin(['plan', '--dir', dir, '--format', 'csv', '--today', '2027-01-02'], { env: ENV });
    expect(result.code, result.stderr).toBe(0);
    const labels = records(result.stdout, { bom: true }).map((r) => r[5]);
    expect(labels).toContain('\'=cmd|\' /C calc\'!A0');
    expect(labels.some((l) => l?.startsWith('='))).toBe(false);
  });
});

interface LintJson {
  filePath: string;
  messages: { ruleId: string; severity: number; message: string }[];
}

/** Every finding as `rule severity message`, sorted: where it is differs between a post file and a CSV row, what it says must not. */
function findings(report: LintJson[], skip: (file: string) => boolean): string[] {
  return report.filter((f) => !skip(f.filePath)).flatMap((f) => f.messages.map((m) => `${m.ruleId} ${m.severity} ${m.message}`)).sort();
}

describe.concurrent('export: round trip through edito lint', () => {
  for (const example of ['test/fixtures/export', 'examples/fournil-lyon', 'examples/saas-consultant']) {
    it(`${example}: export --to csv, then lint of that CSV, gives the findings of the Markdown posts`, async () => {
      const dir = await copyOf(example);
      // Mid-period, so that some posts are past (date-past) and the run has findings to compare.
      const today = example.includes('saas') ? '2027-02-15' : example.includes('fournil') ? '2027-01-15' : '2027-01-02';
      const env = { EDITO_NOW: `${today}T09:00:00Z` };
      // Both runs name what they lint: the findings of those files, calendar ones included.
      const markdown = await runBin(['lint', '--dir', dir, '--format', 'json', '--today', today, path.join(dir, 'posts')], { env });
      const exported = await exportIn(dir, ['--to', 'csv', '--status', 'idea,draft,ready,scheduled,published', '--allow-errors', '--out', path.join(dir, 'plan.csv')], env);
      expect(exported.code, exported.stderr).toBe(0);
      await rm(path.join(dir, 'posts'), { recursive: true });
      const csv = await runBin(['lint', '--dir', dir, '--format', 'json', '--today', today, path.join(dir, 'plan.csv')], { env });
      const before = findings(JSON.parse(markdown.stdout) as LintJson[], () => false);
      const after = findings(JSON.parse(csv.stdout) as LintJson[], () => false);
      expect(before.length).toBeGreaterThan(0);
      expect(after).toEqual(before);
      expect(csv.code).toBe(markdown.code);
    });
  }
});

/** A copy of the small workspace with one post added. */
async function withPost(name: string, frontMatter: Record<string, string>, body: string): Promise<string> {
  const dir = await copyOf('test/fixtures/export');
  const head = Object.entries({ format: 'text', theme: 'expertise', persona: 'claire-dsi', objective: 'linkedin-followers', account: 'brand', status: 'ready', ...frontMatter })
    .map(([k, v]) => `${k}: ${v}`).join('\n');
  await writeFile(path.join(dir, 'posts', name), `---\n${head}\n---\n${body}\n`);
  return dir;
}

describe.concurrent('export: each scheduler rule, broken', () => {
  it('hootsuite 5-minute grid: a post at 08:32 is an error at its date, not moved', async () => {
    const dir = await withPost('2027-01-14-off-grid.md', { network: 'linkedin', date: '2027-01-14T08:32' }, 'Off the grid. #cloud');
    const out = path.join(dir, 'out');
    const result = await exportMain(dir, ['--to', 'hootsuite', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/2027-01-14-off-grid\.md\n\s+9:7\s+error\s+hootsuite takes minutes on a 5-minute grid only: 08:32 is off it/);
    expect(result.stderr).toContain('skipped 1: 0 with lint errors, 1 refused by the checks above');
    expect(await readFile(path.join(out, 'linkedin.csv'), 'utf8')).not.toContain('Off the grid');
  });

  it('10 minutes after now: hootsuite and sprout refuse a post 5 minutes ahead', async () => {
    for (const target of ['hootsuite', 'sprout']) {
      const dir = await copyOf('test/fixtures/export');
      const result = await exportMain(dir, ['--to', target, '--out', path.join(dir, 'out')], { EDITO_NOW: '2027-01-05T07:25:00Z' });
      expect(result.code, target).toBe(1);
      expect(result.stderr, target).toContain(`${target} refuses a post less than 10 minutes after the upload: 2027-01-05 08:30 is too soon`);
      expect(result.stderr, target).toContain('export-lead-time');
    }
  });

  it('350 rows: hootsuite splits a network into files of at most 350 and says so; sprout too, and needs --out for it', async () => {
    const dir = await copyOf('test/fixtures/export');
    await edit(dir, 'charter/charter.yaml', (t) => t.replace('  all-caps: warning', '  all-caps: warning\n  frequency-max: off\n  spelling: off'));
    for (let i = 0; i < 351; i += 1) {
      const day = String(1 + Math.floor(i / 24)).padStart(2, '0');
      const hour = String(i % 24).padStart(2, '0');
      await writeFile(path.join(dir, 'posts', `bulk-${i}.md`), `---\nnetwork: linkedin\ndate: 2027-03-${day}T${hour}:00\nstatus: ready\n---\nPost number ${i}. #cloud\n`);
    }
    const out = path.join(dir, 'out');
    const result = await exportMain(dir, ['--to', 'hootsuite', '--out', out, '--network', 'linkedin', '--from', '2027-03-01']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('linkedin: 351 posts split into 2 files of at most 350 rows (hootsuite limit)');
    expect((await readdir(out)).sort()).toEqual(['linkedin-1.csv', 'linkedin-2.csv']);
    expect(records(await readFile(path.join(out, 'linkedin-1.csv'), 'utf8'))).toHaveLength(350);
    expect(records(await readFile(path.join(out, 'linkedin-2.csv'), 'utf8'))).toEqual([['03/15/2027 14:00', 'Post number 350. #cloud', '']]);

    // Posts already scheduled in Hootsuite count against its 350: --max-rows lowers the limit.
    const lower = path.join(dir, 'lower');
    expect((await exportMain(dir, ['--to', 'hootsuite', '--out', lower, '--network', 'linkedin', '--from', '2027-03-01', '--max-rows', '200'])).stderr).toContain('351 posts split into 2 files of at most 200 rows');
    expect(records(await readFile(path.join(lower, 'linkedin-2.csv'), 'utf8'))).toHaveLength(151);

    const printed = await exportMain(dir, ['--to', 'sprout', '--from', '2027-03-01']);
    expect(printed.code).toBe(2);
    expect(printed.stderr).toContain('sprout takes at most 350 rows per file and this export needs several files: name one with --out');
    const sprout = await exportMain(dir, ['--to', 'sprout', '--from', '2027-03-01', '--out', path.join(dir, 'sprout.csv')]);
    expect(sprout.code, sprout.stderr).toBe(0);
    expect(records(await readFile(path.join(dir, 'sprout-1.csv'), 'utf8'))).toHaveLength(351);
    expect(records(await readFile(path.join(dir, 'sprout-2.csv'), 'utf8'))).toHaveLength(2);
  });

  it('sprout spacing: two posts 5 minutes apart, the later one refused', async () => {
    const dir = await withPost('2027-01-06-close.md', { network: 'linkedin', date: '2027-01-06T12:05' }, 'Too close to the café post. #cloud');
    const result = await exportMain(dir, ['--to', 'sprout']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`sprout needs 10 minutes between two posts: this one is too close to ${CAFE} (2027-01-06 12:00)`);
    expect(result.stdout).not.toContain('Too close');
  });

  it('hootsuite duplicates: the same message twice in a network file, the second refused at its text', async () => {
    const dir = await withPost('2027-01-19-again.md', { network: 'linkedin', date: '2027-01-19T08:30' }, 'Hello from the workshop. #cloud');
    const result = await exportMain(dir, ['--to', 'hootsuite', '--out', path.join(dir, 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/2027-01-19-again\.md\n\s+11:1\s+error\s+hootsuite refuses the same message twice in one file: this text is already in posts\/2027-01-05-linkedin-hello\.md/);
  });

  it('publer fixed columns: a template whose columns moved is refused with its place (exit 2); the right one passes', async () => {
    const dir = await copyOf('test/fixtures/export');
    const good = 'Date,Text,Link(s),Media URL(s),Title,Label(s),Alt text(s),Comment(s),Pin board/FB album/Google category,Post subtype,CTA,Reminder\r\n';
    await writeFile(path.join(dir, 'publer-ok.csv'), good);
    await writeFile(path.join(dir, 'publer-moved.csv'), good.replace('Link(s),Media URL(s)', 'Media URL(s),Link(s)'));
    const moved = await exportMain(dir, ['--to', 'publer', '--template', path.join(dir, 'publer-moved.csv')]);
    expect(moved.code).toBe(2);
    expect(moved.stderr).toMatch(/publer-moved\.csv:1:11: publer's template changed: column 3 should be "Link\(s\)", the file has "Media URL\(s\)"/);
    expect(moved.stderr).not.toMatch(/\n\s+at /);
    const ok = await exportMain(dir, ['--to', 'publer', '--template', path.join(dir, 'publer-ok.csv')]);
    expect(ok.code, ok.stderr).toBe(0);
  });

  it('metricool --template: its header kept, known columns filled, the others left empty and named; one without Date refused', async () => {
    const dir = await copyOf('test/fixtures/export');
    await writeFile(path.join(dir, 'metricool.csv'), '\uFEFFText,Date,Time,Draft,LinkedIn,Instagram,Alt text picture 1,Picture Url 1,Custom\r\nexample,,,,,,,,\r\n');
    const result = await exportMain(dir, ['--to', 'metricool', '--template', path.join(dir, 'metricool.csv')]);
    expect(result.code, result.stderr).toBe(0);
    const rows = records(result.stdout);
    expect(rows[0]).toEqual(['Text', 'Date', 'Time', 'Draft', 'LinkedIn', 'Instagram', 'Alt text picture 1', 'Picture Url 1', 'Custom']);
    expect(rows[2]).toEqual([TRICKY, '2027-01-06', '12:00:00', 'FALSE', 'FALSE', 'TRUE', '', 'https://cdn.example.com/cafe.jpg', '']);
    expect(result.stderr).toContain('template columns left empty: Alt text picture 1, Custom');

    await writeFile(path.join(dir, 'broken.csv'), 'Text,Day,Time\r\n');
    const broken = await exportMain(dir, ['--to', 'metricool', '--template', path.join(dir, 'broken.csv')]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('broken.csv:1:1: the template has no "Date" column: is it a metricool planner template?');
  });

  it('metricool has no column for Mastodon: an error at the network key, whatever --allow-errors', async () => {
    const dir = await withPost('2027-01-14-mastodon.md', { network: 'mastodon', date: '2027-01-14T08:30' }, 'Toot. #cloud');
    const result = await exportMain(dir, ['--to', 'metricool', '--allow-errors']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/2027-01-14-mastodon\.md\n(.*\n)*\s+8:10\s+error\s+metricool has no column for Mastodon: it takes facebook, x, linkedin/);
  });
});

describe.concurrent('export: guard rails', () => {
  it('lint first: a post with a lint error is listed and skipped (exit 1), exported with --allow-errors (exit 0)', async () => {
    const dir = await withPost('2027-01-14-cheap.md', { network: 'linkedin', date: '2027-01-14T08:30' }, 'A cheap trick. #cloud');
    const result = await exportMain(dir, ['--to', 'csv']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('2027-01-14-cheap.md');
    expect(result.stderr).toContain('banned-term');
    expect(result.stderr).toContain('exported 3 post(s) to csv; skipped 1: 1 with lint errors, 0 refused by the checks above');
    expect(result.stdout).not.toContain('cheap trick');
    const allowed = await exportMain(dir, ['--to', 'csv', '--allow-errors']);
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.stdout).toContain('cheap trick');
    expect(allowed.stderr).toContain('1 post(s) exported despite their lint errors (--allow-errors)');
  });

  it('media: a missing local path is an error at its list item; publer refuses a local path that exists', async () => {
    const dir = await withPost('2027-01-14-media.md', { network: 'linkedin', date: '2027-01-14T08:30', media: '\n  - media/here.jpg\n  - media/missing.jpg' }, 'With pictures. #cloud');
    await mkdir(path.join(dir, 'media'));
    await writeFile(path.join(dir, 'media', 'here.jpg'), 'jpg');
    const csv = await exportMain(dir, ['--to', 'csv']);
    expect(csv.code).toBe(1);
    expect(csv.stderr).toMatch(/2027-01-14-media\.md\n\s+12:5\s+error\s+media media\/missing\.jpg does not exist in the workspace/);
    await rm(path.join(dir, 'media', 'here.jpg'));
    await writeFile(path.join(dir, 'media', 'missing.jpg'), 'jpg');
    await writeFile(path.join(dir, 'media', 'here.jpg'), 'jpg');
    expect((await exportMain(dir, ['--to', 'csv'])).code).toBe(0);
    const publer = await exportMain(dir, ['--to', 'publer']);
    expect(publer.code).toBe(1);
    expect(publer.stderr).toMatch(/11:5\s+error\s+publer takes media as public URLs only: media\/here\.jpg is a local path/);
  });

  it('a media path leading out of the workspace is refused', async () => {
    const dir = await withPost('2027-01-14-out.md', { network: 'linkedin', date: '2027-01-14T08:30', media: '../../etc/passwd' }, 'Sneaky. #cloud');
    const result = await exportMain(dir, ['--to', 'json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('media ../../etc/passwd is outside the workspace');
  });

  it('never overwrites without --force; a folder is written whole or not at all', async () => {
    const dir = await copyOf('test/fixtures/export');
    const out = path.join(dir, 'out');
    await mkdir(out);
    await writeFile(path.join(out, 'linkedin.csv'), 'mine');
    const refused = await exportMain(dir, ['--to', 'hootsuite', '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('already exists; use --force');
    expect(await readdir(out)).toEqual(['linkedin.csv']);
    expect(await readFile(path.join(out, 'linkedin.csv'), 'utf8')).toBe('mine');
    expect((await exportMain(dir, ['--to', 'hootsuite', '--out', out, '--force'])).code).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['instagram.csv', 'linkedin.csv']);

    // A failure halfway (a folder where a file goes) puts everything back: no file of the export is left.
    await rm(out, { recursive: true });
    await mkdir(path.join(out, 'linkedin.csv'), { recursive: true });
    const failed = await exportMain(dir, ['--to', 'hootsuite', '--out', out, '--force']);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toMatch(/cannot write .*linkedin\.csv/);
    expect(await readdir(out)).toEqual(['linkedin.csv']);

    const file = path.join(dir, 'posts.json');
    expect((await exportMain(dir, ['--to', 'json', '--out', file])).code).toBe(0);
    const again = await exportMain(dir, ['--to', 'json', '--out', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('posts.json already exists; use --force to overwrite it');
  });

  const BAD: [string, string[], string][] = [
    ['no --to', [], 'name a target with --to: hootsuite, sprout, publer, metricool, csv, json, ics, md'],
    ['an unknown target', ['--to', 'buffer'], 'invalid'],
    ['a bad --from', ['--to', 'csv', '--from', '2027-02-30'], '--from 2027-02-30 is not a date'],
    ['a bad status', ['--to', 'csv', '--status', 'ready,done'], 'unknown status "done" in --status'],
    ['a 12-hour date format', ['--to', 'hootsuite', '--out', '/tmp/x', '--date-format', 'MM/dd/yyyy hh:mm a'], '24-hour times only'],
    ['a sprout date format it does not have', ['--to', 'sprout', '--date-format', 'yyyy-MM-dd'], 'use dd/MM/yyyy, MM/dd/yyyy'],
    ['--date-format for publer', ['--to', 'publer', '--date-format', 'yyyy'], '--date-format does not apply to --to publer'],
    ['--template for csv', ['--to', 'csv', '--template', 'x.csv'], '--template does not apply to --to csv'],
    ['a bad zone', ['--to', 'csv', '--target-timezone', 'Mars/Olympus'], 'not an IANA time zone'],
    ['hootsuite without --out', ['--to', 'hootsuite'], 'name a folder with --out'],
    ['--max-rows above the limit', ['--to', 'sprout', '--max-rows', '351'], '--max-rows 351: write a whole number from 1 to 350 (sprout limit)'],
    ['a missing template', ['--to', 'metricool', '--template', 'nope.csv'], 'cannot read the template nope.csv'],
  ];
  for (const [name, args, message] of BAD) {
    it(`bad input exits 2 with a message, never a stack trace: ${name}`, async () => {
      const result = await exportMain(FIXTURE, args);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
      expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
    });
  }

  it('--target-timezone moves the times to the account zone', async () => {
    const { stdout } = await exportMain(FIXTURE, ['--to', 'json', '--target-timezone', 'America/Toronto']);
    const posts = (JSON.parse(stdout) as { timezone: string; posts: { start: string }[] });
    expect(posts.timezone).toBe('America/Toronto');
    expect(posts.posts[0]!.start).toBe('2027-01-05T02:30:00-05:00');
  });

  it('--network, --from, --until and --status choose the posts', async () => {
    const { stdout } = await exportMain(FIXTURE, ['--to', 'json', '--network', 'linkedin', '--status', 'draft,ready', '--from', '2027-01-06', '--until', '2027-01-31']);
    expect((JSON.parse(stdout) as { posts: { file: string }[] }).posts.map((p) => p.file)).toEqual(['posts/2027-01-07-linkedin-formula.md', 'posts/2027-01-12-linkedin-draft.md']);
  });
});

describe.concurrent('export: the bundled examples, every target', () => {
  for (const example of ['examples/fournil-lyon', 'examples/saas-consultant']) {
    it(`${example}`, async () => {
      const dir = await copyOf(example);
      const env = { EDITO_NOW: example.includes('saas') ? '2027-01-30T09:00:00Z' : '2027-01-02T09:00:00Z' };
      for (const target of ['sprout', 'publer', 'metricool', 'csv', 'json', 'ics', 'md']) {
        const result = await exportIn(dir, ['--to', target], env);
        expect(result.code, `${target}: ${result.stderr}`).toBe(0);
        expect(result.stdout.length, target).toBeGreaterThan(100);
        if (['sprout', 'publer', 'metricool', 'csv'].includes(target)) expect(records(result.stdout, { bom: true }).length, target).toBeGreaterThan(5);
      }
      const out = path.join(dir, 'hootsuite');
      const result = await exportIn(dir, ['--to', 'hootsuite', '--out', out], env);
      expect(result.code, result.stderr).toBe(0);
      expect((await readdir(out)).length).toBeGreaterThanOrEqual(3);
    });
  }
});
