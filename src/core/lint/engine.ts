import { effectiveLine, type EffectiveLine } from '../effective.js';
import { canonicalNetworkId } from '../networks.js';
import { zonedStart } from '../planner/dates.js';
import type { Severity } from '../schemas/common.js';
import { LOCAL_DATE_TIME_PATTERN } from '../schemas/common.js';
import type { EditorialLine } from '../schemas/files.js';
import type { Workspace } from '../workspace.js';
import { charterLayer, resolveSettings, type RuleSettings } from './config.js';
import { DirectiveIndex, parseDirectives, type Directive } from './directives.js';
import { analyseText, bodyPositions } from './text.js';
import { byPlace, countsOf, msg, type Diagnostic, type Fix, type MessageParam, type MessageRef, type Position } from '../diagnostics.js';
import { MAX_FINDINGS_PER_RULE, MAX_POST_BYTES } from '../limits.js';
import type { CalendarPost, LintEnvironment, Post, LintResult, LintSeverity, LintWorkspace, Rule, RuleReport } from './types.js';

export interface LintInput {
  workspace: Workspace;
  rules: readonly Rule[];
  /** Every post of the workspace: calendar rules need the whole set. */
  posts: readonly Post[];
  /** Files to report on (default: every post's file, and the line files calendar rules point at). */
  targets?: ReadonlySet<string>;
  env: LintEnvironment;
  /** `--rule id:severity` flags: they win over every file. */
  overrides?: Readonly<Record<string, Severity>>;
  /** Window of the calendar rules (default: the workspace period). */
  window?: { from?: string; to?: string };
  reportUnusedDirectives?: boolean;
  /** Called before each post with how many are done: a progress line, never the result. */
  onPost?: (done: number, total: number) => void;
  /** The file and post rules' reports of posts linted before (--cache); calendar rules always run. */
  cache?: PostReportCache;
}

/** A post's file and post rules' reports without the post itself: plain data, kept between runs. */
export interface CachedReport {
  ruleId: string;
  severity: LintSeverity;
  report: Omit<RuleReport, 'post'>;
  /** Whether the report was about the post (else it points at a file). */
  onPost: boolean;
}

export interface PostReportCache {
  /** The reports of this very post (same file, same text), or undefined. */
  get(post: Post): readonly CachedReport[] | undefined;
  set(post: Post, reports: readonly CachedReport[]): void;
}

const SEVERITY_RANK = { info: 0, warning: 1, error: 2 } as const;

function lowest(a: LintSeverity, b: LintSeverity | undefined): LintSeverity {
  return b !== undefined && SEVERITY_RANK[b] < SEVERITY_RANK[a] ? b : a;
}

/** A profile-only line for a network the workspace has no editorial line for. */
function bareLine(workspace: Workspace, network: string): EffectiveLine {
  const id = canonicalNetworkId(network)!;
  return effectiveLine(workspace, { file: '', network: id, line: { network: id } as EditorialLine });
}

function localParts(value: string): { date: string; time: string | undefined; seconds: number } | undefined {
  const match = LOCAL_DATE_TIME_PATTERN.exec(value);
  if (!match) return undefined;
  const time = match[2] !== undefined ? `${match[2]}:${match[3]}` : undefined;
  return { date: match[1]!, time, seconds: Number(match[4] ?? 0) };
}

/** A rule's report with the rule and the severity it has there. */
type Found = { rule: Rule; severity: LintSeverity; report: RuleReport };

/** A lint fed one post at a time: each post's texts can go once it is added; calendar rules run at `finish`. */
export interface PostLinter {
  add(post: Post): void;
  finish(): LintResult;
}

/**
 * Lints posts against the workspace's charter. Pure: the clock, the holidays,
 * the dictionary and the file positions come in through `env`.
 */
export function lint(input: LintInput): LintResult {
  const linter = startLint(input);
  for (const [done, post] of input.posts.entries()) {
    input.onPost?.(done, input.posts.length);
    linter.add(post);
  }
  return linter.finish();
}

