import type { LintMessage } from '../../core/lint/types.js';
import { RULES, ruleDocsUrl } from '../../core/rules/index.js';
import type { LintReporter } from './lint-common.js';
import { messageText, shown, shownPath } from './lint-common.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', off: 'none' } as const;

/** SARIF 2.1.0 for code scanning: every rule's metadata and help URI, one result per finding. */
export const sarif: LintReporter = (result, options) => {
  const rules = RULES.map((rule) => ({
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description[options.locale] },
    fullDescription: { text: `${rule.description.en} / ${rule.description.fr}` },
    helpUri: ruleDocsUrl(rule.id),
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity], enabled: rule.defaultSeverity !== 'off' },
    properties: { tags: [rule.scope], fixable: rule.fixable === true },
  }));
  const index = new Map<string, number>(rules.map((r, i) => [r.id, i]));
  const all: (LintMessage & { justification?: string | undefined })[] = [...shown(result, options), ...result.suppressed];
  const results = all.map((m) => ({
    ruleId: m.ruleId,
    ...(index.has(m.ruleId) ? { ruleIndex: index.get(m.ruleId) } : {}),
    level: LEVEL[m.severity],
    message: { text: messageText(m, options.t) },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: encodeURI(shownPath(m.file, options)), uriBaseId: '%SRCROOT%' },
        region: {
          startLine: m.line,
          startColumn: m.column,
          ...(m.endLine !== undefined ? { endLine: m.endLine, endColumn: m.endColumn } : {}),
        },
      },
    }],
    // Silenced in the post by an edito-disable comment: code scanning shows it as dismissed.
    ...('justification' in m ? { suppressions: [{ kind: 'inSource', ...(m.justification ? { justification: m.justification } : {}) }] } : {}),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'edito', version: options.version, informationUri: ruleDocsUrl('').replace(/#$/, ''), rules } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
