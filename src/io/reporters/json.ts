import path from 'node:path';
import { formatKeyPath, type Diagnostic, type DiagnosticReport } from '../../core/diagnostics.js';
import { byFile, joined, jsonArrayPieces, messageText, SEVERITY_NUMBER, shown, type ChunkedReporter, type ReportOptions } from './common.js';

/**
 * ESLint's JSON formatter shape, one entry per file: `[{ filePath, messages:
 * [{ ruleId, severity, message, line, column }], errorCount, warningCount }]`;
 * info is severity 0 with `severityName: "info"`. validate's entries (files
 * with findings) keep `keyPath` and `hint` apart, with workspace-relative
 * paths; lint's (every file linted) are ESLint's own: absolute paths, the key
 * and hint inside the message, `suppressedMessages`, fixable counts.
 */
export const jsonChunks: ChunkedReporter = function* (report, options) {
  if (report.tool === 'validate') {
    yield `${JSON.stringify(validateEntries(report, options), null, 2)}\n`;
    return;
  }
  yield* jsonArrayPieces('', lintEntries(report, options), 1, '\n');
};

export const json = joined(jsonChunks);

function validateEntries(report: DiagnosticReport, options: ReportOptions) {
  const { t } = options;
  return [...byFile([], report.messages)].map(([filePath, group]) => ({
    filePath,
    messages: group.map((f) => ({
      ruleId: f.ruleId,
      severity: SEVERITY_NUMBER[f.severity],
      severityName: f.severity,
      message: t(f.message),
      line: f.line,
      column: f.column,
      keyPath: formatKeyPath(f.keyPath ?? []),
      ...(f.hint ? { hint: t(f.hint) } : {}),
    })),
    errorCount: group.filter((f) => f.severity === 'error').length,
    warningCount: group.filter((f) => f.severity === 'warning').length,
  }));
}

function* lintEntries(report: DiagnosticReport, options: ReportOptions) {
  const entry = (m: Diagnostic) => ({
    ruleId: m.ruleId,
    severity: SEVERITY_NUMBER[m.severity],
    severityName: m.severity,
    message: messageText(m, options.t),
    line: m.line,
    column: m.column,
    ...(m.endLine !== undefined ? { endLine: m.endLine, endColumn: m.endColumn } : {}),
    ...(m.fix ? { fix: m.fix } : {}),
  });
  const suppressed = byFile([], report.suppressed);
  for (const [file, group] of byFile(report.files, shown(report, options))) {
    yield {
      filePath: path.resolve(options.root, file),
      messages: group.map(entry),
      // ESLint's shape for what directives silenced, with the reason written after " -- ".
      suppressedMessages: (suppressed.get(file) ?? []).map((m) => ({
        ...entry(m),
        suppressions: [{ kind: 'directive', justification: m.suppression?.justification ?? '' }],
      })),
      errorCount: group.filter((m) => m.severity === 'error').length,
      warningCount: group.filter((m) => m.severity === 'warning').length,
      fixableErrorCount: group.filter((m) => m.severity === 'error' && m.fix).length,
      fixableWarningCount: group.filter((m) => m.severity === 'warning' && m.fix).length,
    };
  }
}
