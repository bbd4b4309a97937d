import path from 'node:path';
import { groupBy } from '../../core/collections.js';
import { Chalk } from 'chalk';
import { formatKeyPath } from '../../core/diagnostics.js';
import type { Translate } from '../../i18n/index.js';
import type { LocatedFinding } from '../yaml-source.js';

export interface DiagnosticsReportOptions {
  t: Translate;
  color: boolean;
  /** Workspace root: file paths in findings are relative to it. */
  root: string;
  /** Paths are printed relative to this folder, so that file:line:col opens in an editor. */
  cwd: string;
  quiet?: boolean;
}

const SEVERITY_STYLE = { error: 'red', warning: 'yellow', info: 'blue' } as const;

/**
 * ESLint-like report grouped by file; each row starts with `file:line:col`
 * so terminals and editors can open the place.
 */
export function stylishDiagnostics(findings: readonly LocatedFinding[], options: DiagnosticsReportOptions): string {
  const { t } = options;
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const shown = options.quiet ? findings.filter((f) => f.severity === 'error') : findings;
  const groups = groupBy(shown, (finding) => finding.file);

  const out: string[] = [];
  for (const [file, group] of groups) {
    const shownPath = path.relative(options.cwd, path.join(options.root, file)) || file;
    out.push(c.underline(shownPath));
    for (const finding of group) {
      const place = `${shownPath}:${finding.line}:${finding.column}`;
      const severity = c[SEVERITY_STYLE[finding.severity]](t(`report.severity.${finding.severity}`).padEnd(7));
      const keyPath = formatKeyPath(finding.keyPath);
      const where = keyPath ? `${c.cyan(keyPath)}  ` : '';
      out.push(`  ${place}  ${severity}  ${where}${t(finding.message)}  ${c.dim(finding.code)}`);
      if (finding.hint) out.push(`      ${c.dim('→')} ${t(finding.hint)}`);
    }
    out.push('');
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  if (errors + warnings > 0) {
    const summary = t('report.summary', { errors, warnings });
    out.push(errors > 0 ? c.red.bold(`✖ ${summary}`) : c.yellow.bold(`⚠ ${summary}`));
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
