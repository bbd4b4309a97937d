import path from 'node:path';
import { toPosix } from '../app/fs.js';
import { CannotRun } from '../app/errors.js';
import { groupBy } from '../core/collections.js';
import { FOLDER_PATTERN, findWorkspaceRoot } from '../io/workspace-root.js';
import { EXIT, useColor, type CliIo, type GlobalOptions } from './context.js';
import type { CommandSpec, RunInput } from './command.js';
import type { WorkspaceOutput } from '../io/reporters/workspaces.js';

/**
 * The commands an agency runs over every client folder at once, and what a
 * run over several workspaces cannot do (one `--out` file, one stdin post, a
 * calendar file per client). One list, read by main and by the docs test.
 */
export const MANY_WORKSPACES: Readonly<Record<string, { refused?: readonly string[]; formats?: readonly string[]; paths?: true }>> = {
  validate: {},
  // Posts named without --dir are each linted in the workspace holding them (a pre-commit hook at an agency repository's root).
  lint: { refused: ['stdin'], paths: true },
  plan: { refused: ['out'], formats: ['table', 'md', 'json'] },
  diff: { refused: ['out'] },
};


/**
 * What the `--dir` values ask for: one workspace (none or one folder named
 * as it is), or several (two values or more, or any pattern: a pattern that
 * matches one folder still gives the several-workspaces output, so that a
 * script reads the same shape whatever the number of clients).
 */
export async function workspaceFolders(io: CliIo, command: string, dirs: readonly string[], args: readonly string[]): Promise<{ one: string | undefined } | { many: WorkspaceTarget[] }> {
  if (!MANY_WORKSPACES[command]) {
    if (dirs.length > 1) throw new CannotRun('cli.one_workspace', { command }, 'cli.one_workspace.hint');
    return { one: dirs[0] };
  }
  const fs = io.fs ?? (await import('../io/node-fs.js')).nodeFs;
  if (dirs.length === 0 && args.length > 0 && MANY_WORKSPACES[command]?.paths) return workspacesOfPaths(io, fs, args);
  const isPattern = async (dir: string) => FOLDER_PATTERN.test(dir) && (await fs.kind(path.resolve(io.cwd, dir))) !== 'directory';
  const patterns = await Promise.all(dirs.map(isPattern));
  if (dirs.length <= 1 && !patterns[0]) return { one: dirs[0] };
  const folders: string[] = [];
  for (const [index, dir] of dirs.entries()) {
    if (!patterns[index]) {
      folders.push(path.resolve(io.cwd, dir));
      continue;
    }
    const roots = (await fs.glob(`${toPosix(dir).replace(/\/+$/, '')}/edito.yaml`, io.cwd)).map((file) => path.dirname(file)).sort();
    if (roots.length === 0) throw new CannotRun('cli.no_workspace_match', { pattern: dir }, 'cli.no_workspace_match.hint');
    folders.push(...roots);
  }
  const real = new Map<string, string>();
  for (const folder of folders) {
    const key = await fs.realpath(folder).catch(() => folder);
    if (!real.has(key)) real.set(key, folder);
  }
  return { many: [...real.values()].map((folder) => ({ folder, args: [] })) };
}

/** One workspace and the paths (posts, folders, patterns) to lint in it. */
export interface WorkspaceTarget {
  folder: string;
  args: string[];
}

/**
 * The workspaces of the posts named on the command line, each found from the
 * post up (as ESLint finds a file's configuration): one run when they all
 * belong to one, one run per workspace otherwise. A path in no workspace
 * leaves it to the single run, which says so.
 */
