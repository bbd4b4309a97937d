import type { Finding } from '../diagnostics.js';
import type { CheckContext } from './context.js';
import { checkBenchmark, checkEditorialLines, checkPersonas } from './quality.js';
import { checkFormats, checkReferences, checkRuleIds, checkUniqueIds } from './references.js';
import { checkSmart } from './smart.js';

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
];

export function checkWorkspace(context: CheckContext): Finding[] {
  return WORKSPACE_CHECKS.flatMap((check) => check(context));
}
