import { resolveLocale, translator } from '../i18n/index.js';
import { stylishDiagnostics } from '../io/reporters/diagnostics-stylish.js';
import { CannotRun, EXIT, useColor, type CliIo, type GlobalOptions } from './context.js';
import { InvalidWorkspace } from './workspace.js';

/** Turns any failure into a message on stderr and exit code 2: never a stack trace. */
export function reportFailure(io: CliIo, globals: GlobalOptions, error: unknown): number {
  if (error instanceof InvalidWorkspace) {
    const { findings, root, t } = error.opened;
    const color = useColor(io, globals, io.stderr);
    io.stderr.write(stylishDiagnostics(findings, { t, color, root, cwd: io.cwd }));
    io.stderr.write(`${t('report.invalid_workspace')}\n`);
    return EXIT.cannotRun;
  }
  const t = translator(resolveLocale(globals.locale, undefined, io.env));
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