/**
 * The same lint, a post at a time, for runs that read posts in batches: a
 * post's file and post rules run when it is added and their findings are
 * placed at once; what is kept of it is what calendar rules and `edito-disable`
 * comments need (its metadata, its key positions, its body only when it holds
 * a comment). `env.holidays` is read at `finish` only: it may be set after
 * the posts are added. The caller says where it is (`onPost` is lint's).
 */
export function startLint(input: Omit<LintInput, 'posts' | 'onPost'>): PostLinter {
  const { workspace, rules, env } = input;
  const lines = new Map<string, EffectiveLine>();
  const written = new Map<string, { days: boolean; times: boolean }>();
  const lineRules = new Map<string, EditorialLine['rules']>();
  for (const entry of workspace.lines) {
    lines.set(entry.network, effectiveLine(workspace, entry));
    written.set(entry.network, { days: entry.line.frequency?.days !== undefined, times: entry.line.frequency?.times !== undefined });
    lineRules.set(entry.network, entry.line.rules);
  }
  const context: LintWorkspace = {
    settings: workspace.settings, charter: workspace.charter, objectives: workspace.objectives, personas: workspace.personas,
    competitors: workspace.competitors, keyDates: workspace.keyDates, lines, written,
  };
  const settingsCache = new Map<string, RuleSettings>();
  const settingsFor = (network: string | undefined): RuleSettings => {
    const key = network ?? '';
    let settings = settingsCache.get(key);
    if (!settings) {
      const layers = [charterLayer(workspace.charter), workspace.charter.rules, network ? lineRules.get(network) : undefined, input.overrides];
      settings = resolveSettings(rules, layers);
      settingsCache.set(key, settings);
    }
    return settings;
  };

  let reports: Found[] = [];
  const push = (rule: Rule, severity: Severity, found: RuleReport[]) => {
    if (severity === 'off') return;
    for (const report of found) reports.push({ rule, severity: lowest(severity, report.severityCap), report });
  };

  type Active = { rule: Rule; severity: Severity; options: unknown }[];
  const activeCache = new Map<string, { file: Active; post: Active }>();
  /** The rules on for a network, per scope, with their settings: resolved once, not per post. */
  const activeFor = (network: string | undefined) => {
    const key = network ?? '';
    let active = activeCache.get(key);
    if (!active) {
      const settings = settingsFor(network);
      const on = (scope: Rule['scope']): Active => rules
        .filter((rule) => rule.scope === scope && settings.get(rule.id)!.severity !== 'off')
        .map((rule) => ({ rule, ...settings.get(rule.id)! }));
      active = { file: on('file'), post: on('post') };
      activeCache.set(key, active);
    }
    return active;
  };
  const bareLines = new Map<string, EffectiveLine>();
  const lineOf = (network: string) => {
    const found = lines.get(network) ?? bareLines.get(network);
    if (found) return found;
    const line = bareLine(workspace, network);
    bareLines.set(network, line);
    return line;
  };

  const ruleById = new Map(rules.map((rule) => [rule.id, rule]));
  const calendar = new Map<string, CalendarPost[]>();
  const collected = collector(input);
  const add = (post: Post) => {
    // Never parsed: collect reports it, no rule sees it.
    if (post.tooLarge !== undefined) {
      collected.tooLarge(post);
      return;
    }
    const rawNetwork = (post.raw as { network?: unknown } | undefined)?.network;
    const network = typeof rawNetwork === 'string' ? canonicalNetworkId(rawNetwork) : undefined;
    const meta = post.meta;
    const cached = input.cache?.get(post);
    if (cached) {
      for (const { ruleId, severity, report, onPost } of cached) reports.push({ rule: ruleById.get(ruleId)!, severity, report: onPost ? { ...report, post } : report });
    } else {
      const active = activeFor(network);
      for (const { rule, severity, options } of active.file) {
        if (rule.scope === 'file') push(rule, severity, rule.check({ post, workspace: context, options, env }));
      }
      if (meta && network) {
        const text = analyseText(post.body);
        const line = lineOf(network);
        const hasLine = lines.has(network);
        for (const { rule, severity, options } of active.post) {
          if (rule.scope === 'post') push(rule, severity, rule.check({ post, meta, text, line, hasLine, options, env, workspace: context }));
        }
      }
      if (input.cache) remember(input.cache, post, reports);
    }
    const kept = collected.post(post, reports);
    reports = [];
    if (!meta || !network) return;
    const parts = localParts(meta.date);
    if (!parts) return;
    const instant = zonedStart(parts.date, parts.time ?? '00:00', env.timezone).instant + parts.seconds * 1000;
    const list = calendar.get(network);
    const item = { post: kept, meta, date: parts.date, time: parts.time, instant };
    if (list) list.push(item);
    else calendar.set(network, [item]);
  };

  const finish = () => {
    const window = {
      from: input.window?.from ?? workspace.settings.period?.start,
      to: input.window?.to ?? workspace.settings.period?.end,
    };
    const networks = new Set([...calendar.keys(), ...lines.keys()]);
    for (const network of [...networks].sort()) {
      const posts = (calendar.get(network) ?? [])
        .filter((p) => (window.from === undefined || p.date >= window.from) && (window.to === undefined || p.date <= window.to))
        .sort((a, b) => a.instant - b.instant || a.post.file.localeCompare(b.post.file));
      const settings = settingsFor(network);
      for (const rule of rules) {
        if (rule.scope !== 'calendar') continue;
        const setting = settings.get(rule.id)!;
        if (setting.severity === 'off') continue;
        push(rule, setting.severity, rule.check({
          network, line: lineOf(network), hasLine: lines.has(network), posts, window, options: setting.options, env, workspace: context,
        }));
      }
    }
    collected.reports(reports);
    reports = [];
    return collected.result();
  };
  return { add, finish };
}

