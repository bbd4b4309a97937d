import { REPORT_FORMATS, type ReportFormat } from '../io/reporters/index.js';
import type { CommandSpec } from './command.js';
import { EXIT, useColor } from './context.js';
import { VERSION } from './version.js';

export const lintCommand: CommandSpec = {
  name: 'lint',
  description: 'check posts against the charter: length, hashtags, tone, spelling, links, calendar (docs/rules.md)',
  arguments: [{ name: '[paths...]', description: 'post files, folders, globs or a .csv plan (default: the posts folder)' }],
  options: [
    { flags: '-f, --format <format>', description: 'output format', choices: REPORT_FORMATS, default: 'stylish' },
    { flags: '--max-warnings <count>', description: 'exit 1 when there are more warnings than this' },
    { flags: '--rule <id:severity>', description: 'set a rule severity (error, warning, info, off); repeatable', repeatable: true },
    { flags: '--today <date>', description: 'the date taken as today, YYYY-MM-DD (default: today in the workspace timezone)' },
    { flags: '--from <date>', description: 'start of the window of the calendar rules (default: period.start)' },
    { flags: '--to <date>', description: 'end of the window of the calendar rules (default: period.end)' },
    { flags: '--stdin', description: 'lint one post read from standard input' },
    { flags: '--stdin-filename <path>', description: 'the path of the post read with --stdin' },
    { flags: '--fix', description: 'apply the safe fixes (substitutions, missing UTM parameters) and report what is left' },
    { flags: '--fix-dry-run', description: 'print the diff --fix would apply, write nothing' },
    { flags: '--report-unused-disable-directives', description: 'report edito-disable comments that silence nothing' },
  ],
  run: async ({ io, globals, options, args }) => {
    const [{ lintPosts }, { appContext }, { REPORTERS }, { ruleDocsUrl }, { text: readStream }] = await Promise.all([
      import('../app/lint.js'), import('./clock.js'), import('../io/reporters/index.js'), import('../core/rules/index.js'),
      import('node:stream/consumers'),
    ]);
    const started = performance.now();
    const debug = io.env.EDITO_DEBUG
      ? (stage: string) => io.stderr.write(`edito: lint ${stage} at ${Math.round(performance.now() - started)} ms\n`)
      : undefined;
    const stdin = options.stdin
      ? { text: options.stdinFilename && io.stdin ? await readStream(io.stdin) : '', filename: options.stdinFilename as string | undefined }
      : undefined;
    const flag = (name: string) => options[name] as string | undefined;
    const result = await lintPosts(appContext(io), {
      dir: globals.dir, locale: globals.locale, paths: args, rule: options.rule as string[], stdin, debug,
      today: flag('today'), from: flag('from'), to: flag('to'), maxWarnings: flag('maxWarnings'),
      fix: options.fix === true, fixDryRun: options.fixDryRun === true, reportUnusedDisableDirectives: options.reportUnusedDisableDirectives === true,
    });
    const { opened, report } = result;
    if (result.diff !== undefined) {
      io.stdout.write(result.diff);
      return EXIT.ok;
    }
    const format = options.format as ReportFormat;
    if (result.fixedCount > 0 && !globals.quiet && format === 'stylish') io.stderr.write(`${opened.t('lint.fixed', { count: result.fixedCount })}\n`);
    const rules = result.rules.map((rule) => ({
      id: rule.id, description: rule.description, defaultSeverity: rule.defaultSeverity, tags: [rule.scope], fixable: rule.fixable === true,
      helpUri: ruleDocsUrl(rule.id),
    }));
    const reporter = await REPORTERS[format]();
    io.stdout.write(reporter(report, {
      t: opened.t, locale: opened.locale, color: useColor(io, globals), root: opened.root, cwd: io.cwd, quiet: globals.quiet, version: VERSION, rules,
    }));
    debug?.('reported');
    if (report.errorCount > 0) return EXIT.findings;
    if (result.maxWarnings !== undefined && report.warningCount > result.maxWarnings) {
      io.stderr.write(`${opened.t('lint.too_many_warnings', { max: result.maxWarnings })}\n`);
      return EXIT.findings;
    }
    return EXIT.ok;
  },
};
