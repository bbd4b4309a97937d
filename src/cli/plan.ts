import path from 'node:path';
import { PLAN_FORMATS, type PlanFormat } from '../io/exporters/index.js';
import { forTerminal } from '../io/sanitize.js';
import { ref } from '../core/diagnostics.js';
import { defineCommand } from './command.js';
import text from './plan.json' with { type: 'json' };
import { EXIT, useColor, writeAll } from './context.js';
import { VERSION } from './version.js';

const STDOUT_NAMES = ['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1'];

/** Columns of the terminal stdout is, else none: a pipe or a file takes every column. */
function terminalWidth(io: { stdout: { isTTY?: boolean; columns?: number } }): number | undefined {
  if (io.stdout.isTTY !== true) return undefined;
  return io.stdout.columns && io.stdout.columns > 0 ? io.stdout.columns : 80;
}

export const planCommand = defineCommand(text, async ({ io, globals, options }) => {
  const [{ planCalendar }, { appContext }] = await Promise.all([import('../app/plan.js'), import('./clock.js')]);
  const flag = (name: string) => options[name] as string | undefined;
  // `--out -` is standard output, as in most CLIs; so is /dev/stdout, which cannot be opened when stdout is a socket (ENXIO).
  const out = STDOUT_NAMES.includes(flag('out') ?? '') ? undefined : flag('out');
  const [{ progressLine }, { planWarningLines }] = await Promise.all([import('./progress.js'), import('../io/plan-warnings.js')]);
  const progress = progressLine(io, globals);
  const cache = options.cache === true;
  const result = await planCalendar(appContext(io), {
    dir: globals.dir, locale: globals.locale, from: flag('from'), to: flag('to'), today: flag('today'),
    network: options.network as string[] | undefined, format: options.format as PlanFormat, out, force: options.force === true,
    excel: options.excel === true, maxYears: flag('maxYears'), maxSlots: flag('maxSlots'), color: out === undefined && useColor(io, globals),
    progress: progress.update, width: out === undefined && options.wide !== true ? terminalWidth(io) : undefined, observe: cache,
  }).finally(progress.end);
  if (out === undefined) await writeAll(io.stdout, result.output);
  let stderr = '';
  let trailer = '';
  if (!globals.quiet) {
    const { plan, t, locale } = result;
    const lines = [
      ...planWarningLines(plan.warnings, t, locale, options.verbose === true),
      ...plan.unplanned.map((u) => {
        const reason = ref(`plan.unplanned.${u.reason.replace('-', '_')}`);
        const line = t('plan.unplanned_line', { post: u.post, network: u.network, date: u.date, reason });
        return u.freeSlot ? `${line}${t('plan.unplanned_free', { slot: `${u.freeSlot.date} ${u.freeSlot.time}` })}` : line;
      }),
      t('plan.summary', {
        slots: plan.slots.length,
        networks: new Set(plan.slots.map((s) => s.network)).size,
        filled: plan.slots.filter((s) => s.post !== null).length,
        warnings: plan.warnings.length,
      }),
    ];
    stderr = `${lines.map(forTerminal).join('\n')}\n`;
    io.stderr.write(stderr);
    if (result.written !== undefined) io.stdout.write((trailer = `${t('cli.written', { file: path.relative(io.cwd, result.written) })}\n`));
  }
  if (cache) {
    const { planCacheFile, planRunKey, writePlanRecord } = await import('../io/plan-cache.js');
    const { fs } = appContext(io);
    const key = planRunKey(io, VERSION);
    const file = await planCacheFile(fs, { cwd: io.cwd, root: result.root, location: flag('cacheLocation'), key });
    const saved = await writePlanRecord(fs, file, key, {
      observations: result.observations, clock: result.clock, stderr, trailer,
      out: result.written === undefined ? undefined : { file: result.written, force: options.force === true },
    }, [...result.output].join(''));
    if (!saved && io.env.EDITO_DEBUG) io.stderr.write('edito: plan cache not written\n');
  }
  return EXIT.ok;
}, { format: PLAN_FORMATS });
