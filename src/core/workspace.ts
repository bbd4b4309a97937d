import type {
  Charter, Competitor, EditorialLine, KeyDates, Objective, Persona, PostFrontMatter, WorkspaceSettings,
} from './schemas/files.js';
import type { NetworkId } from './networks.js';
import type { Diagnostic, Position } from './diagnostics.js';

/** A path into a YAML document: keys and sequence indexes. */
export type KeyPath = readonly (string | number)[];

export interface LineEntry {
  /** Workspace-relative file path, with forward slashes. */
  file: string;
  network: NetworkId;
  line: EditorialLine;
}

/**
 * A post, read from a Markdown file (or a CSV row): what plan, lint and every
 * other command read of it, with where things are in its file.
 */
export interface Post {
  /** Workspace-relative path (or the CSV file) shown in reports. */
  file: string;
  /** CSV row number when the post comes from a spreadsheet. */
  row?: number;
  /** Parsed front matter; undefined when it could not be parsed or validated. */
  meta: PostFrontMatter | undefined;
  /** The raw front matter object as written (for lint's front-matter rule). */
  raw: unknown;
  body: string;
  /** Where the body's first character is in the file. */
  bodyStart: Position;
  /** Line and column of a front-matter key's value (or of the key with `atKey`); a key path reaches a list item (`['media', 1]`). */
  keyPosition: (key: string | KeyPath, atKey?: boolean) => Position | undefined;
  /** Front-matter problems found while parsing (schema, unknown key, syntax), located in the file. */
  problems: Diagnostic[];
  /** The Markdown file's text as read, for --fix (absent for CSV rows). */
  source?: string;
  /** Set to the file's size in bytes when it is past MAX_POST_BYTES (core/limits.ts): it was not parsed. */
  tooLarge?: number;
}

/** Where each kind of file lives, relative to the workspace root. */
export interface WorkspacePaths {
  settings: string;
  objectives: string;
  personas: string;
  competitors: string;
  charter: string;
  networks: string;
  keyDates: string;
  posts: string;
}

/** A loaded workspace: every file parsed and validated against its schema. */
export interface Workspace {
  root: string;
  paths: WorkspacePaths;
  settings: WorkspaceSettings;
  objectives: Objective[];
  personas: Persona[];
  competitors: Competitor[];
  /** false when competitors.yaml does not exist. */
  hasCompetitorsFile: boolean;
  charter: Charter;
  lines: LineEntry[];
  keyDates: KeyDates;
  posts: Post[];
}

export const DEFAULT_PATHS: WorkspacePaths = {
  settings: 'edito.yaml',
  objectives: 'strategy/objectives.yaml',
  personas: 'strategy/personas.yaml',
  competitors: 'strategy/competitors.yaml',
  charter: 'charter/charter.yaml',
  networks: 'charter/networks',
  keyDates: 'calendar/key-dates.yaml',
  posts: 'posts',
};
