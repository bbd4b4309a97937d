import type { Finding } from '../diagnostics.js';
import type { CheckContext } from './context.js';
import { checkBenchmark, checkEditorialLines, checkPersonas } from './quality.js';
import { checkFormats, checkReferences, checkRuleIds, checkUniqueIds } from './references.js';
import { checkSmart } from './smart.js';
import { checkRuleOptions } from '../lint/config.js';

/** Options given to lint rules in `rules` (`[severity, { options }]`), checked against each rule's schema. */
function checkRuleOptionsOf({ workspace, rules }: CheckContext): Finding[] {
  if (!rules) return [];
  const places = [
    { file: workspace.paths.charter, rules: workspace.charter.rules },
    ...workspace.lines.map((entry) => ({ file: entry.file, rules: entry.line.rules })),
  ];
  return checkRuleOptions(rules, places);
}

export type { CheckContext } from './context.js';

/** Stage 3 of validation, after the schemas: small checks, each returning its findings. */
export const WORKSPACE_CHECKS: readonly ((context: CheckContext) => Finding[])[] = [
  checkUniqueIds,
  checkReferences,
  checkRuleIds,
  checkFormats,
  checkSmart,
  checkEditorialLines,
  checkPersonas,
  checkBenchmark,
  checkRuleOptionsOf,
];

export function checkWorkspace(context: CheckContext): Finding[] {
  return WORKSPACE_CHECKS.flatMap((check) => check(context));
}
