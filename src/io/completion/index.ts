import { bash } from './bash.js';
import { fish } from './fish.js';
import { zsh } from './zsh.js';
import type { CompletionScript } from './model.js';

/** The shells `edito completion` writes a script for: one module each. */
export const COMPLETION_SCRIPTS: Readonly<Record<string, CompletionScript>> = { bash, zsh, fish };
export const SHELLS = Object.keys(COMPLETION_SCRIPTS);
export type { CompletionModel, CompletionCommand, CompletionFlag } from './model.js';