/** Keeps a post's reports when they are all about it (or about a file) and their rules are known by id. */
function remember(cache: PostReportCache, post: Post, found: readonly Found[]): void {
  const out: CachedReport[] = [];
  for (const { rule, severity, report } of found) {
    if (report.post !== undefined && report.post !== post) return;
    const { post: about, ...rest } = report;
    out.push({ ruleId: rule.id, severity, report: rest, onPost: about !== undefined });
  }
  cache.set(post, out);
}

type Positions = (offset: number) => Position;

/** Positions of a post's body offsets, its line table built on the first one asked for. */
function positionsOf(post: Post): Positions {
  let table: Positions | undefined;
  return (offset) => {
    table ??= bodyPositions(post.body, post.bodyStart);
    return table(offset);
  };
}

function place(report: RuleReport, positions: Positions): { file: string; start: Position; end?: Position; bodyLine?: number } | undefined {
  const { at, post } = report;
  if (at.kind === 'file') return { file: at.file, start: at.position };
  if (!post) return undefined;
  if (at.kind === 'position') return { file: post.file, start: at.position };
  if (at.kind === 'key') return { file: post.file, start: post.keyPosition(at.key, at.atKey) ?? { line: 1, column: 1 } };
  const start = positions(at.start);
  const end = at.end !== undefined ? positions(at.end) : undefined;
  return { file: post.file, start, ...(end ? { end } : {}), bodyLine: start.line - post.bodyStart.line };
}

/** The engine's own finding for a post past MAX_POST_BYTES: located at its first character, never silenced. */
export const POST_TOO_LARGE = 'post-too-large';

function tooLarge(file: string, size: number): Diagnostic {
  return {
    file, ruleId: POST_TOO_LARGE, severity: 'error', line: 1, column: 1,
    message: msg('lint.post_too_large', { size, max: MAX_POST_BYTES }),
    hint: msg('lint.post_too_large.hint'),
  };
}

/**
 * At most MAX_FINDINGS_PER_RULE findings of a rule per post, the first ones by
 * place (`sorted` is); the rest become one finding at the place of the last
 * one kept, with their count, their highest severity and their fixes, so
 * --fix still repairs them all.
 */
