import { randomUUID } from 'node:crypto';
import { forTerminal } from '../sanitize.js';
import { joined, messageText, shown, shownPath, type ChunkedReporter } from './common.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/**
 * A workflow command's data: controls made visible (a log is a terminal too:
 * no bare CR, which the runner takes for a line end), then GitHub's own
 * escapes; `##[`, which the runner reads as a command anywhere in a line, is
 * written `#\x23[`.
 */
const escapeData = (s: string) =>
  forTerminal(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/(?<=#)#(?=\[)/g, '\\x23');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one annotation per finding, on the changed file's line. */
export const githubChunks: ChunkedReporter = function* (report, options) {
  for (const m of shown(report, options)) {
    const props = [
      `file=${escapeProperty(shownPath(m.file, options))}`,
      `line=${m.line}`,
      `col=${m.column}`,
      ...(m.endLine !== undefined ? [`endLine=${m.endLine}`, `endColumn=${m.endColumn}`] : []),
      `title=${escapeProperty(m.ruleId)}`,
    ];
    yield `::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(messageText(m, options.t))}\n`;
  }
};

export const github = joined(githubChunks);

/**
 * Text for a GitHub Actions log that is not an annotation but may carry
 * workspace data (a message naming a file, a diff, a report): inside a
 * `::stop-commands::<token>` … `::<token>::` bracket, GitHub's way to log
 * untrusted text, so no line of it runs as a workflow command. The token is
 * random (a workspace cannot close the bracket); tests pass their own.
 */
export function stopCommands(text: string, token: string = randomUUID()): string {
  if (text === '') return '';
  return `::stop-commands::${token}\n${text.endsWith('\n') ? text : `${text}\n`}::${token}::\n`;
}

/** A stream of which every write is logged inside its own stop-commands bracket. */
export function untrusted(stream: { write(text: string): unknown }, token?: () => string): { write(text: string): void } {
  return { write: (text) => void stream.write(stopCommands(text, token?.())) };
}
