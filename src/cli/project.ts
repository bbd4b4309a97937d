import path from 'node:path';
import manifest from '../../package.json' with { type: 'json' };
import type { AppContext } from '../app/context.js';
import type { ToolLinks } from '../io/reporters/index.js';

/** What package.json may say of where the project lives (npm's `repository` and `homepage` fields). */
export interface ProjectManifest {
  repository?: unknown;
  homepage?: unknown;
}

const FILE_PATHS: Record<string, string> = { 'github.com': 'blob/HEAD', 'gitlab.com': '-/blob/HEAD', 'codeberg.org': 'src/branch/HEAD' };

/** npm's repository forms (`github:o/r`, `o/r`, `git+https://…/o/r.git`, `git@host:o/r.git`) as the repository's web address. */
function repositoryWeb(url: string): URL | undefined {
  const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+\/[\w.-]+)$/.exec(url);
  const host = { github: 'github.com', gitlab: 'gitlab.com', bitbucket: 'bitbucket.org' };
  const written = shorthand
    ? `https://${host[(shorthand[1] ?? 'github') as keyof typeof host]}/${shorthand[2]}`
    : url.replace(/^git\+/, '').replace(/^git@([^:/]+):/, 'https://$1/').replace(/^(?:git|ssh):\/\/(?:[^@/]+@)?/, 'https://');
  try {
    const web = new URL(written.replace(/\.git$/, '').replace(/\/$/, ''));
    return web.protocol === 'https:' || web.protocol === 'http:' ? web : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Where SARIF links: the `repository` of package.json (its docs/ folder on
 * GitHub, GitLab or Codeberg), else its `homepage` (the tool's page, no
 * rule links), else nothing: no address is ever made up.
 */
export function projectLinks(project: ProjectManifest): ToolLinks {
  const repository = typeof project.repository === 'string' ? { url: project.repository } : project.repository;
  const { url, directory } = (repository ?? {}) as { url?: unknown; directory?: unknown };
  const web = typeof url === 'string' ? repositoryWeb(url) : undefined;
  if (web) {
    const files = FILE_PATHS[web.hostname];
    const folder = typeof directory === 'string' && directory !== '' ? `${directory.replace(/^\/+|\/+$/g, '')}/` : '';
    return { information: web.href, ...(files ? { docs: `${web.href}/${files}/${folder}docs/` } : {}) };
  }
  const home = typeof project.homepage === 'string' && /^https?:\/\//.test(project.homepage) ? project.homepage : undefined;
  return home ? { information: home } : {};
}

/** The links of this package: none while package.json names no repository or homepage (a machine's own file path would not be one). */
export function toolLinks(): ToolLinks {
  return projectLinks(manifest as ProjectManifest);
}

/**
 * The folder SARIF paths are relative to: the Git repository holding the
 * workspace (the nearest folder, the workspace itself included, with a
 * `.git`), as code scanning reads paths from the repository's root; the
 * workspace root when it is in none.
 */
export async function sourceRoot(ctx: Pick<AppContext, 'fs'>, root: string): Promise<string> {
  return (await repositoryRoot(ctx, root)) ?? root;
}

/** The nearest folder holding `.git`, from `root` up; undefined outside any repository. */
async function repositoryRoot(ctx: Pick<AppContext, 'fs'>, root: string): Promise<string | undefined> {
  for (let dir = root; ; dir = path.dirname(dir)) {
    if ((await ctx.fs.kind(path.join(dir, '.git'))) !== undefined) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * The folder a report's paths are relative to: GitHub reads an annotation's
 * `file=` from the repository's root, whichever folder the job ran in (a
 * client's sub-folder of an agency repository); every other format shows
 * them from the current folder.
 */
export async function shownFrom(ctx: Pick<AppContext, 'fs' | 'cwd'>, format: unknown, root: string): Promise<string> {
  return format === 'github' ? ((await repositoryRoot(ctx, root)) ?? ctx.cwd) : ctx.cwd;
}

/** What the sarif reporter needs beyond the report: where its paths start and what it links to. */
export async function sarifOptions(ctx: Pick<AppContext, 'fs'>, root: string): Promise<{ sourceRoot: string; links: ToolLinks }> {
  return { sourceRoot: await sourceRoot(ctx, root), links: toolLinks() };
}
