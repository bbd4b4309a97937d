import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { text as readStream } from 'node:stream/consumers';
import { RULE_IDS } from '../core/rule-ids.js';
import { lint, ruleEnabled } from '../core/lint/engine.js';
import type { LintEnvironment, LintPost } from '../core/lint/types.js';
import type { Workspace } from '../core/workspace.js';
import { ISO_DATE_PATTERN, isRealDate, severity as severitySchema, type Severity } from '../core/schemas/common.js';
import { RULES } from '../core/rules/index.js';
import { suggest } from '../core/suggest.js';
import { registerLintMessages } from '../i18n/lint.js';
import { csvPosts } from '../io/lint-csv.js';
import { fixedFiles, unifiedDiff } from '../io/lint-fix.js';
import { markdownPost, type MarkdownPost } from '../io/lint-posts.js';
import type { LoadedSpeller } from '../io/spelling.js';
import { LINT_REPORTERS, type LintFormat } from '../io/reporters/lint-reporters.js';
import { decodeUtf8, locate } from '../io/yaml-source.js';
import { CannotRun, EXIT, useColor, type CliIo, type GlobalOptions } from './context.js';
import { VERSION } from './main.js';
import { requireValidWorkspace } from './workspace.js';
import { todayIn } from './clock.js';

export interface LintFlags {
  format: LintFormat;
  maxWarnings?: string;
  rule: string[];
  today?: string;
  from?: string;
  to?: string;
  stdin?: boolean;
  stdinFilename?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  reportUnusedDisableDirectives?: boolean;
}

function parseDate(value: string | undefined, messageId: string, flag?: string): string | undefined {
  if (value === undefined) return undefined;
  if (!ISO_DATE_PATTERN.test(value) || !isRealDate(value)) throw new CannotRun(messageId, { value, ...(flag ? { flag } : {}) });
  return value;
}

/** `--rule spelling:off` flags → rule id → severity; unknown ids stop the run with "did you mean". */
function parseRuleFlags(values: readonly string[]): Record<string, Severity> {
  const out: Record<string, Severity> = {};
  for (const value of values) {
    const [id = '', level = ''] = value.split(':', 2);
    if (!(RULE_IDS as readonly string[]).includes(id)) {
      const suggestion = suggest(id, RULE_IDS);
      throw new CannotRun('lint.config.unknown_rule', { id, ...(suggestion ? { suggestion } : {}) }, suggestion ? 'hint.did_you_mean' : undefined);
    }
    const parsed = severitySchema.safeParse(level);
    if (!parsed.success) throw new CannotRun('lint.config.bad_rule_flag', { value });
    out[id] = parsed.data;
  }
  return out;
}

const toPosix = (p: string) => p.split(path.sep).join('/');

async function readPostFile(root: string, file: string): Promise<MarkdownPost> {
  let bytes: Buffer;
  try {
    // Synchronous: for thousands of small files it is several times faster than the promise API.
    bytes = readFileSync(path.join(root, file));
  } catch (error) {
    throw new CannotRun('load.unreadable', { reason: `${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}` });
  }
  // The lenient decoder is fast; only a text with a replacement character goes through the strict one.
  const text = bytes.toString('utf8');
  const decoded = text.includes('\uFFFD') ? decodeUtf8(bytes) : { ok: true as const, text };
  if (!decoded.ok) {
    const post = markdownPost(file, '');
    return { ...post, problems: [{ keyPath: [], severity: 'error', message: { id: 'load.not_utf8' }, hint: { id: 'load.not_utf8.hint' }, ...decoded.position }] };
  }
  return markdownPost(file, decoded.text);
}

