import { github } from './lint-github.js';
import { json } from './lint-json.js';
import { junit } from './lint-junit.js';
import { sarif } from './lint-sarif.js';
import { stylish } from './lint-stylish.js';

/** `--format` of `edito lint`: name → pure reporter. */
export const LINT_REPORTERS = { stylish, json, sarif, github, junit } as const;
export type LintFormat = keyof typeof LINT_REPORTERS;
