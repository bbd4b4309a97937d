import path from 'node:path';
import type { Diagnostic } from '../core/diagnostics.js';
import type { NetworkId } from '../core/networks.js';
import type { Holiday, Plan } from '../core/planner/types.js';
import type { Workspace } from '../core/workspace.js';
import type { Locale, Translate } from '../i18n/index.js';
import type { Observation } from '../io/cache.js';
import type { Clock } from '../io/plan-cache.js';
import type { AnyExporter, PlanFormat } from '../io/exporters/index.js';
import { placeFindings } from '../io/workspace-loader.js';
import { todayIn, type AppContext } from './context.js';
import { CannotRun } from './errors.js';
import { errorCode, FileError } from './fs.js';
import { requireValidWorkspace, type WorkspaceRequest } from './workspace.js';

export interface PlanRequest extends WorkspaceRequest {
  from?: string | undefined;
  to?: string | undefined;
  today?: string | undefined;
  network?: readonly string[] | undefined;
  format: PlanFormat;
  /** Write here (atomically) instead of returning the text to print. */
  out?: string | undefined;
  force?: boolean | undefined;
  excel?: boolean | undefined;
  /** Whether the text may hold ANSI colours (a terminal, no --out). */
  color: boolean;
  /** The terminal's width, for the table; undefined: no limit. */
  width?: number | undefined;
  /** --max-years and --max-slots as given (docs/plan.md, "Bounds"). */
  maxYears?: string | undefined;
  maxSlots?: string | undefined;
  /** Where the run is, in the workspace's language, for a progress line. */
  progress?: ((message: string) => void) | undefined;
  /** --cache: note every question asked of the disk while reading the workspace (`Planned.observations`). */
  observe?: boolean | undefined;
}

export interface Planned {
  plan: Plan;
  /** The exported calendar, in the pieces it is produced in: read it once (already written to `out` when given); with `observe`, a list. */
  output: Iterable<string>;
  /** The plan's warnings in the diagnostic model, located in the files that cause them. */
  warnings: Diagnostic[];
  /** Absolute path written, with --out. */
  written: string | undefined;
  t: Translate;
  locale: Locale;
  /** The workspace folder. */
  root: string;
  /** With `observe`: what the workspace was read from, so that a cache can tell it is unchanged. */
  observations: Observation[];
  /** With `observe`: today as the clock gave it in the workspace's zone, and the instants it starts and ends at; undefined with --today. */
  clock: Clock | undefined;
}

/** `edito plan`: the calendar of the range, exported in one format. */
export async function planCalendar(ctx: AppContext, request: PlanRequest): Promise<Planned> {
  await import('../i18n/plan.js');
  await checkDateFlags(request, 'plan.bad_date');
  const { PLAN_EXPORTERS, prepareExport } = await import('../io/exporters/index.js');
  const exporter: AnyExporter = await PLAN_EXPORTERS[request.format]();
  const own = exporterOptions(exporter, request);
  const limits = await limitsOf(request);

  const observed = request.observe ? (await import('../io/cache.js')).observingFs(ctx.fs) : undefined;
  const opened = await requireValidWorkspace(observed ? { ...ctx, fs: observed.fs } : ctx, request);
  const { workspace, t, locale } = opened;
  const timezone = workspace.settings.timezone;
  const today = request.today ?? todayIn(ctx, timezone);
  const { from, to } = await rangeOf(request, workspace.settings.period, today);
  if (workspace.lines.length === 0) throw new CannotRun('plan.no_lines');
  const networks = await networksOf(request.network, workspace.lines.map((l) => l.network));
  // Before any holiday is loaded or slot placed: a range or a plan past the limits is one sentence.
  const { checkBounds } = await import('../core/planner/bounds.js');
  const refusal = checkBounds(workspace, { from, to, networks }, limits);
  if (refusal) throw new CannotRun(refusal.id, refusal.params);

  const progress = (id: string) => request.progress?.(t(id, { format: request.format }));
  progress('progress.plan_holidays');
  const holidays = await holidaysOf(workspace, from, to, locale);
  const { plan } = await import('../core/planner/index.js');
  progress('progress.plan_place');
  const result = plan(workspace, { from, to, today, timezone, networks, holidays });
  const clock = request.observe && request.today === undefined ? await clockDay(timezone, today) : undefined;
  progress('progress.plan_render');
  const extra = await prepareExport(exporter, result, { posts: workspace.posts, timezone });
  const options = { t, locale, color: request.color, width: request.width, brand: workspace.settings.brand, ...own, ...extra };
  // A format that has chunks is written as it is produced, never held whole.
  const pieces: Iterable<string> = exporter.chunks ? exporter.chunks(result, options) : [exporter.render(result, options)];
  // With `observe` (--cache) the calendar is kept whole: the cache holds it.
  const output = request.observe ? [...pieces] : pieces;

  let written: string | undefined;
  if (request.out !== undefined) written = await writeOut(ctx, request.out, output, request.force === true);
  return {
    plan: result, output, warnings: placeFindings(opened.load, result.warnings), written, t, locale, root: opened.root, observations: observed?.observations ?? [], clock,
  };
}

/**
 * The day `today` in `timezone`, from its first instant to the first of the
 * next day (ms); an empty span (never replayed) if the zone's rules make
 * those instants fall outside the day.
 */
