import { Chalk } from 'chalk';
import type { LintReporter } from './lint-common.js';
import { byFile, messageText, shown, shownPath } from './lint-common.js';

const STYLE = { error: 'red', warning: 'yellow', info: 'blue' } as const;

/** ESLint's stylish: grouped by file, `line:col  severity  message  rule-id`, then a summary. */
export const stylish: LintReporter = (result, options) => {
  const { t } = options;
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const messages = shown(result, options);
  const out: string[] = [];
  for (const [file, group] of byFile([], messages)) {
    out.push(c.underline(shownPath(file, options)));
    const rows = group.map((m) => [`${m.line}:${m.column}`, t(`report.severity.${m.severity}`), messageText(m, t), m.ruleId, m.severity] as const);
    const placeWidth = Math.max(...rows.map((r) => r[0].length));
    const severityWidth = Math.max(...rows.map((r) => r[1].length));
    for (const [place, severity, text, rule, level] of rows) {
      out.push(`  ${c.dim(place.padEnd(placeWidth))}  ${c[STYLE[level]](severity.padEnd(severityWidth))}  ${text}  ${c.dim(rule)}`);
    }
    out.push('');
  }
  const { errorCount: errors, warningCount: warnings, infoCount: infos } = result;
  const problems = options.quiet ? errors : errors + warnings + infos;
  if (problems > 0) {
    const summary = t('lint.summary', { problems, errors, warnings: options.quiet ? 0 : warnings, infos: options.quiet ? 0 : infos });
    out.push(errors > 0 ? c.red.bold(`✖ ${summary}`) : c.yellow.bold(`⚠ ${summary}`));
    const fixable = messages.filter((m) => m.fix).length;
    if (fixable > 0) out.push(c.dim(`  ${t('lint.summary.fixable', { count: fixable })}`));
    out.push('');
  } else if (!options.quiet) {
    out.push(c.green(`✔ ${t('lint.clean', { count: result.files.length })}`), '');
  }
  return out.join('\n');
};
