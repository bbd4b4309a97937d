import { spawn, type IPty } from 'node-pty';
import { BIN } from '../helpers.js';

/** Keys as a terminal sends them. */
export const KEY = { enter: '\r', down: '\u001b[B', up: '\u001b[A', space: ' ', backspace: '\u007f', ctrlC: '\u0003' } as const;

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b[@-_]/g;

/**
 * The built CLI in a pseudo-terminal, answered as a person would: wait until
 * a question shows, then type. Reads what the screen printed, colours removed.
 */
export class Terminal {
  private raw = '';
  private cursor = 0;
  readonly exit: Promise<number>;
  private readonly pty: IPty;

  constructor(args: string[], options: { cwd: string; env: Record<string, string> }) {
    this.pty = spawn(process.execPath, [BIN, ...args], {
      name: 'xterm-256color', cols: 160, rows: 60, cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', TERM: 'xterm-256color', ...options.env },
    });
    this.pty.onData((data) => {
      this.raw += data;
    });
    this.exit = new Promise((resolve) => this.pty.onExit(({ exitCode }) => resolve(exitCode)));
  }

  /** Everything printed, escape sequences and carriage returns included. */
  get output(): string {
    return this.raw;
  }

  get screen(): string {
    return this.raw.replace(ANSI, '').replace(/\r/g, '');
  }

  /** Waits until `text` appears after what was already read, then moves past it. */
  async waitFor(text: string | RegExp, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const rest = this.screen.slice(this.cursor);
      const match = typeof text === 'string' ? { index: rest.indexOf(text), length: text.length } : (() => {
        const m = text.exec(rest);
        return { index: m ? m.index : -1, length: m ? m[0].length : 0 };
      })();
      if (match.index >= 0) {
        this.cursor += match.index + match.length;
        return;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; screen ends with:\n${this.screen.slice(-1500)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  type(keys: string): void {
    this.pty.write(keys);
  }

  /** Waits for a question, then types the answer and Enter. */
  async answer(question: string | RegExp, keys = ''): Promise<void> {
    await this.waitFor(question);
    // Let the prompt finish drawing before keys arrive, as a person would.
    await new Promise((resolve) => setTimeout(resolve, 30));
    this.type(keys);
    this.type(KEY.enter);
  }

  kill(): void {
    try {
      this.pty.kill();
    } catch {
      // already gone
    }
  }
}
