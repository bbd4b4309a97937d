import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import cliTable from 'cli-table3/src/utils.js';
import { spawn } from 'node-pty';
import { describe, expect, it } from 'vitest';
import { BIN, REPO } from '../helpers.js';

/**
 * What a user sees in an 80-column terminal: each command run in a
 * pseudo-terminal of 80 columns (colours off), its screen compared with the
 * one checked in under test/screens (re-record with UPDATE_SCREENS=1). Where
 * tmux is installed the same commands run in a tmux pane of 80 columns too and
 * `capture-pane -J` must give the same screen. Tables and month grids must
 * fit: no line of theirs wider than 80 columns.
 */
const COLUMNS = 80;
const SCREENS = path.join(REPO, 'test', 'screens');
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[@-_]/g;

interface Screen { name: string; dir: string; args: string[]; columns?: number }
const EXAMPLES = [
  { example: 'fournil-lyon', today: '2027-01-02' },
  { example: 'saas-consultant', today: '2027-01-15' },
];
const CASES: Screen[] = EXAMPLES.flatMap(({ example, today }) => [
  { name: `${example}-plan-table`, dir: `examples/${example}`, args: ['plan', '--today', today] },
  { name: `${example}-plan-calendar`, dir: `examples/${example}`, args: ['plan', '--today', today, '--format', 'calendar'] },
  { name: `${example}-lint`, dir: `examples/${example}`, args: ['lint', '--today', today] },
  { name: `${example}-validate`, dir: `examples/${example}`, args: ['validate'] },
  { name: `${example}-plan-table-120`, dir: `examples/${example}`, args: ['plan', '--today', today], columns: 120 },
]);

const normalize = (text: string) => `${text.replace(ANSI, '').replace(/\r/g, '').split('\n').map((l) => l.trimEnd()).join('\n').trimEnd()}\n`;

function inPty({ dir, args, columns = COLUMNS }: Screen): Promise<string> {
  return new Promise((resolve) => {
    const pty = spawn(process.execPath, [BIN, ...args], {
      name: 'xterm-256color', cols: columns, rows: 50, cwd: path.join(REPO, dir),
      env: { PATH: process.env.PATH ?? '', TERM: 'xterm-256color', NO_COLOR: '1', LANG: 'en_US.UTF-8' },
    });
    let raw = '';
    pty.onData((data) => { raw += data; });
    pty.onExit(() => resolve(normalize(raw)));
  });
}

const hasTmux = spawnSync('tmux', ['-V']).status === 0;

function inTmux({ dir, args, columns = COLUMNS }: Screen, n: number): string {
  const session = `edito-screens-${process.pid}-${n}`;
  const command = `cd '${path.join(REPO, dir)}' && NO_COLOR=1 LANG=en_US.UTF-8 '${process.execPath}' '${BIN}' ${args.map((a) => `'${a}'`).join(' ')}; tmux wait-for -S ${session}`;
  execFileSync('tmux', ['-f', '/dev/null', 'new-session', '-d', '-s', session, '-x', String(columns), '-y', '50', '-e', 'NO_COLOR=1']);
  try {
    execFileSync('tmux', ['set-option', '-t', session, 'history-limit', '5000']);
    execFileSync('tmux', ['send-keys', '-t', session, `clear; ${command}`, 'Enter']);
    execFileSync('tmux', ['wait-for', session], { timeout: 30_000 });
    const captured = execFileSync('tmux', ['capture-pane', '-p', '-J', '-S', '-', '-t', session], { encoding: 'utf8' });
    // The screen after the typed command line (which the pane echoes, wrapped).
    const lines = captured.split('\n');
    const start = lines.findIndex((l) => l.includes('wait-for -S'));
    return normalize(lines.slice(start + 1).join('\n').replace(/^.*[#$] *$/m, ''));
  } finally {
    spawnSync('tmux', ['kill-session', '-t', session]);
  }
}

async function expected(name: string, actual: string): Promise<string> {
  const file = path.join(SCREENS, `${name}.txt`);
  if (process.env.UPDATE_SCREENS) {
    await mkdir(SCREENS, { recursive: true });
    await writeFile(file, actual);
  }
  return readFile(file, 'utf8');
}

describe('the screens of an 80-column terminal (and the table at 120)', () => {
  CASES.forEach((screen, n) => {
    it(screen.name, async () => {
      const actual = await inPty(screen);
      expect(actual).toBe(await expected(screen.name, actual));
      const drawn = actual.split('\n').filter((line) => /^[┌├│└ ]/.test(line) && /[─│]/.test(line));
      if (screen.args.includes('plan')) expect(drawn.length).toBeGreaterThan(5);
      for (const line of drawn) expect(cliTable.strlen(line), line).toBeLessThanOrEqual(screen.columns ?? COLUMNS);
      if (hasTmux) expect(inTmux(screen, n)).toBe(actual);
    });
  });
});
