import { Chalk, type ChalkInstance } from 'chalk';
import { echoed, echoedText, formatKeyPath, type Diagnostic, type DiagnosticReport } from '../../core/diagnostics.js';
import { forTerminal } from '../sanitize.js';
import { byFile, joined, messageText, SEVERITY_STYLE, shown, shownPath, type ChunkedReporter, type ReportOptions } from './common.js';

/**
 * ESLint's stylish: grouped by file, then a summary. validate's rows start with
 * `file:line:col` (so a terminal opens the place) and give the key path and the
 * hint their own columns; lint's rows are `line:col  severity  message  rule-id`.
 */
export const stylishChunks: ChunkedReporter = (report, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  return report.tool === 'validate' ? [validateLayout(report, options, c)] : lintLayout(report, options, c);
};

export const stylish = joined(stylishChunks);

function validateLayout(report: DiagnosticReport, options: ReportOptions, c: ChalkInstance): string {
  const { t } = options;
  const out: string[] = [];
  for (const [file, group] of byFile([], shown(report, options))) {
    const path = forTerminal(shownPath(file, options));
    out.push(c.underline(path));
    for (const finding of group) {
      const severity = c[SEVERITY_STYLE[finding.severity]](t(`report.severity.${finding.severity}`).padEnd(7));
      const keyPath = forTerminal(echoedText(formatKeyPath(finding.keyPath ?? [])));
      const where = keyPath ? `${c.cyan(keyPath)}  ` : '';
      out.push(`  ${path}:${finding.line}:${finding.column}  ${severity}  ${where}${forTerminal(t(echoed(finding.message)))}  ${c.dim(finding.ruleId)}`);
      if (finding.hint) out.push(`      ${c.dim('→')} ${forTerminal(t(echoed(finding.hint)))}`);
    }
    out.push('');
  }
  const { errorCount: errors, warningCount: warnings } = report;
  if (errors + warnings > 0) {
    const summary = t('report.summary', { errors, warnings });
    out.push(errors > 0 ? c.red.bold(`✖ ${summary}`) : c.yellow.bold(`⚠ ${summary}`));
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

/** From this many findings of one rule at one place (a line's calendar rules), stylish shows the first few and a count. */
const GROUP_FROM = 5;
const SHOWN_OF_GROUP = 3;

/** Consecutive rows of the same rule at the same line and column. */
function runsAtOnePlace<Row extends readonly [string, string, string, string, unknown]>(rows: readonly Row[]): Row[][] {
  const runs: Row[][] = [];
  for (const row of rows) {
    const last = runs.at(-1);
    if (last && last[0]![0] === row[0] && last[0]![3] === row[3]) last.push(row);
    else runs.push([row]);
  }
  return runs;
}

/** Each file's rows and the summary, a line break after every line: a file's lines at a time. */
function* lintLayout(report: DiagnosticReport, options: ReportOptions, c: ChalkInstance): Iterable<string> {
  const { t } = options;
  const messages = shown(report, options);
  const lines = (list: readonly string[]) => list.map((line) => `${line}\n`).join('');
  for (const [file, group] of byFile([], messages)) {
    const out = [c.underline(forTerminal(shownPath(file, options)))];
    const rows = group.map((m: Diagnostic) => [`${m.line}:${m.column}`, t(`report.severity.${m.severity}`), forTerminal(messageText(m, t)), m.ruleId, m.severity] as const);
    const placeWidth = Math.max(...rows.map((r) => r[0].length));
    const severityWidth = Math.max(...rows.map((r) => r[1].length));
    for (const run of options.verbose ? rows.map((row) => [row]) : runsAtOnePlace(rows)) {
      for (const [place, severity, text, rule, level] of run.slice(0, run.length >= GROUP_FROM ? SHOWN_OF_GROUP : run.length)) {
        out.push(`  ${c.dim(place.padEnd(placeWidth))}  ${c[SEVERITY_STYLE[level]](severity.padEnd(severityWidth))}  ${text}  ${c.dim(rule)}`);
      }
      if (run.length >= GROUP_FROM) {
        out.push(`  ${' '.repeat(placeWidth + severityWidth + 2)}  ${c.dim(t('lint.more_at_place', { count: run.length - SHOWN_OF_GROUP, rule: run[0]![3] }))}`);
      }
    }
    out.push('');
    yield lines(out);
  }
  const { errorCount: errors, warningCount: warnings, infoCount: infos } = report;
  const problems = options.quiet ? errors : errors + warnings + infos;
  if (problems > 0) {
    const summary = t('lint.summary', { problems, errors, warnings: options.quiet ? 0 : warnings, infos: options.quiet ? 0 : infos });
    const out = [errors > 0 ? c.red.bold(`✖ ${summary}`) : c.yellow.bold(`⚠ ${summary}`)];
    const fixable = messages.filter((m) => m.fix).length;
    if (fixable > 0) out.push(c.dim(`  ${t('lint.summary.fixable', { count: fixable })}`));
    yield lines(out);
  } else if (!options.quiet) {
    yield lines([c.green(`✔ ${t('lint.clean', { count: report.files.length })}`)]);
  }
}
