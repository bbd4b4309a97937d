import { describe, expect, it } from 'vitest';
import type { DiagnosticReport } from '../../src/core/diagnostics.js';
import { loadRules } from '../../src/core/rules/index.js';
import { translator } from '../../src/i18n/index.js';
import { registerLintMessages } from '../../src/i18n/lint.js';
import { junit } from '../../src/io/reporters/junit.js';
import { forTerminal } from '../../src/io/sanitize.js';

registerLintMessages(await loadRules());

const report = (message: string): DiagnosticReport => ({
  tool: 'lint', files: ['a.md'], suppressed: [], errorCount: 1, warningCount: 0, infoCount: 0,
  messages: [{ file: 'a.md', ruleId: 'banned-term', severity: 'error', line: 1, column: 1, message: { id: 'lint.banned_term', params: { term: message, pattern: 'x' } } }],
});
const options = { t: translator('en'), locale: 'en' as const, color: false, root: '/ws', cwd: '/ws', version: '0', rules: [] };

describe('junit', () => {
  it('drops what XML 1.0 cannot hold (U+FFFE, U+FFFF, lone surrogates, controls) and keeps line breaks in attributes as references', () => {
    const xml = junit(report('a\uFFFEb\uFFFF\uD800c\u0001\nd'), options);
    expect(xml).not.toMatch(/[\uFFFE\uFFFF\uD800\u0001]/);
    expect(xml).toContain('message="1 problem(s): &quot;abc&#10;d&quot; is a banned term');
  });
});

describe('forTerminal', () => {
  it('shows C0 (but TAB and LF), DEL and C1 as visible escapes and leaves the rest', () => {
    expect(forTerminal('a\u001b[2Jb\rc\td\ne\u007f\u009bé👑')).toBe('a\\x1b[2Jb\\x0dc\td\ne\\x7f\\x9bé👑');
  });
});

