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
