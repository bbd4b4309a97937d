import path from 'node:path';
import { EXPORT_TARGET_IDS, type ExportTargetId } from '../io/exporters/export/index.js';
import { forTerminal } from '../io/sanitize.js';
import { defineCommand } from './command.js';
import text from './export.json' with { type: 'json' };
import { EXIT, useColor } from './context.js';
import { VERSION } from './version.js';

export const exportCommand = defineCommand(text, async ({ io, globals, options }) => {
  const [{ exportPosts }, { appContext }, { REPORTERS }] = await Promise.all([import('../app/export.js'), import('./clock.js'), import('../io/reporters/index.js')]);
  const flag = (name: string) => options[name] as string | undefined;
  const result = await exportPosts(appContext(io), {
    dir: globals.dir, locale: globals.locale, to: flag('to') as ExportTargetId | undefined, from: flag('from'), until: flag('until'),
    network: options.network as string[] | undefined, status: flag('status'), out: flag('out'), force: options.force === true,
    dateFormat: flag('dateFormat'), targetTimezone: flag('targetTimezone'), template: flag('template'), allowErrors: options.allowErrors === true,
    maxRows: flag('maxRows'),
  });
  const { t, opened, report } = result;
  const printed = result.files.find((f) => f.file === undefined);
  if (printed) io.stdout.write(printed.content);
  if (report.messages.length > 0) {
    const reporter = await REPORTERS.stylish();
    io.stderr.write(reporter(report, {
      t, locale: opened.locale, color: useColor(io, globals, io.stderr), root: opened.root, cwd: io.cwd, quiet: globals.quiet, version: VERSION, rules: [],
    }));
  }
  const skipped = result.skipped.lint + result.skipped.checks;
  if (!globals.quiet) {
    const target = result.target;
    const lines = [
      ...result.splits.map((s) => t('export.split', { ...s, group: s.group ?? target, target })),
      ...(result.emptyColumns.length > 0 ? [t('export.empty_columns', { columns: result.emptyColumns.join(', ') })] : []),
      ...(result.allowed > 0 ? [t('export.allowed', { count: result.allowed })] : []),
      result.exported === 0 && skipped === 0
        ? t('export.nothing', { target, statuses: result.statuses.join(',') })
        : skipped > 0
          ? t('export.summary_skipped', { exported: result.exported, target, skipped, ...result.skipped })
          : t('export.summary', { exported: result.exported, target }),
    ];
    io.stderr.write(`${lines.map(forTerminal).join('\n')}\n`);
    for (const file of result.files) {
      if (file.file !== undefined) io.stdout.write(`${forTerminal(t('export.written', { file: path.relative(io.cwd, file.file), rows: file.rows }))}\n`);
    }
  }
  return skipped > 0 ? EXIT.findings : EXIT.ok;
}, { to: EXPORT_TARGET_IDS });
