import path from 'node:path';
import { byPlace, countsOf, type Diagnostic, type DiagnosticReport } from '../core/diagnostics.js';
import type { ExportPost } from '../core/export/types.js';
import type { NetworkId } from '../core/networks.js';
import type { Post } from '../core/workspace.js';
import type { Translate } from '../i18n/index.js';
import type { AnyTarget, ExportTargetId, HeaderCell } from '../io/exporters/export/index.js';
import type { AppContext } from './context.js';
import { CannotRun } from './errors.js';
import { errorCode, toPosix } from './fs.js';
import type { OpenedWorkspace, WorkspaceRequest } from './workspace.js';

export interface ExportRequest extends WorkspaceRequest {
  /** --to: undefined when not given (a located refusal, in the user's language). */
  to: ExportTargetId | undefined;
  from?: string | undefined;
  until?: string | undefined;
  network?: readonly string[] | undefined;
  /** Comma-separated statuses, as typed (default ready,scheduled). */
  status?: string | undefined;
  /** A file, or a folder for the targets that write one file per network. */
  out?: string | undefined;
  force?: boolean | undefined;
  dateFormat?: string | undefined;
  targetTimezone?: string | undefined;
  template?: string | undefined;
  allowErrors?: boolean | undefined;
  /** --max-rows: fewer rows per file than the target's limit (Hootsuite counts the posts already scheduled). */
  maxRows?: string | undefined;
}

/** One file of the export, as written (or printed). */
export interface ExportedFile {
  /** Absolute path; undefined when printed on stdout. */
  file: string | undefined;
  /** The network of a folder target's file. */
  group: string | undefined;
  rows: number;
  content: string;
}

export interface Exported {
  opened: OpenedWorkspace;
  t: Translate;
  target: string;
  /** What the user must read: lint errors of the posts, the schedulers' rules, media. */
  report: DiagnosticReport;
  files: ExportedFile[];
  /** Groups split because of the target's rows per file. */
  splits: { group: string | undefined; posts: number; files: number; max: number }[];
  exported: number;
  skipped: { lint: number; checks: number };
  /** Lint errors let through by --allow-errors. */
  allowed: number;
  /** Columns of the --template that edito leaves empty. */
  emptyColumns: string[];
  /** The statuses exported. */
  statuses: readonly string[];
}

const DEFAULT_STATUSES = ['ready', 'scheduled'];

/** `edito export`: the posts checked (lint, then the scheduler's rules) and written in the target's format. */
export async function exportPosts(ctx: AppContext, request: ExportRequest): Promise<Exported> {
  const [{ loadTarget, EXPORT_TARGET_IDS }, { registerExportMessages }] = await Promise.all([import('../io/exporters/export/index.js'), import('../i18n/export.js')]);
  registerExportMessages();
  if (request.to === undefined) throw new CannotRun('export.to_needed', { choices: EXPORT_TARGET_IDS.join(', ') });
  const chosen: AnyTarget = await loadTarget(request.to);
  const flags = await checkedFlags(request, chosen);
  const target: AnyTarget = flags.maxRows === undefined ? chosen : { ...chosen, limits: { ...chosen.limits, maxRows: flags.maxRows } };

  const { lintPosts } = await import('./lint.js');
  const linted = await lintPosts(ctx, { dir: request.dir, locale: request.locale, paths: [], rule: [] });
  const { opened } = linted;
  const workspace = opened.load.workspace!;
  const dateFormat = await resolveDateFormat(target, request.dateFormat, opened.locale);
  const template = request.template === undefined ? undefined : await readTemplate(ctx, request.template, target, opened.t);
  const timezone = request.targetTimezone ?? workspace.settings.timezone;

  const { selectPosts } = await import('../core/export/select.js');
  const selection = selectPosts({ ...workspace, posts: [...linted.posts] }, {
    ...flags, networks: await networksOf(request.network), timezone: workspace.settings.timezone, targetTimezone: request.targetTimezone,
  });
  const first = lintFirst(linted.posts, linted.report.messages, selection.posts, request.allowErrors === true);
  const checked = await schedulerChecks(ctx, opened.root, first.passed, target);
  const extra = target.prepare ? await target.prepare({ timezone }) : {};
  const options = { t: opened.t, locale: opened.locale, brand: workspace.settings.brand, timezone, dateFormat, template, ...extra };
  const { parts, splits } = await fileParts(checked.groups, checked.refused, target);
  const rendered = parts.map((p) => ({ ...p, content: target.render(p.posts, options) }));
  const files = await writeParts(ctx, request, target, rendered);

  const exported = rendered.reduce((sum, p) => sum + p.posts.length, 0);
  const messages = [...selection.undated, ...first.shown, ...checked.diagnostics].sort(byPlace);
  return {
    opened, t: opened.t, target: target.id, files, splits, exported, allowed: first.allowed, statuses: flags.statuses,
    skipped: { lint: first.skipped, checks: first.passed.length - exported + selection.undated.length },
    report: { tool: 'lint', messages, suppressed: [], files: [...new Set(messages.map((m) => m.file))].sort(), ...countsOf(messages) },
    emptyColumns: template && target.emptyColumns ? target.emptyColumns(template.map((cell) => cell.value)) : [],
  };
}

