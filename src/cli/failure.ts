import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { resolveLocale, translator } from '../i18n/index.js';
import { stylishDiagnostics } from '../io/reporters/diagnostics-stylish.js';
import { CannotRun, EXIT, useColor, type CliIo, type GlobalOptions } from './context.js';
import { InvalidWorkspace } from './workspace.js';

/**
 * The workspace's `locale`, read without loading the workspace: a flag error
 * is raised before it is read, and should still speak the workspace's language.
 */
async function workspaceLocale(io: CliIo, globals: GlobalOptions): Promise<string | undefined> {
  const { findWorkspaceRoot } = await import('../io/workspace-loader.js');
  const root = await findWorkspaceRoot(globals.dir === undefined ? io.cwd : path.resolve(io.cwd, globals.dir));
  if (!root) return undefined;
  const text = await readFile(path.join(root, 'edito.yaml'), 'utf8').catch(() => '');
  return /^locale:\s*["']?(fr|en)\b/m.exec(text)?.[1];
}

/** Turns any failure into a message on stderr and exit code 2: never a stack trace. */
export async function reportFailure(io: CliIo, globals: GlobalOptions, error: unknown): Promise<number> {
  if (error instanceof InvalidWorkspace) {
    const { findings, root, t } = error.opened;
    const color = useColor(io, globals, io.stderr);
    io.stderr.write(stylishDiagnostics(findings, { t, color, root, cwd: io.cwd }));
    io.stderr.write(`${t('report.invalid_workspace')}\n`);
    return EXIT.cannotRun;
  }
  const t = translator(resolveLocale(globals.locale, globals.locale ? undefined : await workspaceLocale(io, globals).catch(() => undefined), io.env));
  if (error instanceof CannotRun) {
    io.stderr.write(`edito: ${t(error.messageId, error.params)}\n`);
    if (error.hintId) io.stderr.write(`  → ${t(error.hintId, error.params)}\n`);
    return EXIT.cannotRun;
  }
  const detail = error instanceof Error ? error.message : String(error);
  io.stderr.write(`edito: ${t('cli.internal_error', { detail })}\n`);
  if (io.env.EDITO_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  return EXIT.cannotRun;
}
