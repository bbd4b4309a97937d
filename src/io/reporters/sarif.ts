import { messageText, shown, shownPath, type Reporter } from './common.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', off: 'none' } as const;
const INFORMATION_URI = 'https://github.com/edito/edito/blob/main/docs/rules.md';

/** SARIF 2.1.0 for code scanning: every rule's metadata and help URI, one result per finding. */
export const sarif: Reporter = (report, options) => {
  const rules = options.rules.map((rule) => ({
    id: rule.id,
    name: rule.id,
    ...(rule.description
      ? { shortDescription: { text: rule.description[options.locale] }, fullDescription: { text: `${rule.description.en} / ${rule.description.fr}` } }
      : {}),
    ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
    ...(rule.defaultSeverity ? { defaultConfiguration: { level: LEVEL[rule.defaultSeverity], enabled: rule.defaultSeverity !== 'off' } } : {}),
    ...(rule.tags ? { properties: { tags: rule.tags, fixable: rule.fixable === true } } : {}),
  }));
  const index = new Map<string, number>(rules.map((r, i) => [r.id, i]));
  const results = [...shown(report, options), ...report.suppressed].map((m) => ({
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
    ...(m.suppression ? { suppressions: [{ kind: 'inSource', ...(m.suppression.justification ? { justification: m.suppression.justification } : {}) }] } : {}),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'edito', version: options.version, informationUri: INFORMATION_URI, rules } },
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