describe('plan --format md with hostile labels and file names', () => {
  it('keeps every slot on one table row, passes no HTML, and makes no link but the post link', async () => {
    const { linkedin, run, workspace } = await import('./planner/build.js');
    const { PLAN_EXPORTERS } = await import('../../src/io/exporters/index.js');
    await import('../../src/i18n/plan.js');
    const label = 'a\r# fake heading\u2028*bold* [x](javascript:alert(1)) <img src=x onerror=alert(1)> | `code`';
    const post = 'posts/md](javascript:alert(1))[x #1?.md';
    const ws = workspace({
      lines: [linkedin({ themes: [{ id: 'expertise', label, weight: 100 }] })],
      posts: [{ file: post, meta: { network: 'linkedin', date: '2027-03-23T08:30' } }],
    });
    const plan = run(ws, { from: '2027-03-22', to: '2027-03-28' });
    const md = (await PLAN_EXPORTERS.md()).render(plan, { t: translator('en'), locale: 'en', color: false, brand: 'B' });
    const rows = md.split('\n').filter((line) => line.startsWith('| '));
    expect(rows).toHaveLength(2 + plan.slots.length); // the header, its separator, one row a slot
    expect(md).not.toMatch(/<img|\r|\u2028|^# fake/m);
    expect(md).not.toMatch(/(?<!\\)\]\(javascript:/); // an unescaped ] followed by ( would open a link
    expect(md).toContain('\\*bold\\* \\[x\\](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt; \\| \\`code\\`');
    expect(md).toContain('](posts/md%5D%28javascript%3Aalert%281%29%29%5Bx%20%231%3F.md)');
  });
});

describe('sarif', () => {
  const at = (file: string): DiagnosticReport => ({ ...report('x'), files: [file], messages: [{ ...report('x').messages[0]!, file }] });
  const uriOf = async (file: string, extra: Record<string, unknown> = {}) => {
    const { sarif } = await import('../../src/io/reporters/sarif.js');
    const log = JSON.parse(sarif(at(file), { ...options, ...extra })) as {
      runs: { originalUriBaseIds: Record<string, { uri: string }>; tool: { driver: { informationUri?: string; rules: { id: string; name?: string; help: { text: string }; helpUri?: string }[] } }; results: { ruleIndex: number; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[];
    };
    return log.runs[0]!;
  };

  it('writes each path segment as an RFC 3986 reference from %SRCROOT%, whatever the current folder', async () => {
    const run = await uriOf('posts/a #1?x%.md', { cwd: '/ws/posts/deep' });
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'posts/a%20%231%3Fx%25.md', uriBaseId: '%SRCROOT%' });
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///ws/' } });
  });

  it('is relative to the repository holding the workspace when one is given, and absolute for a file outside it', async () => {
    const nested = await uriOf('posts/a.md', { root: '/repo/clients/acme', sourceRoot: '/repo' });
    expect(nested.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'clients/acme/posts/a.md', uriBaseId: '%SRCROOT%' });
    const outside = await uriOf('../elsewhere/a.md');
    expect(outside.results[0]!.locations[0]!.physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/a.md' });
  });

  it('describes every rule a result names, with a help text, no name and no made-up helpUri', async () => {
    const run = await uriOf('a.md');
    expect(run.tool.driver.informationUri).toBeUndefined();
    const rule = run.tool.driver.rules[run.results[0]!.ruleIndex]!;
    expect(rule).toMatchObject({ id: 'banned-term' });
    expect(rule.name).toBeUndefined();
    expect(rule.helpUri).toBeUndefined();
    expect(rule.help.text).toContain('A problem found by the banned-term check');
    const linked = await uriOf('a.md', { links: { information: 'https://example.org/edito', docs: 'https://example.org/edito/blob/HEAD/docs/' }, rules: [{ id: 'banned-term', description: { en: 'No banned term.', fr: 'Aucun terme interdit.' }, docs: 'rules.md#banned-term' }] });
    expect(linked.tool.driver.informationUri).toBe('https://example.org/edito');
    expect(linked.tool.driver.rules[0]).toMatchObject({ helpUri: 'https://example.org/edito/blob/HEAD/docs/rules.md#banned-term', help: { text: 'No banned term.' } });
  });
});

describe('projectLinks (where SARIF may link)', () => {
  it('reads npm repository forms and links docs only on a forge whose file addresses are known', async () => {
    const { projectLinks } = await import('../../src/cli/project.js');
    expect(projectLinks({})).toEqual({});
    expect(projectLinks({ repository: 'github:acme/edito' })).toEqual({ information: 'https://github.com/acme/edito', docs: 'https://github.com/acme/edito/blob/HEAD/docs/' });
    expect(projectLinks({ repository: { url: 'git+https://gitlab.com/acme/edito.git', directory: 'packages/cli' } }))
      .toEqual({ information: 'https://gitlab.com/acme/edito', docs: 'https://gitlab.com/acme/edito/-/blob/HEAD/packages/cli/docs/' });
    expect(projectLinks({ repository: 'git@git.example.org:acme/edito.git' })).toEqual({ information: 'https://git.example.org/acme/edito' });
    expect(projectLinks({ homepage: 'https://edito.example' })).toEqual({ information: 'https://edito.example' });
    expect(projectLinks({ homepage: 'javascript:alert(1)' })).toEqual({});
  });
});

describe('GitHub Actions', () => {
  it('brackets data-carrying text in stop-commands so no line of it runs', async () => {
    const { stopCommands, github } = await import('../../src/io/reporters/github.js');
    expect(stopCommands('a\n::error::x\n', 'tok')).toBe('::stop-commands::tok\na\n::error::x\n::tok::\n');
    expect(stopCommands('', 'tok')).toBe('');
    const line = github(report('x\r\n::add-mask::y ##[group]z'), options);
    expect(line.split('\n').filter(Boolean)).toHaveLength(1);
    expect(line).not.toContain('##[');
    expect(line).toContain('"x\\x0d%0A::add-mask::y #\\x23[group]z"');
  });
});

describe('stylish groups many findings of one rule at one place', () => {
  const finding = (line: number, term: string) => ({
    file: 'charter/networks/x.yaml', ruleId: 'banned-term', severity: 'warning' as const, line, column: 1,
    message: { id: 'lint.banned_term', params: { term, pattern: term } },
  });
  const many: DiagnosticReport = {
    tool: 'lint', files: ['charter/networks/x.yaml'], suppressed: [], errorCount: 0, warningCount: 8, infoCount: 0,
    messages: [...['a', 'b', 'c', 'd', 'e', 'f'].map((t) => finding(30, t)), finding(31, 'g'), finding(31, 'h')],
  };
  it('five or more: the first three and a count; fewer stay whole; --verbose lists all', async () => {
    const { stylish } = await import('../../src/io/reporters/stylish.js');
    const lines = stylish(many, options).split('\n');
    expect(lines.filter((l) => l.includes('banned-term') && l.startsWith('  30:1'))).toHaveLength(3);
    expect(lines).toContain(`  ${' '.repeat(4 + 7 + 2)}  … and 3 more banned-term here (--verbose lists every one; --format json always does)`);
    expect(lines.filter((l) => l.startsWith('  31:1'))).toHaveLength(2);
    expect(stylish(many, { ...options, verbose: true }).split('\n').filter((l) => l.includes('  banned-term'))).toHaveLength(8);
    expect(stylish(many, options)).toContain('⚠ 8 problem(s)');
  });
});

describe('values echoed from a workspace are cut', () => {
  it('a 100,000-character key or term is at most 200 characters and "…" in every report line', async () => {
    const { echoedText } = await import('../../src/core/diagnostics.js');
    const { stylish } = await import('../../src/io/reporters/stylish.js');
    const { github } = await import('../../src/io/reporters/github.js');
    const long = 'k'.repeat(100_000);
    expect(echoedText(long)).toBe(`${'k'.repeat(200)}…`);
    expect(echoedText(`${'a'.repeat(199)}😀tail`)).toBe(`${'a'.repeat(199)}…`);
    expect(echoedText('short')).toBe('short');
    const huge = { ...report(long), messages: [{ ...report(long).messages[0]!, keyPath: [long] }] };
    for (const out of [stylish(huge, options), github(huge, options)]) {
      expect(out.length).toBeLessThan(2_000);
      expect(out).toContain(`${'k'.repeat(200)}…`);
    }
  });
});

describe('lint reports in pieces', () => {
  const many: DiagnosticReport = {
    ...report('x'),
    files: ['a.md', 'b.md', 'clean.md'],
    errorCount: 2,
    messages: [report('x').messages[0]!, { ...report('y\n"z"').messages[0]!, file: 'b.md', fix: [{ start: 0, end: 1, text: 'q' }] }],
    suppressed: [{ ...report('s').messages[0]!, suppression: { justification: 'ok' } }],
  };

  it('json: an entry a piece, joined the very text of JSON.stringify(entries, null, 2); no file is []', async () => {
    const { json, jsonChunks } = await import('../../src/io/reporters/json.js');
    const pieces = [...jsonChunks(many, options)];
    expect(pieces).toHaveLength(3 + 1);
    const text = json(many, options);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(JSON.parse(text).map((entry: { filePath: string }) => entry.filePath)).toEqual(['/ws/a.md', '/ws/b.md', '/ws/clean.md']);
    expect(json({ ...many, files: [], messages: [], suppressed: [], errorCount: 0 }, options)).toBe('[]\n');
  });

  it('sarif: the log around its results, a result a piece, joined the text of JSON.stringify(log, null, 2); junit a testcase a piece', async () => {
    const { sarif, sarifChunks } = await import('../../src/io/reporters/sarif.js');
    const { junitChunks } = await import('../../src/io/reporters/junit.js');
    expect([...sarifChunks(many, options)]).toHaveLength(3 + 1);
    for (const one of [many, { ...many, messages: [], suppressed: [], errorCount: 0 }]) {
      const text = sarif(one, options);
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    }
    expect(JSON.parse(sarif(many, options)).runs[0].results).toHaveLength(3);
    const pieces = [...junitChunks(many, options)];
    expect(pieces).toHaveLength(1 + 3 + 1);
    expect(pieces[3]).toBe('    <testcase classname="edito.lint" name="clean.md" time="0"/>\n');
  });

  it('stylish and github: a file (or a finding) a piece, then the summary', async () => {
    const { stylishChunks } = await import('../../src/io/reporters/stylish.js');
    const { githubChunks } = await import('../../src/io/reporters/github.js');
    const pieces = [...stylishChunks(many, options)];
    expect(pieces).toHaveLength(2 + 1);
    expect(pieces[0]).toMatch(/^a\.md\n {2}1:1 {2}error.*banned-term\n\n$/);
    expect(pieces.at(-1)).toMatch(/^✖ 2 problem/);
    expect([...githubChunks(many, options)]).toHaveLength(2);
  });
});
