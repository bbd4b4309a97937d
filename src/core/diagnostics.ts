import { MAX_ECHO_LENGTH } from './limits.js';
import { localeOrder } from './collections.js';
import type { KeyPath } from './workspace.js';

/** A parameter that names a message of the catalogs (`type.number`): translated, where a plain string never is. */
export interface MessageParamRef {
  ref: string;
}

export type MessageParam = string | number | MessageParamRef;

/** A message to translate: an i18n id and its parameters. */
export interface MessageRef {
  id: string;
  params?: Record<string, MessageParam>;
}

/** Marks a parameter as a message id to translate (text from a workspace is never translated, whatever it looks like). */
export function ref(id: string): MessageParamRef {
  return { ref: id };
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

/** A place in a file: 1-based line, 1-based column (UTF-16 code units). */
export interface Position {
  line: number;
  column: number;
}

/** A replacement in a post's body: offsets into the body text. */
export interface Fix {
  start: number;
  end: number;
  text: string;
}

/**
 * The one diagnostic model: what validate, lint and plan report, located in
 * its file. Every reporter (stylish, json, sarif, github, junit) reads only this.
 */
export interface Diagnostic extends Position {
  /** The lint rule id, or the check code of validate and plan (`schema`, `ref-persona`, `over-max`). */
  ruleId: string;
  severity: DiagnosticSeverity;
  /** Workspace-relative path, forward slashes. */
  file: string;
  endLine?: number;
  endColumn?: number;
  message: MessageRef;
  /** What to do about it. */
  hint?: MessageRef;
  /** The YAML key the message is about (`frequency.min_gap_hour`, a post's `network`). */
  keyPath?: KeyPath;
  fix?: Fix[];
  /** Set when an `edito-disable` comment silenced it, with the comment's reason. */
  suppression?: { justification: string | undefined };
}

/** What a run reports: the same shape for validate and lint, so every reporter serves both. */
export interface DiagnosticReport {
  /** Which command: the stylish and json layouts of validate and lint predate this model and are kept. */
  tool: 'validate' | 'lint';
  /** Shown findings, sorted by file, line, column. */
  messages: Diagnostic[];
  /** Findings silenced in the source (lint only). */
  suppressed: Diagnostic[];
  /** Files checked, in order, clean ones included (junit, sarif list them). */
  files: string[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}

/** Orders diagnostics by file, line, column (a stable sort keeps the rest in check order). */
export function byPlace(a: Diagnostic, b: Diagnostic): number {
  // Most pairs a sort compares share their file: compared only when they do not.
  return (a.file === b.file ? 0 : localeOrder(a.file, b.file)) || a.line - b.line || a.column - b.column;
}

/** The counts of a report, from its shown messages. */
export function countsOf(messages: readonly Diagnostic[]): Pick<DiagnosticReport, 'errorCount' | 'warningCount' | 'infoCount'> {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  for (const m of messages) {
    if (m.severity === 'error') errorCount += 1;
    else if (m.severity === 'warning') warningCount += 1;
    else infoCount += 1;
  }
  return { errorCount, warningCount, infoCount };
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

/** `text` cut to `max` characters (never inside a surrogate pair), then "…". */
export function echoedText(text: string, max: number = MAX_ECHO_LENGTH): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]!) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

/** A message whose string parameters, the values a workspace gave, are cut for echoing (docs/security.md). */
export function echoed(message: MessageRef): MessageRef {
  if (!message.params) return message;
  const params = Object.fromEntries(Object.entries(message.params).map(([name, value]) => [name, typeof value === 'string' ? echoedText(value) : value]));
  return { ...message, params };
}
