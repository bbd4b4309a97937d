import path from 'node:path';
import { toPosix } from '../../app/fs.js';
import { groupBy } from '../../core/collections.js';
import { echoed, echoedText, formatKeyPath, type Diagnostic, type DiagnosticReport } from '../../core/diagnostics.js';
import { translator, type Locale, type Translate } from '../../i18n/index.js';

/** What a reporter knows of a rule or check besides its id (sarif's `tool.driver.rules`). */
export interface RuleDescriptor {
  id: string;
  /** One paragraph saying what it checks, in both languages: SARIF's descriptions and `help`. */
  description: { en: string; fr: string };
  defaultSeverity?: 'error' | 'warning' | 'info' | 'off';
  tags?: string[];
  fixable?: boolean;
  /** The page of docs/ that documents it, with its anchor (`rules.md#hook-fold`): a link only where the docs are online. */
  docs?: string;
}

/** Where the tool and its docs can be read, from package.json: nothing is guessed. */
export interface ToolLinks {
  /** The project's page (package.json `repository`, else `homepage`), else the installed package's README as a file URL. */
  information?: string;
  /** The web address of the docs/ folder, ending in `/`: only for a `repository` on a forge whose file addresses are known. */
  docs?: string;
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
  /** stylish: every finding on its own line, even many of one rule at one place. */
  verbose?: boolean;
  version: string;
  /** The rules or checks the run knows, for formats that describe them. */
  rules: readonly RuleDescriptor[];
  /** What SARIF's URIs are relative to (`%SRCROOT%`): the repository holding the workspace; `root` when absent. */
  sourceRoot?: string;
  links?: ToolLinks;
}

/** Where each check other than the workspace's is documented; every other one is in docs/workspace.md. */
const CHECK_DOCS: Record<string, string> = { 'unused-disable-directive': 'rules.md#disable-comments' };

/** A check code of validate, of the loader or of lint (`schema-unknown-key`, `unreadable`) described from the catalogs (`check.<code>`). */
export function checkDescriptor(id: string): RuleDescriptor {
  const describe = (locale: Locale) => {
    const t = translator(locale);
    const text = t(`check.${id}`);
    return text === `check.${id}` ? t('check.other', { code: id }) : text;
  };
  return { id, description: { en: describe('en'), fr: describe('fr') }, docs: CHECK_DOCS[id] ?? 'workspace.md' };
}

/** A pure reporter: a report in, the text to print out. */
export type Reporter = (report: DiagnosticReport, options: ReportOptions) => string;

/**
 * The same text in pieces (a file's entry at a time, in order), for a report
 * of thousands of files: the command writes each piece as it comes, and the
 * whole text is never held.
 */
export type ChunkedReporter = (report: DiagnosticReport, options: ReportOptions) => Iterable<string>;

/** An item of an array `depth` levels deep as JSON.stringify(…, null, 2) writes it there: wrapped in `depth` arrays, their brackets cut off. */
function jsonItem(value: unknown, depth: number): string {
  let wrapped = value;
  for (let level = 0; level < depth; level += 1) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // Each level opens with `[` and a line break after its indent (2 per level) and closes the same way.
  const cut = depth * (depth - 1) + 2 * depth;
  return text.slice(cut, text.length - cut);
}

/**
 * JSON.stringify(…, null, 2) of a document whose last value is an array
 * `depth` levels deep, an item a piece: `before` and `after` are the
 * document's text around that array; each item is made (`map`) as it is written.
 */
export function* jsonArrayPieces<T>(before: string, items: Iterable<T>, depth: number, after: string, map: (item: T) => unknown = (item) => item): Iterable<string> {
  let first = true;
  for (const item of items) {
    yield `${first ? `${before}[\n` : ',\n'}${jsonItem(map(item), depth)}`;
    first = false;
  }
  yield first ? `${before}[]${after}` : `\n${'  '.repeat(depth - 1)}]${after}`;
}

/** A chunked reporter's pieces joined: the string reporter of the same format. */
export const joined = (chunks: ChunkedReporter): Reporter => (report, options) => [...chunks(report, options)].join('');

/** `key: message (hint)`, translated. */
export function messageText(message: Diagnostic, t: Translate): string {
  const text = t(echoed(message.message));
  const hint = message.hint ? ` (${t(echoed(message.hint))})` : '';
  const keyPath = message.keyPath && message.keyPath.length > 0 ? `${echoedText(formatKeyPath(message.keyPath))}: ` : '';
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
