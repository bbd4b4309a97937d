import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toPosix } from '../../app/fs.js';
import { forMarkdown, uriPath } from '../sanitize.js';
import { checkDescriptor, joined, jsonArrayPieces, messageText, shown, type ChunkedReporter, type ReportOptions, type RuleDescriptor } from './common.js';
import type { Diagnostic } from '../../core/diagnostics.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', off: 'none' } as const;
const SRCROOT = '%SRCROOT%';

/**
 * A file's location: a relative reference (RFC 3986, each segment
 * percent-encoded) from the source root, or, for a file outside it, an
 * absolute file URI with no base (a base only goes with a relative `uri`).
 */
function artifactLocation(file: string, options: Pick<ReportOptions, 'root' | 'sourceRoot'>) {
  const absolute = path.resolve(options.root, file);
  const relative = path.relative(options.sourceRoot ?? options.root, absolute);
  const outside = relative === '' || relative.split(path.sep)[0] === '..' || path.isAbsolute(relative);
  return outside ? { uri: pathToFileURL(absolute).href } : { uri: uriPath(toPosix(relative)), uriBaseId: SRCROOT };
}

/** A rule's metadata as code scanning shows it: no `name` (SARIF1001 would find it equal to the id, case aside, for one-word ids). */
function reportingDescriptor(rule: RuleDescriptor, options: ReportOptions) {
  const text = rule.description[options.locale];
  const helpUri = options.links?.docs && rule.docs ? `${options.links.docs}${rule.docs}` : undefined;
  return {
    id: rule.id,
    shortDescription: { text },
    fullDescription: { text: `${rule.description.en} / ${rule.description.fr}` },
    help: { text, markdown: forMarkdown(text) },
    ...(helpUri ? { helpUri } : {}),
    ...(rule.defaultSeverity ? { defaultConfiguration: { level: LEVEL[rule.defaultSeverity], enabled: rule.defaultSeverity !== 'off' } } : {}),
    ...(rule.tags ? { properties: { tags: rule.tags, fixable: rule.fixable === true } } : {}),
  };
}

/**
 * SARIF 2.1.0 for code scanning: every rule or check a result names is
 * described (with its `help`), one result per finding, paths relative to the
 * source root named in `originalUriBaseIds`.
 */
export const sarifChunks: ChunkedReporter = function* (report, options) {
  const messages = [...shown(report, options), ...report.suppressed];
  const described = new Map(options.rules.map((rule) => [rule.id, rule]));
  // A file that could not be read, a check code: described too, so no result names an unknown rule.
  for (const m of messages) if (!described.has(m.ruleId)) described.set(m.ruleId, checkDescriptor(m.ruleId));
  const rules = [...described.values()].map((rule) => reportingDescriptor(rule, options));
  const index = new Map<string, number>(rules.map((r, i) => [r.id, i]));
  const result = (m: Diagnostic) => ({
    ruleId: m.ruleId,
    ruleIndex: index.get(m.ruleId),
    level: LEVEL[m.severity],
    message: { text: messageText(m, options.t) },
    locations: [{
      physicalLocation: {
        artifactLocation: artifactLocation(m.file, options),
        region: {
          startLine: m.line,
          startColumn: m.column,
          ...(m.endLine !== undefined ? { endLine: m.endLine, endColumn: m.endColumn } : {}),
        },
      },
    }],
    // Silenced in the post by an edito-disable comment: code scanning shows it as dismissed.
    ...(m.suppression ? { suppressions: [{ kind: 'inSource', ...(m.suppression.justification ? { justification: m.suppression.justification } : {}) }] } : {}),
  });
  const sourceRoot = options.sourceRoot ?? options.root;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'edito', version: options.version, ...(options.links?.information ? { informationUri: options.links.information } : {}), rules } },
      originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(sourceRoot.endsWith(path.sep) ? sourceRoot : `${sourceRoot}${path.sep}`).href } },
      columnKind: 'utf16CodeUnits',
      results: [],
    }],
  };
  // The results, last in the log, a finding a piece (they are 8 spaces in, 4 levels deep).
  const text = JSON.stringify(log, null, 2);
  const at = text.lastIndexOf('"results": []') + '"results": '.length;
  yield* jsonArrayPieces(text.slice(0, at), messages, 4, `${text.slice(at + 2)}\n`, result);
};

export const sarif = joined(sarifChunks);
