import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOf, runBin } from '../helpers.js';
import { Terminal } from './terminal.js';

/** The French example with thousands of posts: long enough a lint for the progress line to show. */
async function bigWorkspace(count: number): Promise<string> {
  const dir = await copyOf('examples/fournil-lyon');
  const folder = path.join(dir, 'posts/2027/01');
  const post = await readFile(path.join(folder, '2027-01-20-instagram-levain.md'), 'utf8');
  await Promise.all(Array.from({ length: count }, (_, i) => writeFile(path.join(folder, `copie-${i}.md`), post)));
  return dir;
}

describe('a long lint shows where it is, on a terminal only', () => {
  it('on a TTY: the progress line in the workspace language, cleared before the report; in a pipe: none', async () => {
    const dir = await bigWorkspace(3000);
    const terminal = new Terminal(['lint', '--today', '2027-01-02', '--format', 'json'], { cwd: dir, env: { LANG: 'en_US.UTF-8', EDITO_PROGRESS_AFTER_MS: '0' } });
    expect(await terminal.exit).toBe(1);
    const output = terminal.output;
    expect(output).toMatch(/\r\u001b\[2Kvérification des posts : [\d\u202f]+ sur 3\u202f018…/);
    const cleared = output.lastIndexOf('\r\u001b[2K');
    expect(output.slice(cleared + 5).trimStart().startsWith('[')).toBe(true);
    const piped = await runBin(['lint', '--today', '2027-01-02', '--format', 'json'], { cwd: dir, env: { EDITO_PROGRESS_AFTER_MS: '0' } });
    expect(piped.code).toBe(1);
    expect(piped.stderr).not.toContain('vérification');
  });
});
