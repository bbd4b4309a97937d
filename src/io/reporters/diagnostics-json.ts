import { formatKeyPath } from '../../core/diagnostics.js';
import { groupBy } from '../../core/collections.js';
import type { LocatedFinding } from '../yaml-source.js';
import type { DiagnosticsReportOptions } from './diagnostics-stylish.js';

const SEVERITY_NUMBER = { error: 2, warning: 1, info: 0 } as const;

/**
 * ESLint's JSON shape, one entry per file: `[{ filePath, messages, errorCount,
 * warningCount }]`. Each message adds `keyPath`, `code` (the check's id, also
 * given as `ruleId`) and the translated `hint`. Paths are workspace-relative.
 */
export function jsonDiagnostics(findings: readonly LocatedFinding[], options: DiagnosticsReportOptions): string {
  const { t } = options;
  const report = [...groupBy(findings, (finding) => finding.file)].map(([filePath, group]) => ({
    filePath,
    messages: group.map((f) => ({
      ruleId: f.code,
      severity: SEVERITY_NUMBER[f.severity],
      severityName: f.severity,
      message: t(f.message),
      line: f.line,
      column: f.column,
      keyPath: formatKeyPath(f.keyPath),
      ...(f.hint ? { hint: t(f.hint) } : {}),
    })),
    errorCount: group.filter((f) => f.severity === 'error').length,
    warningCount: group.filter((f) => f.severity === 'warning').length,
  }));
  return `${JSON.stringify(report, null, 2)}\n`;
}
