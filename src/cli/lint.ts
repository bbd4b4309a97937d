import { REPORT_FORMATS, type ReportFormat } from '../io/reporters/index.js';
import { defineCommand } from './command.js';
import text from './lint.json' with { type: 'json' };
import { EXIT, useColor, writeAll } from './context.js';
import { VERSION } from './version.js';
import { errnoHint, errnoReason } from '../app/fs.js';
import { forTerminal } from '../io/sanitize.js';
import { progressLine } from './progress.js';

export const lintCommand = defineCommand(text, async ({ io, globals, options, args }) => {
  const [{ lintPosts }, { appContext }, { REPORT_CHUNKS }, { ruleDocsPage }, { text: readStream }] = await Promise.all([
    import('../app/lint.js'), import('./clock.js'), import('../io/reporters/index.js'), import('../core/rules/index.js'),
    import('node:stream/consumers'),
  ]);
  const started = performance.now();
  const debug = io.env.EDITO_DEBUG
    ? (stage: string) => {
      const { heapUsed, rss } = process.memoryUsage();
      const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
      io.stderr.write(`edito: lint ${stage} at ${Math.round(performance.now() - started)} ms (heap ${mb(heapUsed)} MB, rss ${mb(rss)} MB)\n`);
    }
    : undefined;
  const stdin = options.stdin
    ? { text: options.stdinFilename && io.stdin ? await readStream(io.stdin) : '', filename: options.stdinFilename as string | undefined }
    : undefined;
  const flag = (name: string) => options[name] as string | undefined;
  const format = options.format as ReportFormat;
  const progress = progressLine(io, globals);
  const result = await lintPosts(appContext(io), {
    dir: globals.dir, locale: globals.locale, paths: args, rule: options.rule as string[], stdin, debug, progress: progress.update,
    today: flag('today'), from: flag('from'), to: flag('to'), maxWarnings: flag('maxWarnings'),
    changed: options.changed === undefined ? undefined : options.changed === true ? 'HEAD' : String(options.changed),
    fix: options.fix === true, fixDryRun: options.fixDryRun === true, reportUnusedDisableDirectives: options.reportUnusedDisableDirectives === true,
    cache: options.cache === true ? { location: flag('cacheLocation'), version: VERSION } : undefined,
    // The report is all this command prints: posts go once linted.
    release: true,
  }).finally(progress.end);
  const { opened, report } = result;
  if (result.diff !== undefined) {
    io.stdout.write(result.diff);
    return EXIT.ok;
  }
  if (result.clamped && !globals.quiet) io.stderr.write(`${forTerminal(opened.t('lint.window_clamped', result.clamped))}\n`);
  const { written, failed } = result.fixes;
  if (written.length > 0 && !globals.quiet && format === 'stylish') {
    io.stderr.write(`${opened.t('lint.fixed', { count: written.length })}\n${written.map((file) => `  ${forTerminal(file)}\n`).join('')}`);
  }
  for (const { file, code } of failed) {
    const hint = errnoHint(code);
    io.stderr.write(`edito: ${forTerminal(opened.t('lint.fix_not_written', { file, reason: errnoReason(code) }))}\n${hint ? `  → ${forTerminal(opened.t(hint))}\n` : ''}`);
  }
  const rules = result.rules.map((rule) => ({
    id: rule.id, description: rule.description, defaultSeverity: rule.defaultSeverity, tags: [rule.scope], fixable: rule.fixable === true,
    docs: ruleDocsPage(rule.id),
  }));
  const project = await import('./project.js');
  const sarif = format === 'sarif' ? await project.sarifOptions(appContext(io), opened.root) : {};
  const cwd = await project.shownFrom(appContext(io), format, opened.root);
  const reporter = await REPORT_CHUNKS[format]();
  await writeAll(io.stdout, reporter(report, {
    t: opened.t, locale: opened.locale, color: useColor(io, globals), root: opened.root, cwd, quiet: globals.quiet, verbose: options.verbose === true, version: VERSION, rules, ...sarif,
  }));
  debug?.('reported');
  if (failed.length > 0) return EXIT.cannotRun;
  if (report.errorCount > 0) return EXIT.findings;
  if (result.maxWarnings !== undefined && report.warningCount > result.maxWarnings) {
    io.stderr.write(`${opened.t('lint.too_many_warnings', { max: result.maxWarnings })}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}, { format: REPORT_FORMATS });
