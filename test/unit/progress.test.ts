import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/context.js';
import { progressLine } from '../../src/cli/progress.js';

function terminal(isTTY: boolean, env: Record<string, string> = {}) {
  const written: string[] = [];
  const stderr = Object.assign(new PassThrough(), { isTTY });
  stderr.write = ((text: string) => written.push(text) > 0) as typeof stderr.write;
  const io = { argv: [], cwd: '/', env, stdout: new PassThrough(), stderr } as unknown as CliIo;
  return { io, written };
}

describe('the progress line', () => {
  const globals = { color: false };
  it('stays silent for the first second, then repaints at most every 100 ms and clears itself', () => {
    let clock = 0;
    const { io, written } = terminal(true);
    const progress = progressLine(io, globals, () => clock);
    progress.update('a');
    clock = 999;
    progress.update('b');
    expect(written).toEqual([]);
    clock = 1000;
    progress.update('c');
    clock = 1050;
    progress.update('d');
    clock = 1100;
    progress.update('e');
    progress.end();
    progress.end();
    expect(written).toEqual(['\r\u001b[2Kc', '\r\u001b[2Ke', '\r\u001b[2K']);
  });

  it('never shows when stderr is not a terminal, in CI, or with --quiet', () => {
    for (const [tty, env, quiet] of [[false, {}, false], [true, { CI: 'true' }, false], [true, { CI: '1' }, false], [true, {}, true]] as const) {
      let clock = 0;
      const { io, written } = terminal(tty, env);
      const progress = progressLine(io, { ...globals, quiet }, () => clock);
      clock = 5000;
      progress.update('x');
      progress.end();
      expect(written, JSON.stringify({ tty, env, quiet })).toEqual([]);
    }
  });

  it('a run that ends before a second clears nothing', () => {
    const { io, written } = terminal(true, { CI: 'false' });
    const progress = progressLine(io, globals, () => 10);
    progress.update('x');
    progress.end();
    expect(written).toEqual([]);
  });
});

describe('EDITO_PROGRESS_AFTER_MS', () => {
  it('sets the delay (0: at once); a value that is not a number keeps the second', () => {
    for (const [value, shown] of [['0', true], ['abc', false], ['-5', false]] as const) {
      const { io, written } = terminal(true, { EDITO_PROGRESS_AFTER_MS: value });
      const progress = progressLine(io, { color: false }, () => 500);
      progress.update('x');
      expect(written.length > 0, value).toBe(shown);
    }
  });
});