/**
 * Lint first: a selected post with an error-level finding is left out and
 * its errors shown, unless --allow-errors; a post that could not be read at
 * all is shown and counted too, never silently forgotten.
 */
function lintFirst(posts: readonly Post[], messages: readonly Diagnostic[], selected: readonly ExportPost[], allowErrors: boolean) {
  const errors = messages.filter((m) => m.severity === 'error');
  const withErrors = new Set(errors.map((m) => m.file));
  const unread = new Set(posts.filter((p) => p.meta === undefined).map((p) => p.file));
  const files = new Set(selected.map((p) => p.file));
  const flagged = selected.filter((p) => withErrors.has(p.file)).length;
  return {
    shown: errors.filter((m) => files.has(m.file) || unread.has(m.file)),
    passed: allowErrors ? [...selected] : selected.filter((p) => !withErrors.has(p.file)),
    allowed: allowErrors ? flagged : 0,
    skipped: (allowErrors ? 0 : flagged) + unread.size,
  };
}

/** The media on disk and the scheduler's rules, per output file; the posts with an error there are refused. */
async function schedulerChecks(ctx: AppContext, root: string, posts: readonly ExportPost[], target: AnyTarget) {
  const { checkMediaFiles, vendorFindings } = await import('../core/export/checks.js');
  const diagnostics = checkMediaFiles(posts, await mediaFileProblems(ctx, root, posts));
  const groups = groupPosts(posts, target);
  for (const group of groups.values()) diagnostics.push(...vendorFindings(group, target.limits, { target: target.id, now: ctx.now.getTime() }));
  const refused = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  return { diagnostics, groups, refused };
}

/** Each output file's posts: the refused ones out, a group past the row limit split into runs. */
async function fileParts(groups: ReadonlyMap<string | undefined, ExportPost[]>, refused: ReadonlySet<string>, target: AnyTarget) {
  const { splitRows } = await import('../core/export/checks.js');
  const parts: { group: string | undefined; part: number; of: number; posts: ExportPost[] }[] = [];
  const splits: Exported['splits'] = [];
  for (const [group, posts] of groups) {
    const kept = posts.filter((p) => !refused.has(p.file));
    if (kept.length === 0) continue;
    const runs = splitRows(kept, target.limits.maxRows);
    if (runs.length > 1) splits.push({ group, posts: kept.length, files: runs.length, max: target.limits.maxRows! });
    runs.forEach((run, index) => parts.push({ group, part: index + 1, of: runs.length, posts: run }));
  }
  return { parts, splits };
}

/** The posts of each output file: one file per network for folder targets, one file otherwise. */
function groupPosts(posts: readonly ExportPost[], target: AnyTarget): Map<string | undefined, ExportPost[]> {
  const groups = new Map<string | undefined, ExportPost[]>();
  for (const post of posts) {
    const key = target.output === 'folder' ? post.network : undefined;
    groups.set(key, [...(groups.get(key) ?? []), post]);
  }
  return new Map([...groups].sort(([a], [b]) => (a ?? '').localeCompare(b ?? '')));
}

