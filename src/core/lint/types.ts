import type { z } from 'zod';
import type { MessageRef } from '../diagnostics.js';
import type { EffectiveLine } from '../effective.js';
import type { RuleId } from '../rule-ids.js';
import type { Severity } from '../schemas/common.js';
import type { KeyDates, PostFrontMatter, WorkspaceSettings } from '../schemas/files.js';
import type { Objective, Persona, Competitor, Charter } from '../schemas/files.js';
import type { PostText } from './text.js';

export type LintSeverity = Exclude<Severity, 'off'>;

export interface Position {
  line: number;
  column: number;
}

/** A replacement in a post's body: offsets into `LintPost.body`. */
export interface Fix {
  start: number;
  end: number;
  text: string;
}

/** A front-matter problem found while parsing (schema, unknown key, syntax). */
export interface ParseProblem extends Position {
  keyPath: readonly (string | number)[];
  severity: LintSeverity;
  message: MessageRef;
  hint?: MessageRef;
}

/** A post as the engine sees it: text, metadata, and where things are in its file. */
export interface LintPost {
  /** Workspace-relative path (or the CSV file) shown in reports. */
  file: string;
  /** CSV row number when the post comes from a spreadsheet. */
  row?: number;
  meta: PostFrontMatter | undefined;
  raw: unknown;
  body: string;
  /** Where the body's first character is in the file. */
  bodyStart: Position;
  /** Line and column of a front-matter key's value (or of the key with `atKey`). */
  keyPosition: (key: string, atKey?: boolean) => Position | undefined;
  problems: ParseProblem[];
}

/** Where a report points: a span of the body, a front-matter key, or a place in another file. */
export type Location =
  | { kind: 'body'; start: number; end?: number }
  | { kind: 'key'; key: string; atKey?: boolean }
  | { kind: 'position'; position: Position }
  | { kind: 'file'; file: string; position: Position };

/** What a rule returns: the engine adds the rule id, the severity and the place. */
export interface RuleReport {
  post?: LintPost;
  at: Location;
  message: MessageRef;
  hint?: MessageRef;
  /** The front-matter key the message is about, shown before it (`network: is required`). */
  keyPath?: string;
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
  post: LintPost;
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
  post: LintPost;
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
  id: RuleId;
  defaultSeverity: Severity;
  options: z.ZodType<O>;
  description: { en: string; fr: string };
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
  check: (context: { post: LintPost; workspace: LintWorkspace; options: O; env: LintEnvironment }) => RuleReport[];
}

// Rules of every option type live in one registry array.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Rule<O = any> = FileRule<O> | PostRule<O> | CalendarRule<O>;

/** A finding as reporters see it. */
export interface LintMessage extends Position {
  file: string;
  ruleId: string;
  severity: LintSeverity;
  message: MessageRef;
  hint?: MessageRef;
  keyPath?: string;
  endLine?: number;
  endColumn?: number;
  fix?: Fix[];
}

/** A finding an `edito-disable` comment silenced, with the comment's reason. */
export interface SuppressedMessage extends LintMessage {
  justification: string | undefined;
}

export interface LintResult {
  messages: LintMessage[];
  suppressed: SuppressedMessage[];
  /** Files linted, in order, including clean ones (junit, sarif need them). */
  files: string[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
}
