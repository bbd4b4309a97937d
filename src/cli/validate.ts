import path from 'node:path';
import { REPORT_FORMATS, type ReportFormat } from '../io/reporters/index.js';
import { defineCommand } from './command.js';
import text from './validate.json' with { type: 'json' };
import { EXIT, useColor } from './context.js';
import { VERSION } from './version.js';

export const validateCommand = defineCommand(text, async ({ io, globals, options }) => {
  const [{ validate }, { appContext }, { REPORTERS }] = await Promise.all([
    import('../app/validate.js'), import('./clock.js'), import('../io/reporters/index.js'),
  ]);
  const result = await validate(appContext(io), globals);
  const format = options.format as ReportFormat;
  const reporter = await REPORTERS[format]();
  const project = await import('./project.js');
  const text = reporter(result.report, {
    t: result.t, locale: result.locale, color: useColor(io, globals), root: result.root, cwd: await project.shownFrom(appContext(io), format, result.root),
    quiet: globals.quiet, version: VERSION, rules: result.checks,
    ...(format === 'sarif' ? await project.sarifOptions(appContext(io), result.root) : {}),
  });
  const clean = format === 'stylish' && text === '' && !globals.quiet;
  io.stdout.write(clean ? `${result.t('report.clean', { dir: path.relative(io.cwd, result.root) || '.' })}\n` : text);
  return result.report.errorCount > 0 ? EXIT.findings : EXIT.ok;
}, { format: REPORT_FORMATS });
