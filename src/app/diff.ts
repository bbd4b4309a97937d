import path from 'node:path';
import type { Plan } from '../core/planner/types.js';
import type { Post, Workspace } from '../core/workspace.js';
import type { DiffSide, PostState, WorkspaceDiff } from '../core/diff/index.js';
import { canonicalNetworkId } from '../core/networks.js';
import type { Locale, Translate } from '../i18n/index.js';
import { todayIn, type AppContext } from './context.js';
import { CannotRun } from './errors.js';
import { toPosix, type Fs } from './fs.js';
import { commitOf, repositoryTop } from './git.js';
import { lintPosts, type Linted } from './lint.js';
import { checkDateFlags, holidaysOf, rangeOf } from './plan.js';
import { InvalidWorkspace, locateRoot, type WorkspaceRequest } from './workspace.js';

export interface DiffRequest extends WorkspaceRequest {
  /** The git ref compared with (default `HEAD`). */
  base?: string | undefined;
  /** A git ref read instead of the working tree. */
  head?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  today?: string | undefined;
}

export interface Diffed {
  diff: WorkspaceDiff;
  /** The refs as typed (head: undefined for the working tree) and the commits they name. */
  base: { ref: string; commit: string };
  head: { ref: string | undefined; commit: string | undefined };
  root: string;
  /** The repository's top folder: GitHub annotations are relative to it. */
  top: string;
  t: Translate;
  locale: Locale;
}

function postState(post: Post): PostState | undefined {
  if (!post.meta) return undefined;
  const network = canonicalNetworkId(post.meta.network) ?? post.meta.network;
  return { file: post.file, network, date: post.meta.date, status: post.meta.status, body: post.body };
}

/** One side linted (which loads and validates it) and planned over the range; its findings fingerprinted. */
async function sideOf(fs: Fs, linted: Linted, root: string, range: { from: string; to: string }, today: string): Promise<DiffSide & { workspace: Workspace }> {
  const [{ plan }, { fingerprinted }] = await Promise.all([import('../core/planner/index.js'), import('../core/diff/findings.js')]);
  const workspace = { ...linted.opened.load.workspace!, posts: [...linted.posts] };
  const timezone = workspace.settings.timezone;
  const holidays = await holidaysOf(workspace, range.from, range.to, linted.opened.locale);
  const planned = plan(workspace, { ...range, today, timezone, holidays });
  const sources = new Map(linted.posts.filter((p) => p.source !== undefined).map((p) => [p.file, p.source!]));
  const textOf = (file: string): string | undefined => {
    if (!sources.has(file)) {
      try {
        sources.set(file, Buffer.from(fs.readSync(path.join(root, file))).toString('utf8'));
      } catch {
        return undefined;
      }
    }
    return sources.get(file);
  };
  return {
    workspace,
    plan: planned,
    posts: linted.posts.map(postState).filter((p): p is PostState => p !== undefined),
    findings: linted.report.messages.map((m) => fingerprinted(m, textOf(m.file))),
  };
}

const EMPTY_PLAN = (range: { from: string; to: string }, timezone: string): Plan => ({ range, timezone, slots: [], unplanned: [], warnings: [] });

/**
 * `edito diff`: the workspace at BASE against the working tree (or `--head`),
 * both read through git without checking anything out, planned over the same
 * range and linted; the sections computed in src/core/diff.
 */
export async function diffWorkspace(ctx: AppContext, request: DiffRequest): Promise<Diffed> {
  await Promise.all([import('../i18n/diff.js'), import('../i18n/plan.js')]);
  await checkDateFlags(request, 'plan.bad_date');
  const { commitFs } = await import('../io/git.js');
  const start = request.dir === undefined ? ctx.cwd : path.resolve(ctx.cwd, request.dir);
  const top = await repositoryTop(ctx, start);

  const baseRef = request.base ?? 'HEAD';
  const baseCommit = await commitOf(top, baseRef);
  const headCommit = request.head === undefined ? undefined : await commitOf(top, request.head);
  // The folder's place in the repository, real path against real path (a /tmp link, a macOS /private).
  const realStart = await ctx.fs.realpath(start);
  const prefix = toPosix(path.relative(top, realStart));
  if (prefix.startsWith('..')) throw new CannotRun('git.not_repo', { dir: start }, 'git.not_repo.hint');
  const headFs = headCommit === undefined ? ctx.fs : await commitFs(top, headCommit, '');
  const headCtx = { ...ctx, fs: headFs, cwd: headCommit === undefined ? ctx.cwd : path.join(top, prefix) };
  const root = await locateRoot(headCtx, request.dir === undefined ? undefined : headCommit === undefined ? request.dir : path.join(top, prefix));
  const rootInRepo = headCommit === undefined ? toPosix(path.relative(top, await ctx.fs.realpath(root))) : toPosix(path.relative(top, root));
  const baseFs = await commitFs(top, baseCommit, rootInRepo);
  const baseRoot = path.join(top, rootInRepo);

  const lintRequest = { locale: request.locale, paths: [], rule: [], today: request.today, from: request.from, to: request.to };
  const head = await lintPosts(headCtx, { ...lintRequest, dir: root });
  const headWorkspace = head.opened.load.workspace!;
  const today = request.today ?? todayIn(ctx, headWorkspace.settings.timezone);
  const range = await rangeOf(request, headWorkspace.settings.period, today);
  const after = await sideOf(headFs, head, root, range, today);

  const baseExists = (await baseFs.kind(path.join(baseRoot, 'edito.yaml'))) === 'file';
  let before: DiffSide = { workspace: undefined, plan: EMPTY_PLAN(range, headWorkspace.settings.timezone), posts: [], findings: [] };
  if (baseExists) {
    try {
      const base = await lintPosts({ ...ctx, fs: baseFs, cwd: baseRoot }, { ...lintRequest, dir: baseRoot });
      before = await sideOf(baseFs, base, baseRoot, range, today);
    } catch (error) {
      if (error instanceof InvalidWorkspace) throw new CannotRun('diff.base_invalid', { ref: baseRef, count: error.opened.report.errorCount }, 'diff.base_invalid.hint');
      throw error;
    }
  }
  const { diffWorkspaces } = await import('../core/diff/index.js');
  return {
    diff: diffWorkspaces(before, after),
    base: { ref: baseRef, commit: baseCommit },
    head: { ref: request.head, commit: headCommit },
    root,
    top,
    t: head.opened.t,
    locale: head.opened.locale,
  };
}
