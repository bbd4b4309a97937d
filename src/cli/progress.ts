import type { CliIo, GlobalOptions } from './context.js';

/** Nothing shows before a run has lasted this long: a fast run stays silent. */
export const PROGRESS_DELAY_MS = 1000;
const REPAINT_MS = 100;

export interface Progress {
  update(message: string): void;
  /** Clears the line, if one was shown. */
  end(): void;
}

const NONE: Progress = { update: () => undefined, end: () => undefined };

/**
 * One line on stderr, rewritten in place, for runs longer than a second — on
 * a terminal only: never when stderr is a pipe or a file, never in CI, never
 * with --quiet. The message comes from edito's catalogs, never from a file.
 */
export function progressLine(io: CliIo, globals: GlobalOptions, now: () => number = () => performance.now()): Progress {
  if (io.stderr.isTTY !== true || globals.quiet || (io.env.CI !== undefined && io.env.CI !== '' && io.env.CI !== 'false')) return NONE;
  // EDITO_PROGRESS_AFTER_MS: another delay (0 shows it at once), for tests and for the curious.
  const after = Number(io.env.EDITO_PROGRESS_AFTER_MS ?? PROGRESS_DELAY_MS);
  const delay = Number.isFinite(after) && after >= 0 ? after : PROGRESS_DELAY_MS;
  const started = now();
  let shown = false;
  let painted = -Infinity;
  return {
    update(message) {
      const at = now();
      if (at - started < delay || at - painted < REPAINT_MS) return;
      painted = at;
      shown = true;
      io.stderr.write(`\r\u001b[2K${message}`);
    },
    end() {
      if (shown) io.stderr.write('\r\u001b[2K');
      shown = false;
    },
  };
}
