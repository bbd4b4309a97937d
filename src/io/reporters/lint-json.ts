import path from 'node:path';
import type { LintMessage, SuppressedMessage } from '../../core/lint/types.js';
import type { LintReporter } from './lint-common.js';
import { byFile, messageText, shown } from './lint-common.js';

const SEVERITY = { error: 2, warning: 1, info: 0 } as const;

/**
 * ESLint's JSON formatter shape: `[{ filePath, messages: [{ ruleId, severity,
 * message, line, column }], errorCount, warningCount }]`, one entry per file
 * linted (clean ones too). filePath is absolute, as ESLint writes it; info is
 * severity 0 with `severityName: "info"`; `suppressedMessages` as ESLint.
 */
export const json: LintReporter = (result, options) => {
  const entry = (m: LintMessage) => ({
    ruleId: m.ruleId,
    severity: SEVERITY[m.severity],
    severityName: m.severity,
    message: messageText(m, options.t),
    line: m.line,
    column: m.column,
    ...(m.endLine !== undefined ? { endLine: m.endLine, endColumn: m.endColumn } : {}),
    ...(m.fix ? { fix: m.fix } : {}),
  });
  const suppressed = byFile([], result.suppressed);
  const report = [...byFile(result.files, shown(result, options))].map(([file, group]) => ({
    filePath: path.resolve(options.root, file),
    messages: group.map(entry),
    // ESLint's shape for what directives silenced, with the reason written after " -- ".
    suppressedMessages: ((suppressed.get(file) ?? []) as SuppressedMessage[]).map((m) => ({
      ...entry(m),
      suppressions: [{ kind: 'directive', justification: m.justification ?? '' }],
    })),
    errorCount: group.filter((m) => m.severity === 'error').length,
    warningCount: group.filter((m) => m.severity === 'warning').length,
    fixableErrorCount: group.filter((m) => m.severity === 'error' && m.fix).length,
    fixableWarningCount: group.filter((m) => m.severity === 'warning' && m.fix).length,
  }));
  return `${JSON.stringify(report, null, 2)}\n`;
};
