import path from 'node:path';
import { lint, ruleEnabled, startLint, type PostLinter } from '../core/lint/engine.js';
import type { LintEnvironment, LintResult, Rule } from '../core/lint/types.js';
import { MAX_PLAN_YEARS, MAX_POST_BYTES } from '../core/limits.js';
import { dayNumber, fromDayNumber } from '../core/dates.js';
import { maxRangeDays } from '../core/planner/bounds.js';
import { canonicalNetworkId, findNetwork } from '../core/networks.js';
import { RULE_IDS, loadRules } from '../core/rules/index.js';
import { ISO_DATE_PATTERN, isRealDate, severity as severitySchema, type Severity } from '../core/schemas/common.js';
import { suggest } from '../core/suggest.js';
import type { Post, Workspace } from '../core/workspace.js';
import { registerLintMessages } from '../i18n/lint.js';
import { csvPosts } from '../io/lint-csv.js';
import { fixedFiles, unifiedDiff } from '../io/lint-fix.js';
import { postBatches, postFilesIn, readPost, tooLargePost, unreadablePost, type PostListing } from '../io/posts.js';
import type { LintCacheFile } from '../io/lint-cache.js';
import type { LoadedSpeller } from '../io/spelling.js';
import { fileFinding, locate } from '../io/yaml-source.js';
import { byPlace, countsOf, msg, type Diagnostic } from '../core/diagnostics.js';
import { todayIn, type AppContext } from './context.js';
import { CannotRun } from './errors.js';
import { errorCode, toPosix } from './fs.js';
import { requireValidWorkspace, type OpenedWorkspace, type WorkspaceRequest } from './workspace.js';

export interface LintRequest extends WorkspaceRequest {
  /** Post files, folders, globs or .csv plans, as typed (relative to cwd). */
  paths: readonly string[];
  /** `--rule id:severity` values. */
  rule: readonly string[];
  today?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  maxWarnings?: string | undefined;
  /** One post read from standard input: its text and the path it stands for. */
  stdin?: { text: string; filename: string | undefined } | undefined;
  fix?: boolean | undefined;
  fixDryRun?: boolean | undefined;
  reportUnusedDisableDirectives?: boolean | undefined;
  /** --changed: only the posts changed since this git revision (the whole plan is still read, for the calendar rules). */
  changed?: string | undefined;
  /** Timings of each stage, for EDITO_DEBUG. */
  debug?: ((stage: string) => void) | undefined;
  /** Where the run is, in the workspace's language, for a progress line. */
  progress?: ((message: string) => void) | undefined;
  /**
   * Only the report is wanted (`Linted.posts` comes back empty): posts are
   * read, linted and let go a batch at a time. Not with --fix, --fix-dry-run
   * or --cache, which read every post first.
   */
  release?: boolean | undefined;
  /** --cache: reuse the reports of posts unchanged since the last run; `location` as typed (default <workspace>/.edito/cache); `version` is edito's. */
  cache?: { location?: string | undefined; version: string } | undefined;
}

