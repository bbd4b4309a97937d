import path from 'node:path';
import { DIFF_FORMATS, type DiffFormat } from '../io/diff/formats.js';
import { defineCommand } from './command.js';
import text from './diff.json' with { type: 'json' };
import { EXIT, useColor } from './context.js';
import { VERSION } from './version.js';

/** Width of the table when stdout is no terminal. */
const DEFAULT_WIDTH = 120;

export const diffCommand = defineCommand(text, async ({ io, globals, options, args }) => {
  const [{ diffWorkspace }, { writeOut }, { appContext }, { DIFF_RENDERERS }, { addsError }] = await Promise.all([
    import('../app/diff.js'), import('../app/plan.js'), import('./clock.js'), import('../io/diff/render.js'), import('../core/diff/findings.js'),
  ]);
  const flag = (name: string) => options[name] as string | undefined;
  const out = flag('out') === '-' ? undefined : flag('out');
  const format = options.format as DiffFormat;
  const ctx = appContext(io);
  const result = await diffWorkspace(ctx, {
    dir: globals.dir, locale: globals.locale, base: args[0], head: flag('head'), from: flag('from'), to: flag('to'), today: flag('today'),
  });
  const { t, locale } = result;
  const columns = (io.stdout as { columns?: number }).columns;
  const rendered = DIFF_RENDERERS[format](result.diff, {
    t, locale, base: result.base.ref, head: result.head.ref ?? t('diff.working_tree'),
    color: out === undefined && useColor(io, globals), width: Math.max(40, columns ?? (Number(io.env.COLUMNS) || DEFAULT_WIDTH)),
    root: result.root, cwd: result.top, version: VERSION, commits: { base: result.base.commit, head: result.head.commit },
  });
  if (out === undefined) io.stdout.write(rendered);
  else {
    const written = await writeOut(ctx, out, rendered, options.force === true);
    if (!globals.quiet) io.stdout.write(`${t('cli.written', { file: path.relative(io.cwd, written) })}\n`);
  }
  return addsError(result.diff.findings) ? EXIT.findings : EXIT.ok;
}, { format: DIFF_FORMATS });