function capPerRule(sorted: readonly Diagnostic[], postOf: ReadonlyMap<Diagnostic, Post>): Diagnostic[] {
  type Group = { kept: number; last: Diagnostic; dropped: Diagnostic[] };
  const groups = new Map<Post, Map<string, Group>>();
  const all: Group[] = [];
  const kept: Diagnostic[] = [];
  for (const message of sorted) {
    const post = postOf.get(message);
    if (!post) {
      kept.push(message);
      continue;
    }
    let rules = groups.get(post);
    if (!rules) {
      rules = new Map();
      groups.set(post, rules);
    }
    let group = rules.get(message.ruleId);
    if (!group) {
      group = { kept: 0, last: message, dropped: [] };
      rules.set(message.ruleId, group);
      all.push(group);
    }
    if (group.kept === MAX_FINDINGS_PER_RULE) {
      group.dropped.push(message);
      continue;
    }
    group.kept += 1;
    group.last = message;
    kept.push(message);
  }
  const summaries = new Map<Diagnostic, Diagnostic>();
  for (const { last, dropped } of all) {
    if (dropped.length === 0) continue;
    const severity = dropped.reduce((worst, m) => (SEVERITY_RANK[m.severity] > SEVERITY_RANK[worst] ? m.severity : worst), dropped[0]!.severity);
    const fix: Fix[] = dropped.flatMap((m) => m.fix ?? []);
    summaries.set(last, {
      file: last.file, ruleId: last.ruleId, severity, line: last.line, column: last.column,
      message: msg('lint.more_findings', { count: dropped.length, max: MAX_FINDINGS_PER_RULE }),
      ...(fix.length > 0 ? { fix } : {}),
      ...(last.suppression ? { suppression: last.suppression } : {}),
    });
  }
  if (summaries.size === 0) return kept;
  return kept.flatMap((message) => {
    const summary = summaries.get(message);
    return summary ? [message, summary] : [message];
  });
}

/** V8 cuts a string of this many characters or more as a view into its parent: a link cut from a post would keep the whole text alive. */
const SHARED_FROM = 13;

/** A message whose texts are copies: a finding kept until the report holds no post's text. */
function detached(message: MessageRef): MessageRef {
  if (!message.params) return message;
  const params: Record<string, MessageParam> = {};
  for (const [key, value] of Object.entries(message.params)) {
    params[key] = typeof value === 'string' && value.length >= SHARED_FROM ? (JSON.parse(JSON.stringify(value)) as string) : value;
  }
  return { id: message.id, params };
}

/**
 * What is kept of a linted post for the calendar rules and the directives:
 * its place and metadata, no texts — its body only when it holds an
 * `edito-disable` comment (the directives' lines are found in it). Calendar
 * rules point at its keys (`date:`), never at a span of its body.
 */
function retained(post: Post, withBody: boolean): Post {
  return {
    file: post.file, ...(post.row !== undefined ? { row: post.row } : {}), meta: post.meta, raw: undefined,
    body: withBody ? post.body : '', bodyStart: post.bodyStart, keyPosition: post.keyPosition, problems: [],
  };
}

/**
 * Findings placed as they come (a post's right after its rules ran, the
 * calendar's at the end) and the report they make: the messages sorted by
 * place, capped per rule and post, silenced ones aside, and the counts.
 */
