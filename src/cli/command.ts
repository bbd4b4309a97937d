import type { CliIo, GlobalOptions } from './context.js';

/** A flag of a command, as data: main turns it into a commander Option. */
export interface OptionSpec {
  flags: string;
  description: string;
  choices?: readonly string[];
  default?: string;
  /** May be given several times: the values are collected in a list. */
  repeatable?: boolean;
}

export interface RunInput {
  io: CliIo;
  globals: GlobalOptions;
  /** The command's own flags, camel-cased as commander gives them. */
  options: Record<string, unknown>;
  args: string[];
}

/**
 * One command of the CLI, as data: its flags, and `run`, which calls its use
 * case in src/app, hands the result to a reporter and returns the exit code.
 * A command file imports nothing heavy at its top: `run` loads what it needs.
 */
export interface CommandSpec {
  name: string;
  description: string;
  arguments?: readonly { name: string; description: string }[];
  options: readonly OptionSpec[];
  run: (input: RunInput) => Promise<number>;
}
