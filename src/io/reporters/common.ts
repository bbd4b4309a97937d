import path from 'node:path';
import { toPosix } from '../../app/fs.js';
import { groupBy } from '../../core/collections.js';
import { formatKeyPath, type Diagnostic, type DiagnosticReport } from '../../core/diagnostics.js';
import type { Locale, Translate } from '../../i18n/index.js';

/** What a reporter knows of a rule or check besides its id (sarif's `tool.driver.rules`). */
export interface RuleDescriptor {
  id: string;
  description?: { en: string; fr: string };
  defaultSeverity?: 'error' | 'warning' | 'info' | 'off';
  tags?: string[];
  fixable?: boolean;
  helpUri?: string;
}

export interface ReportOptions {
  t: Translate;
  locale: Locale;
  color: boolean;
  /** Workspace root: diagnostic files are relative to it. */
  root: string;
  /** Paths are shown relative to this folder (the CI checkout, the terminal's folder). */
  cwd: string;
  /** Errors only. */
  quiet?: boolean;
  version: string;
  /** The rules or checks the run knows, for formats that describe them. */
  rules: readonly RuleDescriptor[];
}

/** A pure reporter: a report in, the text to print out. */
export type Reporter = (report: DiagnosticReport, options: ReportOptions) => string;

/** `key: message (hint)`, translated. */
export function messageText(message: Diagnostic, t: Translate): string {
  const text = t(message.message);
  const hint = message.hint ? ` (${t(message.hint)})` : '';
  const keyPath = message.keyPath && message.keyPath.length > 0 ? `${formatKeyPath(message.keyPath)}: ` : '';
  return `${keyPath}${text}${hint}`;
}

/** A file's path relative to `cwd`, with forward slashes. */
export function shownPath(file: string, options: Pick<ReportOptions, 'root' | 'cwd'>): string {
  const relative = path.relative(options.cwd, path.resolve(options.root, file)) || file;
  return toPosix(relative);
}

export function shown(report: DiagnosticReport, options: Pick<ReportOptions, 'quiet'>): Diagnostic[] {
  return options.quiet ? report.messages.filter((m) => m.severity === 'error') : report.messages;
}

export function byFile(files: readonly string[], messages: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const grouped = groupBy(messages, (message) => message.file);
  // Every file listed keeps its place, clean ones included.
  return new Map([...files.map((file): [string, Diagnostic[]] => [file, grouped.get(file) ?? []]), ...grouped]);
}

export const SEVERITY_NUMBER = { error: 2, warning: 1, info: 0 } as const;
export const SEVERITY_STYLE = { error: 'red', warning: 'yellow', info: 'blue' } as const;
