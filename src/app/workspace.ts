import path from 'node:path';
import { byPlace, countsOf, type DiagnosticReport } from '../core/diagnostics.js';
import { RULE_IDS } from '../core/rules/index.js';
import { checkWorkspace } from '../core/validate/index.js';
import type { Rule } from '../core/lint/types.js';
import type { Workspace } from '../core/workspace.js';
import { resolveLocale, translator, type Locale, type Translate } from '../i18n/index.js';
import { findWorkspaceRoot, loadWorkspace, placeFindings, type LoadResult } from '../io/workspace-loader.js';
import { decodeUtf8, parseYaml } from '../io/yaml-source.js';
import type { AppContext } from './context.js';
import { CannotRun } from './errors.js';

export interface WorkspaceRequest {
  /** --dir: the workspace folder; else edito.yaml is searched upward from cwd. */
  dir?: string | undefined;
  /** --locale. */
  locale?: string | undefined;
}

export interface OpenedWorkspace {
  root: string;
  load: LoadResult;
  /** Every finding of validation, sorted by file, line, column. */
  report: DiagnosticReport;
  locale: Locale;
  t: Translate;
}

export async function locateRoot(ctx: AppContext, dir: string | undefined): Promise<string> {
  if (dir !== undefined) {
    const absolute = path.resolve(ctx.cwd, dir);
    if ((await ctx.fs.kind(absolute)) !== 'directory') throw new CannotRun('load.dir_missing', { dir });
    const root = await findWorkspaceRoot(ctx.fs, absolute);
    if (root !== absolute) throw new CannotRun('load.no_workspace', { dir }, 'load.no_workspace.hint');
    return root;
  }
  const root = await findWorkspaceRoot(ctx.fs, ctx.cwd);
  if (!root) throw new CannotRun('load.no_workspace', { dir: ctx.cwd }, 'load.no_workspace.hint');
  return root;
}

/** Rule options are checked only when some are written: the rules load only then. */
async function rulesForOptions(workspace: Workspace): Promise<readonly Rule[] | undefined> {
  const written = [workspace.charter.rules, ...workspace.lines.map((entry) => entry.line.rules)];
  if (!written.some((rules) => Object.values(rules ?? {}).some((entry) => Array.isArray(entry) && entry.length > 1))) return undefined;
  const [{ loadRules }, { registerLintMessages }] = await Promise.all([import('../core/rules/index.js'), import('../i18n/lint.js')]);
  const rules = await loadRules();
  registerLintMessages(rules);
  return rules;
}

/** Finds, loads and validates the workspace (all three stages). */
export async function openWorkspace(ctx: AppContext, request: WorkspaceRequest, load: { posts?: boolean } = {}): Promise<OpenedWorkspace> {
  const root = await locateRoot(ctx, request.dir);
  const result = await loadWorkspace(ctx.fs, root, load);
  const checks = result.workspace
    ? checkWorkspace({ workspace: result.workspace, broken: result.broken, ruleIds: RULE_IDS, rules: await rulesForOptions(result.workspace) })
    : [];
  const messages = [...result.findings, ...placeFindings(result, checks)].sort(byPlace);
  const locale = resolveLocale(request.locale, result.workspace?.settings.locale, ctx.env);
  const files = [...new Set([...result.sources.keys(), ...messages.map((m) => m.file)])].sort();
  return { root, load: result, report: { tool: 'validate', messages, suppressed: [], files, ...countsOf(messages) }, locale, t: translator(locale) };
}

/** For every command but validate: an invalid workspace stops the run (exit 2) with the same report. */
export class InvalidWorkspace extends Error {
  constructor(readonly opened: OpenedWorkspace) {
    super('invalid workspace');
  }
}

export async function requireValidWorkspace(ctx: AppContext, request: WorkspaceRequest, load: { posts?: boolean } = {}): Promise<OpenedWorkspace & { workspace: Workspace }> {
  const opened = await openWorkspace(ctx, request, load);
  if (opened.report.errorCount > 0 || !opened.load.workspace) throw new InvalidWorkspace(opened);
  return { ...opened, workspace: opened.load.workspace };
}

/**
 * The workspace's `locale`, read from edito.yaml alone: a flag error is raised
 * before the workspace is loaded, and should still speak its language.
 */
export async function workspaceLocale(ctx: AppContext, dir: string | undefined): Promise<string | undefined> {
  const root = await findWorkspaceRoot(ctx.fs, dir === undefined ? ctx.cwd : path.resolve(ctx.cwd, dir));
  if (!root) return undefined;
  const bytes = await ctx.fs.read(path.join(root, 'edito.yaml')).catch(() => undefined);
  const decoded = bytes && decodeUtf8(bytes);
  if (!decoded?.ok) return undefined;
  const parsed = parseYaml('edito.yaml', decoded.text);
  const locale = parsed.ok ? (parsed.data as { locale?: unknown } | null)?.locale : undefined;
  return typeof locale === 'string' ? locale : undefined;
}
