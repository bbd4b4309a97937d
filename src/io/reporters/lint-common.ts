import path from 'node:path';
import { groupBy } from '../../core/collections.js';
import type { LintMessage, LintResult } from '../../core/lint/types.js';
import type { Translate } from '../../i18n/index.js';

export interface LintReportOptions {
  t: Translate;
  color: boolean;
  /** Workspace root: message files are relative to it. */
  root: string;
  /** Paths are shown relative to this folder (the CI checkout, the terminal's folder). */
  cwd: string;
  /** Errors only. */
  quiet?: boolean;
  version: string;
  locale: 'en' | 'fr';
}

export type LintReporter = (result: LintResult, options: LintReportOptions) => string;

/** `key: message (hint)`, translated. */
export function messageText(message: LintMessage, t: Translate): string {
  const text = t(message.message);
  const hint = message.hint ? ` (${t(message.hint)})` : '';
  return `${message.keyPath ? `${message.keyPath}: ` : ''}${text}${hint}`;
}

/** A file's path relative to `cwd`, with forward slashes. */
export function shownPath(file: string, options: Pick<LintReportOptions, 'root' | 'cwd'>): string {
  const relative = path.relative(options.cwd, path.resolve(options.root, file)) || file;
  return relative.split(path.sep).join('/');
}

export function shown(result: LintResult, options: Pick<LintReportOptions, 'quiet'>): LintMessage[] {
  return options.quiet ? result.messages.filter((m) => m.severity === 'error') : result.messages;
}

export function byFile(files: readonly string[], messages: readonly LintMessage[]): Map<string, LintMessage[]> {
  const grouped = groupBy(messages, (message) => message.file);
  // Every file listed keeps its place, clean ones included.
  return new Map([...files.map((file): [string, LintMessage[]] => [file, grouped.get(file) ?? []]), ...grouped]);
}