async function clockDay(timezone: string, today: string): Promise<Clock> {
  const [{ addDays, zonedStart }, { localDateTimeOf }] = await Promise.all([import('../core/planner/dates.js'), import('../core/init/dates.js')]);
  const from = zonedStart(today, '00:00', timezone).instant;
  const until = zonedStart(addDays(today, 1), '00:00', timezone).instant;
  const within = (instant: number) => localDateTimeOf(new Date(instant), timezone).date === today;
  return within(from) && within(until - 1) && !within(from - 1) && !within(until) ? { timezone, today, from, until } : { timezone, today, from: 0, until: 0 };
}

/** --from, --to and --today, when given, must be real dates (YYYY-MM-DD). */
export async function checkDateFlags(request: { from?: string | undefined; to?: string | undefined; today?: string | undefined }, messageId: string): Promise<void> {
  const { isRealDate } = await import('../core/schemas/common.js');
  for (const flag of ['from', 'to', 'today'] as const) {
    const value = request[flag];
    if (value !== undefined && !isRealDate(value)) throw new CannotRun(messageId, { flag: `--${flag}`, value });
  }
}

/**
 * Writes `--out`: never over an existing file without --force, even one
 * another run creates meanwhile (the write itself is exclusive).
 */
export async function writeOut(ctx: AppContext, out: string, text: string | Iterable<string>, force: boolean): Promise<string> {
  if (out.trim() === '') throw new CannotRun('fs.out_empty');
  const written = path.resolve(ctx.cwd, out);
  // `--out name/` names a folder: never a file called `name`.
  if (/[\\/]$/.test(out) || (await ctx.fs.kind(written)) === 'directory') throw new FileError('EISDIR', written, 'write');
  const refusal = await ctx.fs.checkWritable(written, { force });
  if (refusal?.reason === 'exists') throw new CannotRun('cli.out_exists', { file: out });
  if (refusal?.reason === 'no-parent') throw new CannotRun('cli.out_dir_missing', { dir: path.relative(ctx.cwd, refusal.dir) || refusal.dir });
  try {
    await ctx.fs.writeAtomic(written, text, { exclusive: !force });
  } catch (error) {
    if (errorCode(error) === 'EEXIST' && !force) throw new CannotRun('cli.out_exists', { file: out });
    throw error;
  }
  return written;
}

/** The exporter's own flags, checked by its schema: `--excel` is csv's. */
function exporterOptions(exporter: AnyExporter, request: PlanRequest): Record<string, unknown> {
  const given = request.excel ? { excel: true } : {};
  if (!exporter.options) {
    if (Object.keys(given).length > 0) throw new CannotRun('plan.excel_csv_only');
    return {};
  }
  const parsed = exporter.options.safeParse(given);
  if (!parsed.success) throw new CannotRun('plan.excel_csv_only');
  return parsed.data as Record<string, unknown>;
}

/** --max-years and --max-slots: whole numbers from 1, else the defaults. */
async function limitsOf(request: PlanRequest): Promise<{ maxYears: number; maxSlots: number }> {
  const { DEFAULT_PLAN_LIMITS } = await import('../core/planner/bounds.js');
  const parse = (flag: string, value: string | undefined, fallback: number) => {
    if (value === undefined) return fallback;
    if (!/^[1-9]\d{0,14}$/.test(value.trim())) throw new CannotRun('plan.bad_limit', { flag, value });
    return Number(value.trim());
  };
  return { maxYears: parse('--max-years', request.maxYears, DEFAULT_PLAN_LIMITS.maxYears), maxSlots: parse('--max-slots', request.maxSlots, DEFAULT_PLAN_LIMITS.maxSlots) };
}

/** --from/--to, else the workspace period, else four weeks from today (never past 9999-12-31). */
export async function rangeOf(request: Pick<PlanRequest, 'from' | 'to'>, period: { start: string; end: string } | undefined, today: string): Promise<{ from: string; to: string }> {
  const { LAST_DAY, dayNumber, fromDayNumber } = await import('../core/planner/dates.js');
  const from = request.from ?? period?.start ?? today;
  const to = request.to ?? (period && period.end >= from ? period.end : fromDayNumber(Math.min(dayNumber(from) + 27, LAST_DAY)));
  if (from > to) throw new CannotRun('plan.range_order', { from, to });
  return { from, to };
}

async function networksOf(names: readonly string[] | undefined, lines: readonly string[]): Promise<NetworkId[] | undefined> {
  if (!names) return undefined;
  const { canonicalNetworkId, NETWORK_IDS } = await import('../core/networks.js');
  return names.flatMap((name) => name.split(',')).filter(Boolean).map((name) => {
    const id = canonicalNetworkId(name);
    if (!id) throw new CannotRun('plan.unknown_network', { name, choices: NETWORK_IDS.join(', ') });
    if (!lines.includes(id)) throw new CannotRun('plan.no_line', { network: id, available: lines.join(', ') || '—' });
    return id;
  });
}

/** The public holidays of the workspace's country over the range (none without a country). */
export async function holidaysOf(workspace: Workspace, from: string, to: string, locale: string): Promise<Holiday[]> {
  const code = workspace.keyDates.holidays?.country ?? workspace.settings.country;
  if (code === undefined) return [];
  const { holidaysFor } = await import('../io/holidays.js');
  const holidays = await holidaysFor(code, from, to, locale);
  if ('unknown' in holidays) throw new CannotRun('plan.unknown_country', { code });
  return holidays;
}
