import type { FileKind } from '../schemas/files.js';
import type { Workspace } from '../workspace.js';
import type { Rule } from '../lint/types.js';

export interface CheckContext {
  workspace: Workspace;
  /** File kinds that failed to load: checks that read them stay silent. */
  broken: ReadonlySet<FileKind>;
  /** Known lint rule ids, for the `rules` keys. */
  ruleIds: readonly string[];
  /** The lint rules, given when options are written in `rules`: their schemas check them. */
  rules?: readonly Rule[] | undefined;
}