/** The flags that need no workspace, checked before it loads: a bad one stops the run (exit 2). */
async function checkedFlags(request: ExportRequest, target: AnyTarget): Promise<{ from?: string; until?: string; statuses: string[]; maxRows?: number }> {
  const [{ isRealDate, isTimeZone }, { POST_STATUSES }] = await Promise.all([import('../core/schemas/common.js'), import('../core/schemas/files.js')]);
  for (const flag of ['from', 'until'] as const) {
    const value = request[flag];
    if (value !== undefined && !isRealDate(value)) throw new CannotRun('export.bad_date', { flag: `--${flag}`, value });
  }
  if (request.from && request.until && request.from > request.until) throw new CannotRun('export.range_order', { from: request.from, until: request.until });
  const statuses = request.status === undefined ? DEFAULT_STATUSES : request.status.split(',').map((s) => s.trim()).filter(Boolean);
  for (const status of statuses) {
    if (!(POST_STATUSES as readonly string[]).includes(status)) throw new CannotRun('export.bad_status', { value: status, choices: POST_STATUSES.join(', ') });
  }
  if (request.targetTimezone !== undefined && !isTimeZone(request.targetTimezone)) throw new CannotRun('export.bad_timezone', { value: request.targetTimezone });
  if (request.dateFormat !== undefined && !target.dateFormat) throw new CannotRun('export.flag_not_for', { flag: '--date-format', target: target.id });
  if (request.template !== undefined && !target.template) throw new CannotRun('export.flag_not_for', { flag: '--template', target: target.id });
  if (request.out !== undefined && request.out.trim() === '') throw new CannotRun('fs.out_empty');
  if (target.output === 'folder' && (request.out === undefined || request.out === '-')) throw new CannotRun('export.out_folder_needed', { target: target.id });
  const maxRows = request.maxRows === undefined ? undefined : Number(request.maxRows);
  const limit = target.limits.maxRows ?? Number.MAX_SAFE_INTEGER;
  if (maxRows !== undefined && (!/^\d+$/.test(request.maxRows!) || maxRows < 1 || maxRows > limit)) {
    throw new CannotRun('export.bad_max_rows', { value: request.maxRows!, target: target.id, max: target.limits.maxRows ?? '∞' });
  }
  return { ...(request.from ? { from: request.from } : {}), ...(request.until ? { until: request.until } : {}), statuses, ...(maxRows ? { maxRows } : {}) };
}

/** --date-format, else the target's default for the locale; a choice matches whatever its case (Sprout writes `dd/mm/yyyy`). */
async function resolveDateFormat(target: AnyTarget, value: string | undefined, locale: 'en' | 'fr'): Promise<string> {
  const spec = target.dateFormat;
  if (!spec) return '';
  if (value === undefined) return spec.default[locale];
  if (spec.choices) {
    const choice = spec.choices.find((c) => c.toLowerCase() === value.toLowerCase());
    if (!choice) throw new CannotRun('export.bad_date_format_choice', { value, target: target.id, choices: spec.choices.join(', ') });
    return choice;
  }
  const { patternProblem } = await import('../core/export/dates.js');
  const problem = patternProblem(value, spec.time);
  if (problem) throw new CannotRun(`export.bad_date_format.${problem.replace('-', '_')}`, { value });
  return value;
}

/** The header of a --template CSV, checked against the target's rules: a bad one stops the run with its place. */
async function readTemplate(ctx: AppContext, file: string, target: AnyTarget, t: Translate): Promise<HeaderCell[]> {
  const absolute = path.resolve(ctx.cwd, file);
  let text: string;
  try {
    text = Buffer.from(await ctx.fs.read(absolute)).toString('utf8');
  } catch (error) {
    throw new CannotRun('export.template_unreadable', { file, reason: errorCode(error) });
  }
  const [{ parseCsv }, { checkHeader }] = await Promise.all([import('../io/lint-csv.js'), import('../core/export/checks.js')]);
  const header = parseCsv(text)[0] ?? [];
  const problems = checkHeader(file, header, { target: target.id, ...target.template });
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new CannotRun('export.template_rejected', { place: `${file}:${first.line}:${first.column}`, problem: problems.map((p) => t(p.message)).join('; ') });
  }
  return header;
}

