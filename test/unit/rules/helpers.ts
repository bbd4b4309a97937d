import twitter from 'twitter-text';
import { lint } from '../../../src/core/lint/engine.js';
import { formatKeyPath, type Diagnostic, type Fix } from '../../../src/core/diagnostics.js';
import type { LintEnvironment, LintResult, Speller } from '../../../src/core/lint/types.js';
import { canonicalNetworkId } from '../../../src/core/networks.js';
import type { Severity } from '../../../src/core/schemas/common.js';
import { charterFile, editorialLine, keyDatesFile, workspaceSettings, type Charter, type EditorialLine } from '../../../src/core/schemas/files.js';
import { loadRules, RULE_IDS } from '../../../src/core/rules/index.js';
import { DEFAULT_PATHS, type Post, type Workspace } from '../../../src/core/workspace.js';
import { translator, type Locale } from '../../../src/i18n/index.js';
import { registerLintMessages } from '../../../src/i18n/lint.js';
import { readPost } from '../../../src/io/posts.js';

const RULES = await loadRules();
registerLintMessages(RULES);

export interface Scenario {
  /** Editorial lines by network id (as written in charter/networks/<id>.yaml). */
  lines?: Record<string, Partial<EditorialLine>>;
  charter?: Charter;
  settings?: Record<string, unknown>;
  keyDates?: Record<string, unknown>;
  personas?: Workspace['personas'];
  objectives?: Workspace['objectives'];
  today?: string;
  holidays?: Record<string, string>;
  speller?: Speller;
  window?: { from?: string; to?: string };
  reportUnusedDirectives?: boolean;
  locale?: Locale;
}

const BASE_LINE: Partial<EditorialLine> = {
  account: 'brand',
  themes: [{ id: 'expertise', weight: 100 }],
  formats: ['text', 'carousel', 'image'],
  frequency: { per_week: { min: 0, max: 7 }, min_gap_hours: 0 },
};

export function workspaceOf(scenario: Scenario): Workspace {
  const lines = Object.entries(scenario.lines ?? { linkedin: {} }).map(([network, line]) => ({
    file: `charter/networks/${network}.yaml`,
    network: canonicalNetworkId(network)!,
    line: editorialLine.parse({ network, ...BASE_LINE, ...line }),
  }));
  return {
    root: '/ws',
    paths: DEFAULT_PATHS,
    settings: workspaceSettings.parse({ brand: 'Atelier Nord', locale: 'fr', timezone: 'Europe/Paris', ...scenario.settings }),
    objectives: scenario.objectives ?? [{ id: 'notoriety' }],
    personas: scenario.personas ?? [{ id: 'claire-dsi', name: 'Claire Martin' }],
    competitors: [],
    hasCompetitorsFile: false,
    charter: charterFile.parse(scenario.charter ?? {}),
    lines,
    keyDates: keyDatesFile.parse(scenario.keyDates ?? {}),
    posts: [],
  };
}

/** A post file: front matter keys then the body. */
export function post(front: Record<string, string>, body: string): string {
  const keys = { network: 'linkedin', date: '2027-01-12T08:30', status: 'ready', ...front };
  const yaml = Object.entries(keys).filter(([, v]) => v !== '').map(([k, v]) => `${k}: ${v}`).join('\n');
  return `---\n${yaml}\n---\n${body}`;
}

export interface Found {
  file: string;
  ruleId: string;
  line: number;
  column: number;
  severity: string;
  message: string;
  fix?: Fix[];
}

/**
 * Lints `files` (path → text) with only `ruleId` on (at its default severity,
 * at `severity`, or as the scenario's charter and lines configure it with
 * 'as-configured') and returns its findings with translated messages.
 */
export function lintRule(ruleId: string, files: Record<string, string>, scenario: Scenario = {}, severity?: Severity | 'as-configured'): Found[] {
  return translated(lintDiagnostics(ruleId, files, scenario, severity), scenario.locale ?? 'en');
}

/** The findings as the engine returns them, message ids untranslated. */
export function lintDiagnostics(ruleId: string, files: Record<string, string>, scenario: Scenario = {}, severity?: Severity | 'as-configured'): Diagnostic[] {
  return lintReport(ruleId, Object.entries(files).map(([file, text]) => readPost(file, text)), scenario, severity).messages;
}

/** The whole report of a run over `posts` with only `ruleId` on (see lintRule). */
export function lintReport(ruleId: string, posts: Post[], scenario: Scenario = {}, severity?: Severity | 'as-configured'): LintResult {
  const workspace = workspaceOf(scenario);
  const overrides: Record<string, Severity> = Object.fromEntries(RULE_IDS.map((id) => [id, 'off' as Severity]));
  const rule = RULES.find((r) => r.id === ruleId)!;
  if (severity === 'as-configured') delete overrides[ruleId];
  else overrides[ruleId] = severity ?? rule.defaultSeverity;
  const env: LintEnvironment = {
    today: scenario.today ?? '2027-01-04',
    timezone: workspace.settings.timezone,
    holidays: new Map(Object.entries(scenario.holidays ?? {})),
    tweetLength: (text) => twitter.parseTweet(text).weightedLength,
    ...(scenario.speller ? { speller: scenario.speller } : {}),
    linePosition: (file, keyPath) => ({ line: keyPath[0] === 'frequency' ? 20 : 1, column: 1 }),
  };
  return lint({
    workspace, rules: RULES, posts, env, overrides,
    ...(scenario.window ? { window: scenario.window } : {}),
    ...(scenario.reportUnusedDirectives ? { reportUnusedDirectives: true } : {}),
  });
}

/** `key: message (hint)` in one language, as reporters print it. */
export function translated(messages: readonly Diagnostic[], locale: Locale): Found[] {
  const t = translator(locale);
  return messages.map((m) => ({
    file: m.file, ruleId: m.ruleId, line: m.line, column: m.column, severity: m.severity,
    message: `${m.keyPath?.length ? `${formatKeyPath(m.keyPath)}: ` : ''}${t(m.message)}${m.hint ? ` (${t(m.hint)})` : ''}`,
    ...(m.fix ? { fix: m.fix } : {}),
  }));
}
