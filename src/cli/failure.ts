import path from 'node:path';
import { errnoHint, errnoReason, FileError } from '../app/fs.js';
import { InvalidWorkspace, workspaceLocale } from '../app/workspace.js';
import { resolveLocale, translator } from '../i18n/index.js';
import { forTerminal } from '../io/sanitize.js';
import { appContext } from './clock.js';
import { CannotRun, EXIT, useColor, type CliIo, type GlobalOptions } from './context.js';
import { VERSION } from './version.js';

/**
 * Turns any failure into a message on stderr and exit code 2: never a stack
 * trace. An invalid workspace is reported in full; under `--format github`
 * as escaped annotations on stdout, so no workspace text becomes a workflow command.
 */
export async function reportFailure(io: CliIo, globals: GlobalOptions, error: unknown, format?: unknown): Promise<number> {
  if (error instanceof InvalidWorkspace) {
    const { report, root, t, locale } = error.opened;
    const { REPORTERS } = await import('../io/reporters/index.js');
    const github = format === 'github';
    const reporter = await REPORTERS[github ? 'github' : 'stylish']();
    const color = !github && useColor(io, globals, io.stderr);
    const cwd = await (await import('./project.js')).shownFrom(appContext(io), format, root);
    (github ? io.stdout : io.stderr).write(reporter(report, { t, locale, color, root, cwd, version: VERSION, rules: [] }));
    io.stderr.write(`${t('report.invalid_workspace')}\n`);
    return EXIT.cannotRun;
  }
  const fromWorkspace = globals.locale ? undefined : await workspaceLocale(appContext(io), globals.dir).catch(() => undefined);
  const t = translator(resolveLocale(globals.locale, fromWorkspace, io.env));
  if (error instanceof CannotRun) {
    io.stderr.write(`edito: ${forTerminal(t(error.messageId, error.params))}\n`);
    if (error.hintId) io.stderr.write(`  → ${forTerminal(t(error.hintId, error.params))}\n`);
    return EXIT.cannotRun;
  }
  if (error instanceof FileError) {
    const file = shownPath(io.cwd, error.file);
    io.stderr.write(`edito: ${forTerminal(t(`fs.${error.operation}_failed`, { file, reason: errnoReason(error.code) }))}\n`);
    const hint = errnoHint(error.code);
    if (hint) io.stderr.write(`  → ${forTerminal(t(hint))}\n`);
    return EXIT.cannotRun;
  }
  const detail = error instanceof Error ? error.message : String(error);
  io.stderr.write(`edito: ${forTerminal(t('cli.internal_error', { detail }))}\n`);
  if (io.env.EDITO_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
  return EXIT.cannotRun;
}

/** A path as the user would type it: relative to the current folder when inside it. */
function shownPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}
