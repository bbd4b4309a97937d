import path from 'node:path';
import type { MetricRow, Report, ReportInput } from '../core/report/types.js';
import type { Translate } from '../i18n/index.js';
import type { ReportFormat } from '../io/report/index.js';
import { todayIn, type AppContext } from './context.js';
import { CannotRun } from './errors.js';
import { FileError, errorCode } from './fs.js';
import { checkDateFlags, holidaysOf, rangeOf, writeOut } from './plan.js';
import { requireValidWorkspace, type WorkspaceRequest } from './workspace.js';

export interface ReportRequest extends WorkspaceRequest {
  from?: string | undefined;
  to?: string | undefined;
  today?: string | undefined;
  format: ReportFormat;
  /** Analytics exports, as the user named them. */
  metrics: readonly string[];
  out?: string | undefined;
  force?: boolean | undefined;
  color: boolean;
  /** Terminal columns, for the table format. */
  width: number;
}

export interface Reported {
  report: Report;
  text: string;
  written: string | undefined;
  rows: number;
  t: Translate;
}

/**
 * `edito report`: the plan of the range, the metrics files read and checked
 * in full (any bad one stops the run before anything is written), every
 * section computed in the core, rendered in one format.
 */
export async function reportUseCase(ctx: AppContext, request: ReportRequest): Promise<Reported> {
  await import('../i18n/report.js');
  await checkDateFlags(request, 'report.bad_date');
  const { REPORT_RENDERERS } = await import('../io/report/index.js');
  const { render } = await REPORT_RENDERERS[request.format]();
  const opened = await requireValidWorkspace(ctx, request);
  const { workspace, t, locale } = opened;
  const timezone = workspace.settings.timezone;
  const today = request.today ?? todayIn(ctx, timezone);
  const { from, to } = await rangeOf(request, workspace.settings.period, today);

  const [{ plan }, { buildReport, reportOptions }] = await Promise.all([import('../core/planner/index.js'), import('../core/report/index.js')]);
  const settings = workspace.settings.report;
  const files = request.metrics.length > 0 ? request.metrics : await declaredMetrics(ctx, workspace.root, settings?.metrics ?? []);
  const metrics = files.length === 0 ? undefined : await readAll(ctx, files, { from, to, timezone, dateOrder: settings?.date_order ?? 'auto' });
  const holidays = await holidaysOf(workspace, from, to, locale);
  const planned = plan(workspace, { from, to, today, timezone, holidays });
  const input: ReportInput = { plan: planned, today, metrics: metrics?.rows, sources: metrics?.sources ?? [], options: reportOptions(settings) };
  const report = buildReport(workspace, input);
  const text = render(report, { t, locale, color: request.color, brand: workspace.settings.brand, width: request.width });
  const written = request.out === undefined ? undefined : await writeOut(ctx, request.out, text, request.force === true);
  return { report, text, written, rows: metrics?.rows.length ?? 0, t };
}

/** `report.metrics` of edito.yaml: files and globs under the workspace, as paths from the current folder. */
async function declaredMetrics(ctx: AppContext, root: string, patterns: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (!/[*?[{]/.test(pattern)) {
      files.push(path.relative(ctx.cwd, path.resolve(root, pattern)));
      continue;
    }
    const found = (await ctx.fs.glob(pattern, root)).sort();
    if (found.length === 0) throw new CannotRun('report.metrics.no_match', { pattern });
    files.push(...found.map((f) => path.relative(ctx.cwd, f)));
  }
  return files;
}

async function readAll(ctx: AppContext, files: readonly string[], context: import('../io/metrics/index.js').MetricsContext): Promise<{ rows: MetricRow[]; sources: ReportInput['sources'] }> {
  const { readMetrics } = await import('../io/metrics/index.js');
  const rows: MetricRow[] = [];
  const sources: ReportInput['sources'][number][] = [];
  for (const file of files) {
    const absolute = path.resolve(ctx.cwd, file);
    let bytes: Uint8Array;
    try {
      bytes = await ctx.fs.read(absolute);
    } catch (error) {
      throw new FileError(errorCode(error), absolute, 'read');
    }
    const read = await readMetrics(file, bytes, context);
    rows.push(...read.rows);
    sources.push({ file, layout: read.layout, rows: read.rows.length, ...(read.dateOrder ? { dateOrder: read.dateOrder } : {}) });
  }
  return { rows, sources };
}
