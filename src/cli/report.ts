import path from 'node:path';
import { REPORT_OUTPUT_FORMATS, type ReportFormat } from '../io/report/index.js';
import { forTerminal } from '../io/sanitize.js';
import { defineCommand } from './command.js';
import text from './report.json' with { type: 'json' };
import { EXIT, useColor } from './context.js';

/** Width of the table when stdout is no terminal. */
const DEFAULT_WIDTH = 100;

export const reportCommand = defineCommand(text, async ({ io, globals, options }) => {
  const [{ reportUseCase }, { appContext }] = await Promise.all([import('../app/report.js'), import('./clock.js')]);
  const flag = (name: string) => options[name] as string | undefined;
  const out = flag('out') === '-' ? undefined : flag('out');
  const columns = (io.stdout as { columns?: number }).columns;
  const result = await reportUseCase(appContext(io), {
    dir: globals.dir, locale: globals.locale, from: flag('from'), to: flag('to'), today: flag('today'),
    format: options.format as ReportFormat, metrics: (options.metrics as string[] | undefined) ?? [], out, force: options.force === true,
    color: out === undefined && useColor(io, globals), width: Math.max(40, columns ?? (Number(io.env.COLUMNS) || DEFAULT_WIDTH)),
  });
  if (out === undefined) io.stdout.write(result.text);
  if (!globals.quiet) {
    const { report, t } = result;
    io.stderr.write(`${forTerminal(t('report.cli_summary', { objectives: report.objectives.length, slots: report.actual.entries.filter((e) => e.planned).length, rows: result.rows }))}\n`);
    if (result.written !== undefined) io.stdout.write(`${t('cli.written', { file: forTerminal(path.relative(io.cwd, result.written)) })}\n`);
  }
  return EXIT.ok;
}, { format: REPORT_OUTPUT_FORMATS });
