import path from 'node:path';
import { Option, type Command } from 'commander';
import { PLAN_FORMATS, type PlanFormat } from '../io/exporters/index.js';
import { CannotRun, EXIT, useColor, type CliIo, type GlobalOptions } from './context.js';
import type { NetworkId } from '../core/networks.js';
import type { Holiday } from '../core/planner/types.js';
import type { Workspace } from '../core/workspace.js';
import type { Registrar } from './main.js';
import { todayIn } from './clock.js';

interface PlanFlags {
  from?: string;
  to?: string;
  network?: string[];
  format: PlanFormat;
  out?: string;
  force?: boolean;
  excel?: boolean;
  today?: string;
}

export function registerPlan(program: Command, { io, action }: Registrar): void {
  program
    .command('plan')
    .description('generate the publishing calendar from the editorial lines, key dates, holidays and blackouts')
    .option('--from <date>', 'first day, YYYY-MM-DD (default: period.start in edito.yaml, else today)')
    .option('--to <date>', 'last day, YYYY-MM-DD (default: period.end in edito.yaml, else 4 weeks)')
    .option('-n, --network <id...>', 'only these networks')
    .addOption(new Option('-f, --format <format>', 'output format').choices(PLAN_FORMATS).default('table'))
    .option('-o, --out <file>', 'write to this file (atomically) instead of stdout')
    .option('--force', 'overwrite the --out file if it exists')
    .option('--excel', 'csv: use ";" as separator, for French Excel')
    .option('--today <date>', 'the date taken as today, YYYY-MM-DD (default: today in the workspace time zone)')
    .action(action(async (options, globals) => runPlan(io, globals, options as unknown as PlanFlags)));
}

async function runPlan(io: CliIo, globals: GlobalOptions, flags: PlanFlags): Promise<number> {
  await import('../i18n/plan.js');
  const { isRealDate } = await import('../core/schemas/common.js');
  for (const flag of ['from', 'to', 'today'] as const) {
    const value = flags[flag];
    if (value !== undefined && !isRealDate(value)) throw new CannotRun('plan.bad_date', { flag: `--${flag}`, value });
  }
  if (flags.excel && flags.format !== 'csv') throw new CannotRun('plan.excel_csv_only');

  const { requireValidWorkspace } = await import('./workspace.js');
  const opened = await requireValidWorkspace(io, globals);
  const { workspace, t, locale } = opened;
  const timezone = workspace.settings.timezone;
  const today = flags.today ?? todayIn(io, timezone);
  const { from, to } = await rangeOf(flags, workspace.settings.period, today);
  if (workspace.lines.length === 0) throw new CannotRun('plan.no_lines');
  const networks = await networksOf(flags.network, workspace.lines.map((l) => l.network));

  const holidays = await holidaysOf(workspace, from, to, locale);
  const { plan } = await import('../core/planner/index.js');
  const result = plan(workspace, { from, to, today, timezone, networks, holidays });

  const exporter = await (await import('../io/exporters/index.js')).PLAN_EXPORTERS[flags.format]();
  const { effectiveLines } = await import('../core/effective.js');
  const themeLabels = Object.fromEntries(effectiveLines(workspace).map((l) => [l.network, Object.fromEntries(l.themes.map((th) => [th.id, th.label]))]));
  const text = exporter(result, {
    t,
    locale,
    color: flags.out === undefined && useColor(io, globals),
    brand: workspace.settings.brand,
    themeLabels,
    postTexts: Object.fromEntries(workspace.posts.map((p) => [p.file, p.body])),
    excel: flags.excel,
    vtimezone: flags.format === 'ics' ? await vtimezoneOf(timezone) : null,
  });

  if (flags.out === undefined) io.stdout.write(text);
  else await writeOut(io, flags.out, text, Boolean(flags.force));

  if (!globals.quiet) {
    const lines = [
      ...result.warnings.map((w) => t('plan.warning_line', { message: t(w.message) })),
      ...result.unplanned.map((u) => t('plan.unplanned_line', { ...u, reason: `plan.unplanned.${u.reason.replace('-', '_')}` })),
      t('plan.summary', {
        slots: result.slots.length,
        networks: new Set(result.slots.map((s) => s.network)).size,
        filled: result.slots.filter((s) => s.post !== null).length,
        warnings: result.warnings.length,
      }),
    ];
    io.stderr.write(`${lines.join('\n')}\n`);
    if (flags.out !== undefined) io.stdout.write(`${t('cli.written', { file: path.relative(io.cwd, path.resolve(io.cwd, flags.out)) })}\n`);
  }
  return EXIT.ok;
}

/** --from/--to, else the workspace period, else four weeks from today. */
async function rangeOf(flags: PlanFlags, period: { start: string; end: string } | undefined, today: string): Promise<{ from: string; to: string }> {
  const { addDays } = await import('../core/planner/dates.js');
  const from = flags.from ?? period?.start ?? today;
  const to = flags.to ?? (period && period.end >= from ? period.end : addDays(from, 27));
  if (from > to) throw new CannotRun('plan.range_order', { from, to });
  return { from, to };
}

async function networksOf(names: string[] | undefined, lines: readonly string[]): Promise<NetworkId[] | undefined> {
  if (!names) return undefined;
  const { canonicalNetworkId, NETWORK_IDS } = await import('../core/networks.js');
  return names.flatMap((name) => name.split(',')).filter(Boolean).map((name) => {
    const id = canonicalNetworkId(name);
    if (!id) throw new CannotRun('plan.unknown_network', { name, choices: NETWORK_IDS.join(', ') });
    if (!lines.includes(id)) throw new CannotRun('plan.no_line', { network: id, available: lines.join(', ') || '—' });
    return id;
  });
}

async function holidaysOf(workspace: Workspace, from: string, to: string, locale: string): Promise<Holiday[]> {
  const code = workspace.keyDates.holidays?.country ?? workspace.settings.country;
  if (code === undefined) return [];
  const { holidaysFor } = await import('../io/holidays.js');
  const holidays = await holidaysFor(code, from, to, locale);
  if ('unknown' in holidays) throw new CannotRun('plan.unknown_country', { code });
  return holidays;
}

async function vtimezoneOf(timezone: string): Promise<string> {
  const { default: zones } = await import('@touch4it/ical-timezones');
  const component = zones.getVtimezoneComponent(timezone);
  if (!component) throw new CannotRun('plan.no_vtimezone', { timezone });
  return component;
}

async function writeOut(io: CliIo, out: string, text: string, force: boolean): Promise<void> {
  const { checkWritable, writeFileAtomic } = await import('../io/atomic-write.js');
  const file = path.resolve(io.cwd, out);
  const refusal = await checkWritable(file, { force });
  if (refusal?.reason === 'exists') throw new CannotRun('cli.out_exists', { file: out });
  if (refusal?.reason === 'no-parent') throw new CannotRun('cli.out_dir_missing', { dir: path.relative(io.cwd, refusal.dir) || refusal.dir });
  await writeFileAtomic(file, text);
}
