import path from 'node:path';
import type { AppContext } from './context.js';
import { CannotRun } from './errors.js';

/** The top folder of the git repository holding `start`; not in one: exit 2 with what to do. */
export async function repositoryTop(ctx: AppContext, start: string): Promise<string> {
  const { gitTop } = await import('../io/git.js');
  const top = await gitTop((await ctx.fs.kind(start)) === 'directory' ? start : ctx.cwd);
  if (!top) throw new CannotRun('git.not_repo', { dir: start }, 'git.not_repo.hint');
  return top;
}

/** The commit of a ref, else why there is none: the ref is unknown, or the clone is too shallow to have it. */
export async function commitOf(top: string, ref: string): Promise<string> {
  const { isShallow, resolveCommit } = await import('../io/git.js');
  const commit = await resolveCommit(top, ref);
  if (commit) return commit;
  if (await isShallow(top)) throw new CannotRun('git.shallow', { ref }, 'git.shallow.hint');
  throw new CannotRun('git.unknown_ref', { ref }, 'git.unknown_ref.hint');
}

/** The workspace's posts changed since `ref` (committed, staged or not, untracked included), of the ones listed. */
export async function changedSince(ctx: AppContext, root: string, ref: string, listed: readonly string[]): Promise<string[]> {
  await import('../i18n/diff.js');
  const top = await repositoryTop(ctx, root);
  const commit = await commitOf(top, ref);
  const { changedFiles } = await import('../io/git.js');
  const changed = new Set(await changedFiles(top, commit, await ctx.fs.realpath(root)));
  return listed.filter((file) => changed.has(file) || changed.has(path.posix.normalize(file)));
}