async function workspacesOfPaths(io: CliIo, fs: NonNullable<CliIo['fs']>, args: readonly string[]): Promise<{ one: string | undefined } | { many: WorkspaceTarget[] }> {
    const found: { arg: string; root: string }[] = [];
  for (const arg of args) {
    const absolute = path.resolve(io.cwd, arg);
    const start = (await fs.kind(absolute)) === 'directory' ? absolute : path.dirname(absolute);
    const root = await findWorkspaceRoot(fs, start);
    if (root === undefined) return { one: undefined };
    found.push({ arg, root });
  }
  const byRoot = groupBy(found, (entry) => entry.root);
  const roots = [...byRoot.keys()];
  if (roots.length === 1) return { one: roots[0] === (await findWorkspaceRoot(fs, io.cwd)) ? undefined : roots[0] };
  return { many: roots.sort().map((folder) => ({ folder, args: byRoot.get(folder)!.map((entry) => entry.arg) })) };
}

/** What a run over several workspaces refuses before running any: the same message whichever workspace comes first. */
export function checkManyRun(spec: CommandSpec, input: Omit<RunInput, 'globals'>): void {
  const allowed = MANY_WORKSPACES[spec.name] ?? {};
  for (const option of allowed.refused ?? []) {
    if (input.options[option] !== undefined && input.options[option] !== false) throw new CannotRun('cli.many_refused', { option: `--${option}` });
  }
  if (allowed.paths && input.args.length > 0) throw new CannotRun('cli.many_refused', { option: input.args[0]! });
  const format = String(input.options.format ?? '');
  if (allowed.formats && !allowed.formats.includes(format)) throw new CannotRun('cli.many_format', { format });
}

/** A stream that keeps what is written, for the formats whose documents are merged into one. */
function captured(like: { isTTY?: boolean; columns?: number }) {
  const chunks: string[] = [];
  const stream = {
    isTTY: false, columns: like.columns,
    write: (text: string | Uint8Array) => (chunks.push(typeof text === 'string' ? text : Buffer.from(text).toString('utf8')), true),
    on: () => stream, off: () => stream, once: () => stream,
  };
  return { stream: stream as unknown as CliIo['stdout'], text: () => chunks.join('') };
}

/** The workspace as the user sees it: its folder relative to the current one. */
function workspaceLabel(cwd: string, root: string): string {
  return toPosix(path.relative(cwd, root)) || '.';
}

/**
 * Runs the command once per workspace, each with its own locale, time zone
 * and charter (each opens its own edito.yaml), one after the other. The
 * formats that are one document (json, sarif, junit) are merged; the others
 * are printed as they come, each under a heading naming the workspace. The
 * exit code is the worst of all.
 */
export async function runMany(spec: CommandSpec, input: RunInput, targets: readonly WorkspaceTarget[], runSafely: (io: CliIo, globals: GlobalOptions, body: () => Promise<number>) => Promise<number>): Promise<number> {
  const { io, globals, options } = input;
  const format = String(options.format ?? '');
  const { MERGERS, heading } = await import('../io/reporters/workspaces.js');
  const merge = MERGERS[format];
  const runs: WorkspaceOutput[] = [];
  for (const { folder, args } of targets) {
    const dir = workspaceLabel(io.cwd, folder);
    const out = merge ? captured(io.stdout) : undefined;
    if (!out && format !== 'github') io.stdout.write(heading(format, dir, runs.length === 0, useColor(io, globals)));
    const runIo = out ? { ...io, stdout: out.stream } : io;
    const perWorkspace = { ...globals, dir: folder };
    const exitCode = await runSafely(runIo, perWorkspace, () => spec.run({ ...input, args: args.length > 0 ? args : input.args, io: runIo, globals: perWorkspace }));
    runs.push({ dir, exitCode, output: out?.text() ?? '' });
  }
  if (merge) io.stdout.write(merge(runs, { command: spec.name }));
  const worst = Math.max(...runs.map((run) => run.exitCode));
  if (!globals.quiet) {
    const { translator, resolveLocale } = await import('../i18n/index.js');
    const t = translator(resolveLocale(globals.locale, undefined, io.env));
    const count = (code: number) => runs.filter((run) => run.exitCode === code).length;
    io.stderr.write(`${t('cli.workspaces_summary', { count: runs.length, failing: count(EXIT.findings), broken: runs.length - count(EXIT.ok) - count(EXIT.findings), code: worst })}\n`);
  }
  return worst;
}