function collector(input: Omit<LintInput, 'posts' | 'onPost'>) {
  const { targets } = input;
  const wanted = (file: string) => targets === undefined || targets.has(file);
  const messages: Diagnostic[] = [];
  const suppressed: Diagnostic[] = [];
  /** The post each finding is about (as retained), for the cap per rule and post (a CSV file holds many posts). */
  const postOf = new Map<Diagnostic, Post>();
  const files = new Set<string>();
  /** The directives of the retained posts that have some: calendar findings and --report-unused-disable-directives read them. */
  const directives = new Map<Post, DirectiveIndex>();

  const take = (found: readonly Found[], kept: (post: Post) => Post, positions: (post: Post) => Positions) => {
    for (const { rule, severity, report } of found) {
      const where = place(report, report.post ? positions(report.post) : () => ({ line: 1, column: 1 }));
      if (!where) continue;
      const post = report.post ? kept(report.post) : undefined;
      const directive = post ? directives.get(post)?.silencing(rule.id, where.bodyLine) : undefined;
      if (directive) directive.used.add(rule.id);
      // Findings about a line file (frequency-min) belong to a run over the whole plan, not to a few files.
      if (report.at.kind === 'file' ? targets !== undefined : !wanted(where.file)) continue;
      const message: Diagnostic = {
        file: where.file,
        ruleId: rule.id,
        severity,
        message: detached(report.message),
        ...(report.hint ? { hint: detached(report.hint) } : {}),
        ...(report.keyPath ? { keyPath: report.keyPath } : {}),
        ...where.start,
        ...(where.end ? { endLine: where.end.line, endColumn: where.end.column } : {}),
        ...(report.fix ? { fix: report.fix } : {}),
      };
      // A silenced finding is kept aside with the directive's reason: json and sarif report it as suppressed.
      const listed = directive ? { ...message, suppression: { justification: directive.reason } } : message;
      (directive ? suppressed : messages).push(listed);
      if (report.at.kind !== 'file' && post) postOf.set(listed, post);
    }
  };

  return {
    tooLarge(post: Post) {
      if (!wanted(post.file)) return;
      files.add(post.file);
      messages.push(tooLarge(post.file, post.tooLarge!));
    },
    /** A post's file and post findings placed, and what is kept of the post. */
    post(post: Post, found: readonly Found[]): Post {
      if (wanted(post.file)) files.add(post.file);
      const withDirectives = post.body.includes('edito-disable');
      const kept = retained(post, withDirectives);
      if (withDirectives) directives.set(kept, new DirectiveIndex(parseDirectives(post.body)));
      const positions = positionsOf(post);
      take(found, () => kept, () => positions);
      return kept;
    },
    /** Calendar findings, about retained posts (at their keys) or line files. */
    reports(found: readonly Found[]) {
      take(found, (post) => post, positionsOf);
    },
    result(): LintResult {
      if (input.reportUnusedDirectives) {
        for (const [post, index] of directives) {
          if (!wanted(post.file)) continue;
          for (const message of unusedDirectives(post, index.list, positionsOf(post))) {
            messages.push(message);
            postOf.set(message, post);
          }
        }
      }
      const listed = [...new Set([...files, ...messages.map((m) => m.file)])].sort();
      const order = (a: Diagnostic, b: Diagnostic) => byPlace(a, b) || (a.ruleId === b.ruleId ? 0 : a.ruleId.localeCompare(b.ruleId));
      messages.sort(order);
      suppressed.sort(order);
      // The counts are of every finding, listed or not: --max-warnings sees them all.
      return { tool: 'lint', messages: capPerRule(messages, postOf), suppressed: capPerRule(suppressed, postOf), files: listed, ...countsOf(messages) };
    },
  };
}

export const UNUSED_DIRECTIVE = 'unused-disable-directive';

function unusedDirectives(post: Post, list: readonly Directive[], positions: Positions): Diagnostic[] {
  return list.flatMap((directive) => {
    const ids = directive.ruleIds.length === 0 ? (directive.used.size === 0 ? ['*'] : []) : directive.ruleIds.filter((id) => !directive.used.has(id));
    if (ids.length === 0) return [];
    const position = positions(directive.offset);
    return [{
      file: post.file, ruleId: UNUSED_DIRECTIVE, severity: 'warning' as const, ...position,
      message: ids[0] === '*'
        ? { id: 'lint.directive.unused_all' }
        : { id: 'lint.directive.unused', params: { ids: ids.join(', ') } },
    }];
  });
}

/** Whether a rule is on for some network (or for posts without one): heavy resources load only then. */
export function ruleEnabled(workspace: Workspace, rules: readonly Rule[], id: string, overrides?: Readonly<Record<string, Severity>>): boolean {
  const rule = rules.filter((r) => r.id === id);
  const layersFor = (lineRules: EditorialLine['rules']) => [charterLayer(workspace.charter), workspace.charter.rules, lineRules, overrides];
  const candidates = [undefined, ...workspace.lines.map((entry) => entry.line.rules)];
  return candidates.some((lineRules) => resolveSettings(rule, layersFor(lineRules)).get(id)?.severity !== 'off');
}