export interface Linted {
  opened: OpenedWorkspace;
  report: LintResult;
  /** The posts linted, as read (export hands them on). */
  posts: readonly Post[];
  rules: readonly Rule[];
  /** What --fix wrote and could not write. */
  fixes: FixOutcome;
  /** With --fix-dry-run: the unified diff of what --fix would write. */
  diff: string | undefined;
  maxWarnings: number | undefined;
  /** The calendar rules' window when the period was longer than they look at: its first and last day, and the period's end. */
  clamped?: { from: string; to: string; end: string; years: number } | undefined;
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

/**
 * Paths, folders and globs of the command line → workspace-relative files, and
 * the entries refused by the posts policy (a folder is listed as `posts/` is; a
 * path inside the workspace whose link leads out, or a FIFO, is refused).
 */
async function expandPaths(ctx: AppContext, root: string, args: readonly string[]): Promise<PostListing> {
  const files: string[] = [];
  const problems: Diagnostic[] = [];
  const realRoot = await ctx.fs.realpath(root);
  for (const arg of args) {
    const absolute = path.resolve(ctx.cwd, arg);
    const relative = toPosix(path.relative(root, absolute));
    const inside = !relative.startsWith('..') && !path.isAbsolute(relative);
    const kind = await ctx.fs.kind(absolute);
    let found: string[];
    if (kind === 'directory' && inside) {
      const listing = await postFilesIn(ctx.fs, root, relative);
      problems.push(...listing.problems);
      found = listing.files.map((file) => path.join(root, file));
    } else if (kind === 'directory') found = await ctx.fs.glob('**/*.md', absolute);
    else if (kind === 'file') found = [absolute];
    else if (kind === 'other' || kind === 'loop') {
      const id = kind === 'loop' ? 'load.link_loop' : 'load.not_regular';
      problems.push(fileFinding(relative, 'link-refused', msg(id), msg(`${id}.hint`)));
      continue;
    } else found = await ctx.fs.glob(arg, ctx.cwd);
    if (inside && kind === 'file' && toPosix(path.relative(realRoot, await ctx.fs.realpath(absolute))).startsWith('..')) {
      problems.push(fileFinding(relative, 'link-refused', msg('load.link_outside'), msg('load.link_outside.hint')));
      continue;
    }
    found = found.filter((f) => f.endsWith('.md') || f.endsWith('.csv'));
    if (found.length === 0 && !problems.some((p) => p.file.startsWith(relative))) throw new CannotRun('lint.config.no_match', { pattern: arg });
    files.push(...found.sort().map((f) => toPosix(path.relative(root, f))));
  }
  return { files: [...new Set(files)], problems };
}

async function readCsv(ctx: AppContext, root: string, file: string): Promise<Post[]> {
  let bytes: Uint8Array;
  try {
    bytes = await ctx.fs.read(path.join(root, file));
  } catch (error) {
    throw new CannotRun('lint.csv.unreadable', { file, reason: errorCode(error) });
  }
  const read = csvPosts(file, Buffer.from(bytes).toString('utf8'));
  if (!read.ok) throw new CannotRun('lint.csv.no_text', { file });
  return read.posts;
}

/** Posts read, the files among them that could not be read, and how many files they came from. */
interface PostBatch {
  posts: Post[];
  problems: Diagnostic[];
  files: number;
}

/**
 * Every post of the workspace (calendar rules see the whole plan) plus the
 * files given, in their order and a batch at a time; Markdown through the one
 * post reader, a CSV plan as one batch. A post that cannot be read is an
 * error at its path, and the others are still linted.
 */
async function* postsIn(ctx: AppContext, root: string, files: readonly string[]): AsyncGenerator<PostBatch> {
  for (let i = 0; i < files.length;) {
    if (files[i]!.endsWith('.csv')) {
      yield { posts: await readCsv(ctx, root, files[i]!), problems: [], files: 1 };
      i += 1;
      continue;
    }
    let end = i;
    while (end < files.length && !files[end]!.endsWith('.csv')) end += 1;
    for await (const batch of postBatches(ctx.fs, root, files.slice(i, end))) {
      const posts: Post[] = [];
      const problems: Diagnostic[] = [];
      for (const entry of batch) {
        if ('unreadable' in entry) problems.push(unreadablePost(entry.file, entry.unreadable));
        else posts.push(entry.post);
      }
      yield { posts, problems, files: batch.length };
    }
    i = end;
  }
}

/** The lint report with the files that could not be linted added as errors at their path. */
function withFileProblems(report: LintResult, problems: readonly Diagnostic[]): LintResult {
  if (problems.length === 0) return report;
  const messages = [...report.messages, ...problems].sort(byPlace);
  const files = [...new Set([...report.files, ...problems.map((p) => p.file)])].sort();
  return { ...report, messages, files, ...countsOf(messages) };
}

/**
 * The calendar rules look at most MAX_PLAN_YEARS years from the window's
 * start (plan's own limit): a period ending 9999-12-31, the usual "no end",
 * would otherwise ask for a finding per empty day of 8,000 years.
 */
function clampWindow(window: { from?: string | undefined; to?: string | undefined }, period: { start: string; end: string } | undefined) {
  const from = window.from ?? period?.start;
  const end = window.to ?? period?.end;
  if (from === undefined || end === undefined || end < from) return undefined;
  const last = dayNumber(from) + maxRangeDays(MAX_PLAN_YEARS) - 1;
  if (dayNumber(end) <= last) return undefined;
  return { from, to: fromDayNumber(last), end, years: MAX_PLAN_YEARS };
}

/** `edito lint`: the posts against the charter, with --fix applied when asked. */
export async function lintPosts(ctx: AppContext, request: LintRequest): Promise<Linted> {
  const debug = request.debug ?? (() => undefined);
  registerLintMessages();
  const overrides = parseRuleFlags(request.rule);
  const window = { from: parseDate(request.from, 'lint.config.bad_window', 'from'), to: parseDate(request.to, 'lint.config.bad_window', 'to') };
  const todayFlag = parseDate(request.today, 'lint.config.bad_today');
  const maxWarnings = request.maxWarnings === undefined ? undefined : Number(request.maxWarnings);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    throw new CannotRun('lint.config.bad_max_warnings', { value: String(request.maxWarnings) });
  }
  if (request.stdin && !request.stdin.filename) throw new CannotRun('lint.config.stdin_filename');
  if (request.stdin && request.fix) throw new CannotRun('lint.config.fix_stdin');

