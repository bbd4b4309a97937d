import type { ExportPost, TargetLimits } from '../../../core/export/types.js';
import type { Locale, Translate } from '../../../i18n/index.js';

export type { ExportPost, TargetLimits } from '../../../core/export/types.js';

/** A cell of a template's header, with its place in the template file. */
export interface HeaderCell {
  value: string;
  line: number;
  column: number;
}

/** What every export target receives besides the posts: all of it data, so that rendering stays pure. */
export interface ExportOptions {
  t: Translate;
  locale: Locale;
  brand: string;
  /** The zone of each post's `at` (the scheduler's, with --target-timezone). */
  timezone: string;
  /** The --date-format pattern, resolved (targets with a `dateFormat`). */
  dateFormat: string;
  /** The header of the --template file (targets with a `template`). */
  template: readonly HeaderCell[] | undefined;
}

/**
 * An export target, as data: its id (the `--to` value), the scheduler's
 * limits (core/export/checks.ts checks them), where it writes (`folder`: one
 * file per network inside --out; `file`: one file or stdout), its
 * date-format choices and template rules, an optional prepare step that
 * loads what only it needs, and a pure render of the posts of one file.
 */
export interface ExportTarget<Extra = Record<never, never>> {
  id: string;
  limits: TargetLimits;
  output: 'file' | 'folder';
  extension: string;
  /** `--date-format`: whether the pattern holds the time, the default per locale, the accepted values (any pattern when absent). */
  dateFormat?: { time: boolean; default: Record<Locale, string>; choices?: readonly string[] };
  /** `--template`: the header must be exactly `fixed`, or hold at least `required`. */
  template?: { fixed?: readonly string[]; required?: readonly string[] };
  /** Of a --template header, the columns the target leaves empty (to tell the user). */
  emptyColumns?: (header: readonly string[]) => string[];
  prepare?: (context: { timezone: string }) => Promise<Extra>;
  render: (posts: readonly ExportPost[], options: ExportOptions & Extra) => string;
}

export function defineTarget<Extra = Record<never, never>>(target: ExportTarget<Extra>): ExportTarget<Extra> {
  return target;
}