async function readCsv(root: string, file: string): Promise<LintPost[]> {
  let text: string;
  try {
    text = await readFile(path.join(root, file), 'utf8');
  } catch (error) {
    throw new CannotRun('lint.csv.unreadable', { file, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  const read = csvPosts(file, text);
  if (!read.ok) throw new CannotRun('lint.csv.no_text', { file });
  return read.posts;
}

/** Paths, folders and globs of the command line → workspace-relative files. */
async function expandPaths(io: CliIo, root: string, args: readonly string[]): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  const { stat } = await import('node:fs/promises');
  const files: string[] = [];
  for (const arg of args) {
    const absolute = path.resolve(io.cwd, arg);
    const info = await stat(absolute).catch(() => undefined);
    let found: string[];
    if (info?.isFile()) found = [absolute];
    else if (info?.isDirectory()) found = await glob('**/*.md', { cwd: absolute, absolute: true });
    else found = await glob(arg, { cwd: io.cwd, absolute: true });
    found = found.filter((f) => f.endsWith('.md') || f.endsWith('.csv'));
    if (found.length === 0) throw new CannotRun('lint.config.no_match', { pattern: arg });
    files.push(...found.sort().map((f) => toPosix(path.relative(root, f))));
  }
  return [...new Set(files)];
}

/** Maps `items` with at most 64 reads in flight, keeping their order. */
async function inBatches<T, R>(items: readonly T[], read: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += 64) {
    out.push(...(await Promise.all(items.slice(i, i + 64).map(read))));
    // Let the dictionary, compiling in the background, finish its loading between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return out;
}

export async function runLint(io: CliIo, flags: LintFlags, globals: GlobalOptions, args: readonly string[]): Promise<number> {
  registerLintMessages();
  const overrides = parseRuleFlags(flags.rule);
  const window = { from: parseDate(flags.from, 'lint.config.bad_window', 'from'), to: parseDate(flags.to, 'lint.config.bad_window', 'to') };
  const todayFlag = parseDate(flags.today, 'lint.config.bad_today');
  const maxWarnings = flags.maxWarnings === undefined ? undefined : Number(flags.maxWarnings);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    throw new CannotRun('lint.config.bad_max_warnings', { value: String(flags.maxWarnings) });
  }
  if (flags.stdin && !flags.stdinFilename) throw new CannotRun('lint.config.stdin_filename');
  if (flags.stdin && flags.fix) throw new CannotRun('lint.config.fix_stdin');

  const started = performance.now();
  const debug = (stage: string) => {
    if (io.env.EDITO_DEBUG) io.stderr.write(`edito: lint ${stage} at ${Math.round(performance.now() - started)} ms\n`);
  };
  const opened = await requireValidWorkspace(io, globals, { posts: false });
  debug('workspace loaded');
  const { workspace, root, t } = opened;
  // Bad rule options are validate errors: requireValidWorkspace has refused them (exit 2).

  // Every post of the workspace: calendar rules see the whole plan.
  const { glob } = await import('tinyglobby');
  const postDir = path.join(root, workspace.paths.posts);
  const defaults = (await glob('**/*.md', { cwd: postDir })).sort().map((f) => toPosix(path.join(workspace.paths.posts, f)));
  const given = args.length > 0 ? await expandPaths(io, root, args) : [];
  const stdinFile = flags.stdin ? toPosix(path.relative(root, path.resolve(io.cwd, flags.stdinFilename!))) : undefined;
  const markdown = new Map<string, MarkdownPost>();
  const posts: LintPost[] = [];
  const files = [...new Set([...defaults, ...given])].filter((file) => file !== stdinFile);
  // The dictionary and twitter-text load while the posts are read.
  const early = preload(workspace, files.length > 0 || stdinFile !== undefined, overrides);
  const read = await inBatches(files, (file): Promise<LintPost[] | MarkdownPost> => (file.endsWith('.csv') ? readCsv(root, file) : readPostFile(root, file)));
  for (const found of read) {
    if (Array.isArray(found)) {
      posts.push(...found);
      continue;
    }
    markdown.set(found.file, found);
    posts.push(found);
  }
  if (stdinFile !== undefined) {
    const text = io.stdin ? await readStream(io.stdin) : '';
    const post = markdownPost(stdinFile, text);
    markdown.set(stdinFile, post);
    posts.push(post);
  }
  const targets = stdinFile !== undefined ? new Set([stdinFile]) : given.length > 0 ? new Set(given) : undefined;

  debug(`${posts.length} posts read`);
  const env = await environment(io, opened, posts, overrides, todayFlag, window, early);
  debug('resources loaded');
  const input = {
    workspace, rules: RULES, posts, ...(targets ? { targets } : {}), env, overrides, window,
    reportUnusedDirectives: flags.reportUnusedDisableDirectives === true,
  };
  let result = lint(input);
  debug('rules run');

  if (flags.fix || flags.fixDryRun) {
    const fixed = fixedFiles([...markdown.values()].filter((p) => !targets || targets.has(p.file)), result.messages);
    if (flags.fixDryRun) {
      for (const [post, text] of fixed) io.stdout.write(unifiedDiff(post.file, post.source, text));
      return EXIT.ok;
    }
    const { writeFileAtomic } = await import('../io/atomic-write.js');
    for (const [post, text] of fixed) await writeFileAtomic(path.join(root, post.file), text);
    if (fixed.size > 0) {
      const again = posts.map((p) => {
        const changed = markdown.get(p.file);
        const text = changed && fixed.get(changed);
        return text === undefined ? p : markdownPost(p.file, text);
      });
      result = lint({ ...input, posts: again });
      if (!globals.quiet && flags.format === 'stylish') io.stderr.write(`${t('lint.fixed', { count: fixed.size })}\n`);
    }
  }

  const reporter = LINT_REPORTERS[flags.format];
  io.stdout.write(reporter(result, {
    t, color: useColor(io, globals), root, cwd: io.cwd, quiet: globals.quiet, version: VERSION, locale: opened.locale,
  }));
  debug('reported');
  if (result.errorCount > 0) return EXIT.findings;
  if (maxWarnings !== undefined && result.warningCount > maxWarnings) {
    io.stderr.write(`${t('lint.too_many_warnings', { max: maxWarnings })}\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

interface Preloaded {
  speller: Promise<LoadedSpeller> | undefined;
  twitter: Promise<typeof import('twitter-text')> | undefined;
}

/** Starts loading the dictionary (when spelling is on) and twitter-text (when the workspace has an X line). */
function preload(workspace: Workspace, anyPost: boolean, overrides: Record<string, Severity>): Preloaded {
  const language = workspace.charter.spelling?.language ?? workspace.settings.locale;
  const speller = anyPost && ruleEnabled(workspace, RULES, 'spelling', overrides)
    ? import('../io/spelling.js').then(({ loadSpeller }) => loadSpeller(language))
    : undefined;
  const twitter = anyPost && workspace.lines.some((entry) => entry.network === 'x') ? import('twitter-text') : undefined;
  // Awaited later; a handler now keeps a failure from being reported as unhandled before then.
  speller?.catch(() => undefined);
  return { speller, twitter };
}

/** Loads only what the run needs: the dictionary, twitter-text and holidays when a rule uses them. */
async function environment(
  io: CliIo,
  opened: Awaited<ReturnType<typeof requireValidWorkspace>>,
  posts: readonly LintPost[],
  overrides: Record<string, Severity>,
  todayFlag: string | undefined,
  window: { from?: string | undefined; to?: string | undefined },
  early: Preloaded,
): Promise<LintEnvironment> {
  const { workspace } = opened;
  const timezone = workspace.settings.timezone;
  const networks = new Set(posts.map((p) => p.meta?.network).filter((n): n is string => n !== undefined).map((n) => n.toLowerCase()));
  const env: LintEnvironment = {
    today: todayFlag ?? todayIn(io, timezone),
    timezone,
    holidays: new Map(),
    linePosition: (file, keyPath) => {
      const source = opened.load.sources.get(file);
      return source ? locate(source, keyPath, true) : { line: 1, column: 1 };
    },
  };
  if (networks.has('x') || networks.has('twitter')) {
    const { default: twitter } = await (early.twitter ?? import('twitter-text'));
    env.tweetLength = (text) => twitter.parseTweet(text).weightedLength;
  }
  if (posts.length > 0 && early.speller) {
    const loaded = await early.speller;
    env.speller = loaded.speller;
    if (io.env.EDITO_DEBUG) io.stderr.write(`edito: spelling dictionary loaded in ${Math.round(loaded.loadMs)} ms\n`);
  }
  const country = workspace.keyDates.holidays?.country ?? workspace.settings.country;
  const dates = posts.map((p) => p.meta?.date.slice(0, 10)).filter((d): d is string => d !== undefined).sort();
  const from = window.from ?? workspace.settings.period?.start ?? dates[0];
  const to = window.to ?? workspace.settings.period?.end ?? dates.at(-1);
  if (country && from && to && ['holiday', 'frequency-min'].some((id) => ruleEnabled(workspace, RULES, id, overrides))) {
    const { holidaysFor } = await import('../io/holidays.js');
    const found = await holidaysFor(country, from, to, opened.locale);
    if (Array.isArray(found)) env.holidays = new Map(found.map((h) => [h.date, h.name]));
  }
  return env;
}
