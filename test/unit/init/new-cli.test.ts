import { describe, expect, it } from 'vitest';
import { copyOf, edit, runCli } from '../../helpers.js';

// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

describe('edito new in-process (through main)', () => {
  it('shows the slot\'s format from the charter with its controls escaped (the hostile-input suite found them raw on stderr)', async () => {
    const dir = await copyOf('test/fixtures/valid');
    await edit(dir, 'charter/networks/linkedin.yaml', (t) => t.replace('formats: [text, carousel]', 'formats: [text, "carousel\\e]0;pwned\\a\\u009b"]'));
    const { code, stdout, stderr } = await runCli(['new', '--dir', dir, '--date', '2027-01-12', '--today', '2027-01-02', '--title', 'Hello']);
    expect(code).toBe(0);
    expect(stdout).not.toMatch(TERMINAL_CONTROL);
    expect(stderr).not.toMatch(TERMINAL_CONTROL);
    expect(stderr).toContain('format carousel\\x1b]0;pwned\\x07\\x9b');
  });
});
