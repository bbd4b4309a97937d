import { stat } from 'node:fs/promises';
import path from 'node:path';
import { RULE_IDS } from '../core/rule-ids.js';
import { checkWorkspace } from '../core/validate/index.js';
import type { Finding } from '../core/diagnostics.js';
import type { Workspace } from '../core/workspace.js';
import { resolveLocale, translator, type Locale, type Translate } from '../i18n/index.js';
import { findWorkspaceRoot, loadWorkspace, placeFindings, type LoadResult } from '../io/workspace-loader.js';
import type { LocatedFinding } from '../io/yaml-source.js';
import { CannotRun, type CliIo, type GlobalOptions } from './context.js';

export interface OpenedWorkspace {
  root: string;
  load: LoadResult;
  /** Every finding of validation, sorted by file, line, column. */
  findings: LocatedFinding[];
  errorCount: number;
  locale: Locale;
  t: Translate;
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

export async function locateRoot(io: CliIo, options: GlobalOptions): Promise<string> {
  if (options.dir !== undefined) {
    const dir = path.resolve(io.cwd, options.dir);
    if (!(await isDirectory(dir))) throw new CannotRun('load.dir_missing', { dir: options.dir });
    const root = await findWorkspaceRoot(dir);
    if (root !== dir) throw new CannotRun('load.no_workspace', { dir: options.dir }, 'load.no_workspace.hint');
    return root;
  }
  const root = await findWorkspaceRoot(io.cwd);
  if (!root) throw new CannotRun('load.no_workspace', { dir: io.cwd }, 'load.no_workspace.hint');
  return root;
}

function byPlace(a: LocatedFinding, b: LocatedFinding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

/**
 * Options given to lint rules in `rules` (`[severity, { options }]`), checked
 * against each rule's schema. The rule registry loads only when options are written.
 */
async function ruleOptionFindings(workspace: Workspace): Promise<Finding[]> {
  const places = [
    { file: workspace.paths.charter, rules: workspace.charter.rules },
    ...workspace.lines.map((entry) => ({ file: entry.file, rules: entry.line.rules })),
  ];
  if (!places.some((p) => Object.values(p.rules ?? {}).some((entry) => Array.isArray(entry) && entry.length > 1))) return [];
  const [{ RULES }, { checkRuleOptions }, { registerLintMessages }] = await Promise.all([
    import('../core/rules/index.js'), import('../core/lint/config.js'), import('../i18n/lint.js'),
  ]);
  registerLintMessages();
  return checkRuleOptions(RULES, places);
}

/** Finds, loads and validates the workspace (all three stages). */
export async function openWorkspace(io: CliIo, options: GlobalOptions, load: { posts?: boolean } = {}): Promise<OpenedWorkspace> {
  const root = await locateRoot(io, options);
  const result = await loadWorkspace(root, load);
  const checks = result.workspace
    ? [...checkWorkspace({ workspace: result.workspace, broken: result.broken, ruleIds: RULE_IDS }), ...(await ruleOptionFindings(result.workspace))]
    : [];
  const findings = [...result.findings, ...placeFindings(result, checks)].sort(byPlace);
  const locale = resolveLocale(options.locale, result.workspace?.settings.locale, io.env);
  return {
    root,
    load: result,
    findings,
    errorCount: findings.filter((f) => f.severity === 'error').length,
    locale,
    t: translator(locale),
  };
}

/** For every command but validate: an invalid workspace stops the run (exit 2) with the same report. */
export class InvalidWorkspace extends Error {
  constructor(readonly opened: OpenedWorkspace) {
    super('invalid workspace');
  }
}

export async function requireValidWorkspace(io: CliIo, options: GlobalOptions, load: { posts?: boolean } = {}): Promise<OpenedWorkspace & { workspace: Workspace }> {
  const opened = await openWorkspace(io, options, load);
  if (opened.errorCount > 0 || !opened.load.workspace) throw new InvalidWorkspace(opened);
  return { ...opened, workspace: opened.load.workspace };
}
