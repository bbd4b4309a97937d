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
