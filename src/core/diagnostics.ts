import type { KeyPath } from './workspace.js';

/** A message to translate: an i18n id and its parameters. */
export interface MessageRef {
  id: string;
  params?: Record<string, string | number>;
}

export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/**
 * A problem found in a workspace file. The core knows the file and the key
 * path; src/io turns the path into a line and column.
 */
export interface Finding {
  file: string;
  keyPath: KeyPath;
  severity: DiagnosticSeverity;
  /** Stable id of the check, e.g. `schema`, `ref-persona`, `smart-measurable`. */
  code: string;
  message: MessageRef;
  /** What to do about it. */
  hint?: MessageRef;
  /** Point at the key itself rather than its value (unknown keys). */
  atKey?: boolean;
  /** Another place the message refers to; its line becomes the `line` parameter. */
  related?: { file: string; keyPath: KeyPath };
}

export function msg(id: string, params?: MessageRef['params']): MessageRef {
  return params ? { id, params } : { id };
}

/** `objectives[2].target` from ['objectives', 2, 'target']. */
export function formatKeyPath(path: KeyPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? segment : `.${segment}`;
  }
  return out;
}