  const rules = await loadRules();
  registerLintMessages(rules);
  const opened = await requireValidWorkspace(ctx, request, { posts: false });
  debug('workspace loaded');
  const { workspace, root } = opened;
  // Bad rule options are validate errors: requireValidWorkspace has refused them (exit 2).
  const clamped = clampWindow(window, workspace.settings.period);
  if (clamped) window.to = clamped.to;

  const listed = await postFilesIn(ctx.fs, root, workspace.paths.posts);
  const expanded = request.paths.length > 0 ? await expandPaths(ctx, root, request.paths) : { files: [], problems: [] };
  const defaults = listed.files;
  const changed = request.changed === undefined ? [] : await (await import('./git.js')).changedSince(ctx, root, request.changed, defaults);
  const given = [...new Set([...expanded.files, ...changed])];
  const stdinFile = request.stdin ? toPosix(path.relative(root, path.resolve(ctx.cwd, request.stdin.filename!))) : undefined;
  const files = [...new Set([...defaults, ...given])].filter((file) => file !== stdinFile);
  // The dictionary and twitter-text load while the posts are read.
  // With --cache the dictionary loads only when a post is not in the cache.
  const early = preload(workspace, rules, files.length > 0 || stdinFile !== undefined, overrides, request.cache === undefined);
  request.progress?.(opened.t('progress.read', { total: files.length }));
  const stdinPost = stdinFile === undefined ? undefined : postOfStdin(stdinFile, request.stdin!.text);
  const batches = async function* () {
    yield* postsIn(ctx, root, files);
    if (stdinPost) yield { posts: [stdinPost], problems: [], files: 1 };
  };
  const targets = stdinFile !== undefined ? new Set([stdinFile]) : given.length > 0 || request.changed !== undefined ? new Set(given) : undefined;
  const env = baseEnvironment(ctx, opened, todayFlag);
  const { progress } = request;
  const progressLint = progress ? (done: number, total: number) => progress(opened.t('progress.lint', { done, total })) : undefined;
  const input = {
    workspace, rules, ...(targets ? { targets } : {}), env, overrides, window,
    reportUnusedDirectives: request.reportUnusedDisableDirectives === true,
    ...(progressLint ? { onPost: progressLint } : {}),
  };
  const resources = { opened, rules, overrides, window, early, debug };
  const unread: Diagnostic[] = [];
  const posts: Post[] = [];
  let report: LintResult;
  let cache: LintCacheFile | undefined;
  let spellerFor = async (_list: readonly Post[]): Promise<void> => undefined;
  if (request.release === true && !request.fix && !request.fixDryRun && !request.cache) {
    const total = files.length + (stdinPost ? 1 : 0);
    report = await lintAsRead(batches(), startLint(input), env, resources, unread, progressLint && ((done: number) => progressLint(done, total)));
  } else {
    for await (const batch of batches()) {
      unread.push(...batch.problems);
      posts.push(...batch.posts);
    }
    debug(`${posts.length} posts read`);
    await equip(env, posts, resources);
    await withHolidays(env, new DateSpan(posts), resources);
    debug('resources loaded');
    const spelling = early.spelling && posts.length > 0;
    cache = request.cache ? await openCache(ctx, opened, request.cache, rules, overrides, env, spelling) : undefined;
    if (cache && spelling) spellerFor = spellerWhenMissed(cache, env, workspace, debug);
    await spellerFor(posts);
    report = lint({ ...input, posts, ...(cache ? { cache } : {}) });
  }
  // With files given, only their problems are reported (and those of the paths typed).
  const fileProblems = [...expanded.problems, ...[...listed.problems, ...unread].filter((p) => !targets || targets.has(p.file))]
    .filter((p, index, all) => all.findIndex((q) => q.file === p.file && q.ruleId === p.ruleId) === index);
  report = withFileProblems(report, fileProblems);
  debug(cache ? `rules run (cache: ${cache.hits} posts reused, ${cache.misses} linted)` : 'rules run');

