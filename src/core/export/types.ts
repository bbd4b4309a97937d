import type { Position } from '../diagnostics.js';
import type { NetworkId } from '../networks.js';
import type { KeyPath, Post } from '../workspace.js';

/** A wall-clock moment: local date and time in one zone, and the instant it stands for. */
export interface Moment {
  date: string;
  time: string;
  /** ISO 8601 with the zone's offset. */
  iso: string;
  instant: number;
}

/**
 * A post as every export target reads it: front matter normalised, the
 * published text, the time in the workspace zone and in the scheduler's.
 */
export interface ExportPost {
  post: Post;
  file: string;
  network: NetworkId;
  /** In the workspace time zone, as written in the post. */
  local: Moment;
  /** In the scheduler account's time zone (`--target-timezone`), else the same as `local`. */
  at: Moment;
  status: string | undefined;
  format: string | undefined;
  theme: string | undefined;
  themeLabel: string | undefined;
  persona: string | undefined;
  objective: string | undefined;
  account: string | undefined;
  title: string | undefined;
  link: string | undefined;
  media: string[];
  tags: string[];
  /** The body as written (edito's own csv keeps it, so that lint reads it back the same). */
  body: string;
  /** What the scheduler publishes: the body without its HTML comments, trimmed. */
  text: string;
}

/** Where a post's front-matter key (or the n-th item of a list) is in its file. */
export function positionOf(post: Post, key: string | KeyPath): Position {
  return post.keyPosition(key) ?? { line: 1, column: 1 };
}

/**
 * A scheduler's import rules, as data (sources in docs/export.md): each
 * optional rule is checked only for the targets that state it.
 */
export interface TargetLimits {
  /** Minutes must be a multiple of this. */
  grid?: number;
  /** The earliest accepted post, in minutes after now. */
  minLeadMinutes?: number;
  /** Minimum minutes between two posts of one file. */
  minSpacingMinutes?: number;
  /** Rows per file: more are split into several files. */
  maxRows?: number;
  /** The same message twice in one file is refused. */
  uniqueText?: boolean;
  /** `urls`: media only as public URLs; `any`: paths or URLs written as they are; `none`: no media column. */
  media: 'urls' | 'any' | 'none';
  /** Most media per post. */
  maxMedia?: number;
  /** Whether the format has a link column (else a `link:` not in the text is lost, and the user is told). */
  link: boolean;
  /** The networks the format has a column or a file for (all when absent). */
  networks?: readonly NetworkId[];
  /** Whether the output is a CSV (a cell starting like a formula is neutralised, and the user is told). */
  csv: boolean;
}
