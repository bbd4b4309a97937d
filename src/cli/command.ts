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
export interface CommandSpec extends CommandText {
  run: (input: RunInput) => Promise<number>;
}

/**
 * A real command line shown at the end of `--help`, with what it does in each
 * language. `run: false` for the ones a test cannot run as they stand
 * (questions, shell redirections); the others are run on an example workspace.
 */
export interface CommandExample {
  command: string;
  en: string;
  fr: string;
  run?: boolean;
}

/** A command's help text, as data: the JSON file beside its module. */
export interface CommandText {
  name: string;
  description: string;
  arguments?: readonly { name: string; description: string }[];
  options: readonly OptionSpec[];
  examples?: readonly CommandExample[];
}

/**
 * A command from its help text, its body, and the choices of the flags whose
 * values come from a registry (`format` → the reporter or exporter ids).
 */
export function defineCommand(text: CommandText, run: CommandSpec['run'], choices: Readonly<Record<string, readonly string[]>> = {}): CommandSpec {
  const options = text.options.map((option) => {
    const long = /--([\w-]+)/.exec(option.flags)?.[1];
    return long && choices[long] ? { ...option, choices: choices[long] } : option;
  });
  return { ...text, options, run };
}