  const fixes: FixOutcome = { written: [], failed: [] };
  let diff: string | undefined;
  if (request.fix || request.fixDryRun) {
    const fixed = fixedFiles(posts.filter((p) => p.source !== undefined && (!targets || targets.has(p.file))), report.messages);
    if (request.fixDryRun) {
      diff = [...fixed].map(([post, text]) => unifiedDiff(post.file, post.source!, text)).join('');
    } else {
      const applied = await writeFixes(ctx, root, fixed, fixes);
      if (applied.size > 0) {
        const after = posts.map((p) => (applied.has(p) ? readPost(p.file, applied.get(p)!) : p));
        await spellerFor(after);
        report = withFileProblems(lint({ ...input, ...(cache ? { cache } : {}), posts: after }), fileProblems);
      }
    }
  }
  if (cache && !(await cache.save())) debug('cache not written');
  return { opened, report, posts, rules, fixes, diff, maxWarnings, clamped };
}

/**
 * The --cache file, keyed by all a post's file and post reports depend on
 * besides its own text: edito's version and build, the workspace files (values and
 * layout: positions point into them), the --rule flags, the rules, today, the
 * time zone and the runtime's zone data, the holidays, the dictionary.
 */
async function openCache(
  ctx: AppContext,
  opened: OpenedWorkspace & { workspace: Workspace },
  options: { location?: string | undefined; version: string },
  rules: readonly Rule[],
  overrides: Record<string, Severity>,
  env: LintEnvironment,
  spelling: boolean,
): Promise<LintCacheFile> {
  const [{ openLintCache }, { buildFingerprint, cacheFile, dictionaryFingerprint, runtimeFingerprint, sha256 }] = await Promise.all([import('../io/lint-cache.js'), import('../io/cache.js')]);
  const { workspace, root } = opened;
  const language = workspace.charter.spelling?.language ?? workspace.settings.locale;
  const sources = [...opened.load.sources].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([file, source]) => [file, source.lineOffset, source.lineCounter.lineStarts, source.doc.toString()]);
  const key = sha256(JSON.stringify({
    version: options.version,
    build: buildFingerprint(),
    runtime: runtimeFingerprint(),
    workspace: {
      settings: workspace.settings, charter: workspace.charter, objectives: workspace.objectives, personas: workspace.personas,
      competitors: workspace.competitors, keyDates: workspace.keyDates, lines: workspace.lines, paths: workspace.paths,
    },
    sources,
    overrides,
    rules: rules.map((rule) => [rule.id, rule.scope, rule.defaultSeverity]),
    today: env.today,
    timezone: env.timezone,
    holidays: [...env.holidays],
    tweetLength: env.tweetLength !== undefined,
    dictionary: spelling ? dictionaryFingerprint(language) : 'none',
  }));
  const file = await cacheFile(ctx.fs, { cwd: ctx.cwd, root, location: options.location, name: 'edito-lint-cache.json' });
  return openLintCache(ctx.fs, file, key, rules.map((rule) => rule.id));
}

