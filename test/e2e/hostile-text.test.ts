import { describe, expect, it } from 'vitest';
import { copyOf, edit, runBin } from '../helpers.js';
import { workflowCommands } from './hostile-workspace.js';

// What a hostile workspace could carry to take over a terminal or a CI log:
// a window title (OSC 0), a clear screen, a disguised link (OSC 8), a bell and a bare CR.
const HOSTILE_YAML = '\\e]0;pwned\\a\\e[2J\\e]8;;https://evil.example\\aclick\\e]8;;\\a\\rOK';
/** Control characters edito did not write itself: none may reach the output (no colours without a TTY). */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

async function hostileWorkspace(): Promise<string> {
  const dir = await copyOf('examples/saas-consultant');
  await edit(dir, 'charter/networks/linkedin.yaml', (t) => t.replace('label: Pricing and packaging decisions', `label: "Pricing ${HOSTILE_YAML}"`));
  await edit(dir, 'calendar/key-dates.yaml', (t) => t.replace(/reason: On-site pricing workshop[^\n]*/, `reason: "Workshop ${HOSTILE_YAML}"`));
  await edit(dir, 'strategy/personas.yaml', (t) => `${t.trimEnd()}\n"note ${HOSTILE_YAML}": 1\n`);
  await edit(dir, 'posts/2027/02/2027-02-02-linkedin-groundhog-churn.md', (t) => t.replace('format: text', `format: "text ${HOSTILE_YAML}"`));
  return dir;
}

describe('no control character from a workspace reaches a terminal or a CI log', () => {
  it('plan table and plan warnings show them as visible escapes', async () => {
    const dir = await hostileWorkspace();
    const { code, stdout, stderr } = await runBin(['plan', '--format', 'table', '--today', '2027-01-02'], { cwd: dir });
    expect(code).toBe(0);
    expect(stdout).not.toMatch(CONTROL);
    expect(stderr).not.toMatch(CONTROL);
    expect(stdout).toContain('\\x1b]0;pwned\\x07');
    expect(stderr).toContain('Workshop \\x1b]0;pwned\\x07\\x1b[2J');
  });

  it('validate and lint stylish show them as visible escapes, keys and values alike', async () => {
    const dir = await hostileWorkspace();
    const validate = await runBin(['validate'], { cwd: dir });
    expect(validate.stdout).not.toMatch(CONTROL);
    expect(validate.stdout).toContain('note \\x1b]0;pwned\\x07');
    const lint = await runBin(['lint', '--today', '2027-01-02'], { cwd: dir });
    expect(lint.code).toBe(1);
    expect(lint.stdout).not.toMatch(CONTROL);
    expect(lint.stdout).toContain('format "text \\x1b]0;pwned\\x07\\x1b[2J');
  });
});

describe('no control character from a workspace reaches an ICS or HTML calendar', () => {
  it('ics TEXT values and the HTML page carry none (RFC 5545 CONTROL), and ical.js still reads the file', async () => {
    const dir = await hostileWorkspace();
    const ics = await runBin(['plan', '--format', 'ics', '--today', '2027-01-02'], { cwd: dir });
    expect(ics.code).toBe(0);
    expect(ics.stdout.replace(/\r\n/g, '\n')).not.toMatch(CONTROL);
    const { default: ICAL } = await import('ical.js');
    const events = new ICAL.Component(ICAL.parse(ics.stdout)).getAllSubcomponents('vevent');
    expect(events.some((e) => String(e.getFirstPropertyValue('summary')).includes('Pricing ]0;pwned'))).toBe(true);
    const html = await runBin(['plan', '--format', 'html', '--today', '2027-01-02'], { cwd: dir });
    expect(html.stdout).not.toMatch(CONTROL);
    expect(html.stdout).toContain('Pricing ]0;pwned');
  });
});

describe('GitHub Actions: workspace text never becomes a workflow command', () => {
  it('an invalid workspace under lint --format github gives escaped annotations, not a raw report', async () => {
    const dir = await copyOf('test/fixtures/valid');
    // A key that would start a line `::error::…` and `::stop-commands::…` if printed raw, and a typo that makes the workspace invalid.
    await edit(dir, 'strategy/personas.yaml', (t) => `${t.trimEnd()}\n"k\\r\\n::error::from-key\\n::stop-commands::x": 1\n`);
    await edit(dir, 'charter/networks/linkedin.yaml', (t) => t.replace('min_gap_hours: 24', 'min_gap_hour: 24'));
    const { code, stdout, stderr } = await runBin(['lint', '--format', 'github'], { cwd: dir });
    expect(code).toBe(2);
    expect(workflowCommands(stdout)).toEqual([]);
    expect(workflowCommands(stderr)).toEqual([]);
    expect(stderr).toMatch(/^::stop-commands::[0-9a-f-]{36}\n/);
    expect(stdout).toContain('::error file=charter/networks/linkedin.yaml,line=16,col=3,title=schema-unknown-key::');
    expect(stdout).toContain('title=schema-unknown-key::k\\x0d%0A::error::from-key%0A::stop-commands::x');
  });
});
