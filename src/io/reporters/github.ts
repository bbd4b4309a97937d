import { forTerminal } from '../sanitize.js';
import { messageText, shown, shownPath, type Reporter } from './common.js';

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** A workflow command's data: controls made visible (a log is a terminal too), then GitHub's own escapes. */
const escapeData = (s: string) => forTerminal(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: one annotation per finding, on the changed file's line. */
export const github: Reporter = (report, options) =>
  shown(report, options)
    .map((m) => {
      const props = [
        `file=${escapeProperty(shownPath(m.file, options))}`,
        `line=${m.line}`,
        `col=${m.column}`,
        ...(m.endLine !== undefined ? [`endLine=${m.endLine}`, `endColumn=${m.endColumn}`] : []),
        `title=${escapeProperty(m.ruleId)}`,
      ];
      return `::${COMMAND[m.severity]} ${props.join(',')}::${escapeData(messageText(m, options.t))}\n`;
    })
    .join('');