/** What --fix wrote, and what it could not write (with the error code): one failure never stops the others. */
export interface FixOutcome {
  written: string[];
  failed: { file: string; code: string }[];
}

async function writeFixes(ctx: AppContext, root: string, fixed: ReadonlyMap<Post, string>, outcome: FixOutcome): Promise<Map<Post, string>> {
  const applied = new Map<Post, string>();
  for (const [post, text] of fixed) {
    try {
      await ctx.fs.writeAtomic(path.join(root, post.file), text);
      applied.set(post, text);
      outcome.written.push(post.file);
    } catch (error) {
      outcome.failed.push({ file: post.file, code: errorCode(error) });
    }
  }
  return applied;
}

interface Preloaded {
  /** Whether the spelling rule is on (its dictionary loading now, or later with --cache). */
  spelling: boolean;
  speller: Promise<LoadedSpeller> | undefined;
  twitter: Promise<typeof import('twitter-text')> | undefined;
}

/** Networks whose profile counts length as X does: they need twitter-text. */
function countsLikeX(network: string): boolean {
  return findNetwork(network)?.counting === 'twitter-text';
}

/** Starts loading the dictionary (when spelling is on) and twitter-text (when a line counts as X does). */
function preload(workspace: Workspace, rules: readonly Rule[], anyPost: boolean, overrides: Record<string, Severity>, spellerNow: boolean): Preloaded {
  const language = workspace.charter.spelling?.language ?? workspace.settings.locale;
  const spelling = anyPost && ruleEnabled(workspace, rules, 'spelling', overrides);
  const speller = spelling && spellerNow
    ? import('../io/spelling.js').then(({ loadSpeller }) => loadSpeller(language))
    : undefined;
  const twitter = anyPost && workspace.lines.some((entry) => countsLikeX(entry.network)) ? import('twitter-text') : undefined;
  // Awaited later; a handler now keeps a failure from being reported as unhandled before then.
  speller?.catch(() => undefined);
  return { spelling, speller, twitter };
}

/**
 * Posts linted as they are read, each batch let go once linted (the linter
 * keeps what calendar rules need): the holidays, which only calendar rules
 * read, are looked up after the last batch, between the posts' first and last
 * dates. Posts that could not be read are added to `unread`; `progress` hears
 * how many files are done.
 */
async function lintAsRead(
  batches: AsyncIterable<PostBatch>,
  linter: PostLinter,
  env: LintEnvironment,
  resources: Resources,
  unread: Diagnostic[],
  progress: ((done: number) => void) | undefined,
): Promise<LintResult> {
  const dates = new DateSpan();
  let count = 0;
  let done = 0;
  for await (const batch of batches) {
    progress?.(done);
    done += batch.files;
    unread.push(...batch.problems);
    await equip(env, batch.posts, resources);
    dates.widen(batch.posts);
    for (const post of batch.posts) linter.add(post);
    count += batch.posts.length;
  }
  resources.debug(`${count} posts read and linted`);
  await withHolidays(env, dates, resources);
  resources.debug('resources loaded');
  return linter.finish();
}

/** The post given on standard input, as the one post reader reads a file. */
function postOfStdin(file: string, text: string): Post {
  const bytes = Buffer.byteLength(text);
  return bytes > MAX_POST_BYTES ? tooLargePost(file, bytes) : readPost(file, text);
}

