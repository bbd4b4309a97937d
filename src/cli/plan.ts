import path from 'node:path';
import { PLAN_FORMATS, type PlanFormat } from '../io/exporters/index.js';
import type { CommandSpec } from './command.js';
import { EXIT, useColor } from './context.js';

export const planCommand: CommandSpec = {
  name: 'plan',
  description: 'generate the publishing calendar from the editorial lines, key dates, holidays and blackouts',
  options: [
    { flags: '--from <date>', description: 'first day, YYYY-MM-DD (default: period.start in edito.yaml, else today)' },
    { flags: '--to <date>', description: 'last day, YYYY-MM-DD (default: period.end in edito.yaml, else 4 weeks)' },
    { flags: '-n, --network <id...>', description: 'only these networks' },
    { flags: '-f, --format <format>', description: 'output format', choices: PLAN_FORMATS, default: 'table' },
    { flags: '-o, --out <file>', description: 'write to this file (atomically) instead of stdout' },
    { flags: '--force', description: 'overwrite the --out file if it exists' },
    { flags: '--excel', description: 'csv: use ";" as separator, for French Excel' },
    { flags: '--today <date>', description: 'the date taken as today, YYYY-MM-DD (default: today in the workspace time zone)' },
  ],
  run: async ({ io, globals, options }) => {
    const [{ planCalendar }, { appContext }] = await Promise.all([import('../app/plan.js'), import('./clock.js')]);
    const flag = (name: string) => options[name] as string | undefined;
    const out = flag('out');
    const result = await planCalendar(appContext(io), {
      dir: globals.dir, locale: globals.locale, from: flag('from'), to: flag('to'), today: flag('today'),
      network: options.network as string[] | undefined, format: options.format as PlanFormat, out, force: options.force === true,
      excel: options.excel === true, color: out === undefined && useColor(io, globals),
    });
    if (out === undefined) io.stdout.write(result.text);
    if (!globals.quiet) {
      const { plan, t } = result;
      const lines = [
        ...plan.warnings.map((w) => t('plan.warning_line', { message: t(w.message) })),
        ...plan.unplanned.map((u) => t('plan.unplanned_line', { ...u, reason: `plan.unplanned.${u.reason.replace('-', '_')}` })),
        t('plan.summary', {
          slots: plan.slots.length,
          networks: new Set(plan.slots.map((s) => s.network)).size,
          filled: plan.slots.filter((s) => s.post !== null).length,
          warnings: plan.warnings.length,
        }),
      ];
      io.stderr.write(`${lines.join('\n')}\n`);
      if (result.written !== undefined) io.stdout.write(`${t('cli.written', { file: path.relative(io.cwd, result.written) })}\n`);
    }
    return EXIT.ok;
  },
};