async function networksOf(names: readonly string[] | undefined): Promise<NetworkId[] | undefined> {
  if (!names || names.length === 0) return undefined;
  const { canonicalNetworkId, NETWORK_IDS } = await import('../core/networks.js');
  return names.flatMap((name) => name.split(',')).filter(Boolean).map((name) => {
    const id = canonicalNetworkId(name);
    if (!id) throw new CannotRun('export.unknown_network', { name, choices: NETWORK_IDS.join(', ') });
    return id;
  });
}

/** Why each local media path of the posts cannot be used: missing, outside the workspace, not a file. */
async function mediaFileProblems(ctx: AppContext, root: string, posts: readonly ExportPost[]): Promise<Map<string, 'missing' | 'outside' | 'not-file'>> {
  const { isUrl } = await import('../core/export/checks.js');
  const problems = new Map<string, 'missing' | 'outside' | 'not-file'>();
  const realRoot = await ctx.fs.realpath(root);
  for (const media of new Set(posts.flatMap((p) => p.media).filter((m) => !isUrl(m)))) {
    const absolute = path.resolve(root, media);
    const outside = (at: string, base: string) => toPosix(path.relative(base, at)).startsWith('..') || path.isAbsolute(path.relative(base, at));
    const kind = await ctx.fs.kind(absolute);
    if (outside(absolute, root) || (kind !== undefined && outside(await ctx.fs.realpath(absolute), realRoot))) problems.set(media, 'outside');
    else if (kind === undefined) problems.set(media, 'missing');
    else if (kind !== 'file') problems.set(media, 'not-file');
  }
  return problems;
}

/**
 * Writes the rendered parts: a folder target's files inside --out, all or
 * none; a file target's one file with the plan's writer, or its split parts
 * (`name-1.csv`, `name-2.csv`) together, all or none. Without --out, one file
 * goes to stdout (the caller prints `content`).
 */
async function writeParts(
  ctx: AppContext,
  request: ExportRequest,
  target: AnyTarget,
  parts: readonly { group: string | undefined; part: number; of: number; posts: readonly ExportPost[]; content: string }[],
): Promise<ExportedFile[]> {
  const result = (file: string | undefined, part: (typeof parts)[number]): ExportedFile => ({ file, group: part.group, rows: part.posts.length, content: part.content });
  if (parts.length === 0) return [];
  if (request.out === undefined || request.out === '-') {
    if (parts.length > 1) throw new CannotRun('export.split_needs_out', { target: target.id, max: target.limits.maxRows ?? 0 });
    return [result(undefined, parts[0]!)];
  }
  const out = path.resolve(ctx.cwd, request.out);
  const force = request.force === true;
  if (target.output === 'file' && parts.length === 1) {
    const { writeOut } = await import('./plan.js');
    return [result(await writeOut(ctx, request.out, parts[0]!.content, force), parts[0]!)];
  }
  if (target.output === 'folder' && (await ctx.fs.kind(out)) === 'file') throw new CannotRun('export.out_not_folder', { file: request.out, target: target.id });
  if (target.output === 'file' && (await ctx.fs.kind(path.dirname(out))) !== 'directory') {
    throw new CannotRun('cli.out_dir_missing', { dir: path.relative(ctx.cwd, path.dirname(out)) || path.dirname(out) });
  }
  const suffix = (part: (typeof parts)[number]) => (part.of > 1 ? `-${part.part}` : '');
  const named = parts.map((part) => {
    if (target.output === 'folder') return path.join(out, `${part.group}${suffix(part)}${target.extension}`);
    const extension = path.extname(out);
    return `${out.slice(0, out.length - extension.length)}${suffix(part)}${extension || target.extension}`;
  });
  const refusals = await ctx.fs.writeAllAtomic(new Map(named.map((file, index) => [file, parts[index]!.content])), { force });
  const exists = refusals.find((r) => r.reason === 'exists');
  if (exists?.reason === 'exists') throw new CannotRun('cli.out_exists', { file: path.relative(ctx.cwd, exists.file) });
  if (refusals[0]?.reason === 'no-parent') throw new CannotRun('cli.out_dir_missing', { dir: path.relative(ctx.cwd, refusals[0].dir) });
  return named.map((file, index) => result(file, parts[index]!));
}