/** With --cache the dictionary loads only when a post is not in the cache (also after --fix changed one). */
function spellerWhenMissed(cache: LintCacheFile, env: LintEnvironment, workspace: Workspace, debug: (stage: string) => void) {
  return async (list: readonly Post[]): Promise<void> => {
    if (env.speller || list.every((post) => cache.has(post))) return;
    const { loadSpeller } = await import('../io/spelling.js');
    const loaded = await loadSpeller(workspace.charter.spelling?.language ?? workspace.settings.locale);
    env.speller = loaded.speller;
    debug(`spelling dictionary loaded in ${Math.round(loaded.loadMs)} ms`);
  };
}

/** The first and last dates of the posts seen so far: the holidays are looked up between them when the workspace has no period. */
class DateSpan {
  first: string | undefined;
  last: string | undefined;

  constructor(posts: readonly Post[] = []) {
    this.widen(posts);
  }

  widen(posts: readonly Post[]): void {
    for (const post of posts) {
      const date = post.meta?.date.slice(0, 10);
      if (date === undefined) continue;
      if (this.first === undefined || date < this.first) this.first = date;
      if (this.last === undefined || date > this.last) this.last = date;
    }
  }
}

/** What loading the resources of a run depends on. */
interface Resources {
  opened: OpenedWorkspace & { workspace: Workspace };
  rules: readonly Rule[];
  overrides: Record<string, Severity>;
  window: { from?: string | undefined; to?: string | undefined };
  early: Preloaded;
  debug: (stage: string) => void;
}

/** The run's environment before any resource: today, the time zone, where line files' keys are. */
function baseEnvironment(ctx: AppContext, opened: OpenedWorkspace & { workspace: Workspace }, todayFlag: string | undefined): LintEnvironment {
  const timezone = opened.workspace.settings.timezone;
  return {
    today: todayFlag ?? todayIn(ctx, timezone),
    timezone,
    holidays: new Map(),
    linePosition: (file, keyPath) => {
      const source = opened.load.sources.get(file);
      return source ? locate(source, keyPath, true) : { line: 1, column: 1 };
    },
  };
}

/**
 * What the post rules need for these posts, loaded the first time some post
 * needs it: the dictionary (loading since the start, when spelling is on) and
 * twitter-text (when a post's network counts as X does).
 */
async function equip(env: LintEnvironment, posts: readonly Post[], { early, debug }: Resources): Promise<void> {
  if (posts.length === 0) return;
  if (!env.speller && early.speller) {
    const loaded = await early.speller;
    env.speller = loaded.speller;
    debug(`spelling dictionary loaded in ${Math.round(loaded.loadMs)} ms`);
  }
  const countsX = (post: Post) => post.meta !== undefined && countsLikeX(canonicalNetworkId(post.meta.network) ?? post.meta.network);
  if (!env.tweetLength && posts.some(countsX)) {
    const { default: twitter } = await (early.twitter ?? import('twitter-text'));
    env.tweetLength = (text) => twitter.parseTweet(text).weightedLength;
  }
}

/** The holidays of the calendar rules' window (the period, else the posts' dates), when the holiday or frequency-min rule is on. */
async function withHolidays(env: LintEnvironment, dates: DateSpan, { opened, rules, overrides, window }: Resources): Promise<void> {
  const { workspace } = opened;
  const country = workspace.keyDates.holidays?.country ?? workspace.settings.country;
  const from = window.from ?? workspace.settings.period?.start ?? dates.first;
  const to = window.to ?? workspace.settings.period?.end ?? dates.last;
  if (country && from && to && ['holiday', 'frequency-min'].some((id) => ruleEnabled(workspace, rules, id, overrides))) {
    const { holidaysFor } = await import('../io/holidays.js');
    const found = await holidaysFor(country, from, to, opened.locale);
    if (Array.isArray(found)) env.holidays = new Map(found.map((h) => [h.date, h.name]));
  }
}
