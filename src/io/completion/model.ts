/**
 * What a shell needs to complete edito: each command's flags, which of them
 * take a value, and the values a flag accepts when they are a closed list
 * (formats, locales, network ids). Built from the command specs, so a new flag
 * or format is completed without touching the scripts.
 */
export interface CompletionFlag {
  /** `--format`; `short` is `-f` when there is one. */
  long: string;
  short?: string;
  description: string;
  takesValue: boolean;
  values?: readonly string[];
  /** The value is a path: let the shell complete files. */
  path?: boolean;
}

export interface CompletionCommand {
  name: string;
  description: string;
  flags: readonly CompletionFlag[];
}

export interface CompletionModel {
  program: string;
  commands: readonly CompletionCommand[];
  /** Flags every command accepts. */
  globals: readonly CompletionFlag[];
}

export type CompletionScript = (model: CompletionModel) => string;

/** A word list for a shell, from ids edito defines (letters, digits, `-`, `_`, `.`): nothing to quote. */
export const words = (values: readonly string[]) => values.filter((v) => /^[\w.-]+$/.test(v)).join(' ');

/** A description inside single quotes, for zsh and fish. */
export const quoted = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export const flagNames = (flag: CompletionFlag) => [flag.long, ...(flag.short ? [flag.short] : [])];
