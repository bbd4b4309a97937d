import type * as z from 'zod/mini';
import type { DiagnosticReport, Fix, MessageRef, Position } from '../diagnostics.js';
import type { KeyPath, Post } from '../workspace.js';

export type { Post } from '../workspace.js';
import type { EffectiveLine } from '../effective.js';
import type { Severity } from '../schemas/common.js';
import type { KeyDates, PostFrontMatter, WorkspaceSettings } from '../schemas/files.js';
import type { Objective, Persona, Competitor, Charter } from '../schemas/files.js';
import type { PostText } from './text.js';

export type LintSeverity = Exclude<Severity, 'off'>;

export type { Diagnostic, Fix, Position } from '../diagnostics.js';

/** Where a report points: a span of the body, a front-matter key, or a place in another file. */
export type Location =
  | { kind: 'body'; start: number; end?: number }
  | { kind: 'key'; key: string; atKey?: boolean }
  | { kind: 'position'; position: Position }
  | { kind: 'file'; file: string; position: Position };

/** What a rule returns: the engine adds the rule id, the severity and the place. */
export interface RuleReport {
  post?: Post;
  at: Location;
  message: MessageRef;
  hint?: MessageRef;
  /** The front-matter key the message is about, shown before it (`network: is required`). */
  keyPath?: KeyPath;
  fix?: Fix[];
  /** Overrides the rule's severity downwards (front-matter keeps schema warnings as warnings). */
  severityCap?: LintSeverity;
}

export interface Speller {
  /** Whether the dictionary knows the word (apostrophes already straight). */
  correct: (word: string) => boolean;
  suggest: (word: string) => string[];
}

/** Everything about the workspace the rules may read. */
export interface LintWorkspace {
  settings: WorkspaceSettings;
  charter: Charter;
  objectives: Objective[];
  personas: Persona[];
  competitors: Competitor[];
  keyDates: KeyDates;
  /** Effective line per network id that has an editorial line file. */
  lines: ReadonlyMap<string, EffectiveLine>;
  /** Raw `frequency.days`/`times` written in each line (day/time rules apply only when written). */
  written: ReadonlyMap<string, { days: boolean; times: boolean }>;
}

export interface PostContext<O> {
  post: Post;
  meta: PostFrontMatter;
  text: PostText;
  /** The network's effective line (a profile-only line when the workspace has none). */
  line: EffectiveLine;
  hasLine: boolean;
  options: O;
  env: LintEnvironment;
  workspace: LintWorkspace;
}

export interface CalendarPost {
  post: Post;
  meta: PostFrontMatter;
  /** Local calendar date YYYY-MM-DD and time HH:MM (undefined when the post has a date only). */
  date: string;
  time: string | undefined;
  /** Epoch milliseconds of the local date-time in the workspace timezone. */
  instant: number;
}

export interface CalendarContext<O> {
  network: string;
  line: EffectiveLine;
  hasLine: boolean;
  /** Posts of this network inside the window, sorted by instant. */
  posts: CalendarPost[];
  window: { from: string | undefined; to: string | undefined };
  options: O;
  /** Options of each post's own configuration are the network's: one line, one config. */
  env: LintEnvironment;
  workspace: LintWorkspace;
}

/** What the outside world gives the engine: no clock, no file system. */
export interface LintEnvironment {
  /** Local date of "today" in the workspace timezone, YYYY-MM-DD. */
  today: string;
  timezone: string;
  /** Public holidays by local date, for the holiday rule. */
  holidays: ReadonlyMap<string, string>;
  /** Weighted length of an X post (twitter-text), given when an X post is linted. */
  tweetLength?: (text: string) => number;
  speller?: Speller;
  /** Where a key of a line file is, for findings about the line itself (frequency-min). */
  linePosition: (file: string, keyPath: readonly (string | number)[]) => Position;
}

interface RuleBase<O> {
  /** Its key in the registry (core/rules/index.ts): a test holds them equal. */
  id: string;
  defaultSeverity: Severity;
  options: z.ZodMiniType<O>;
  description: { en: string; fr: string };
  /** Every message id the rule emits (and the ids its parameters name), in both languages: the catalogs are built from the registry. */
  messages: { en: Readonly<Record<string, string>>; fr: Readonly<Record<string, string>> };
  /** Whether --fix can repair some findings. */
  fixable?: boolean;
}

export interface PostRule<O = Record<string, never>> extends RuleBase<O> {
  scope: 'post';
  check: (context: PostContext<O>) => RuleReport[];
}

export interface CalendarRule<O = Record<string, never>> extends RuleBase<O> {
  scope: 'calendar';
  check: (context: CalendarContext<O>) => RuleReport[];
}

/** Rules that read the post file as written, even when its front matter is broken. */
export interface FileRule<O = Record<string, never>> extends RuleBase<O> {
  scope: 'file';
  check: (context: { post: Post; workspace: LintWorkspace; options: O; env: LintEnvironment }) => RuleReport[];
}

// Rules of every option type live in one registry array.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Rule<O = any> = FileRule<O> | PostRule<O> | CalendarRule<O>;

/** What lint returns: the report every reporter reads. */
export type LintResult = DiagnosticReport;
