import type { CompletionFlag, CompletionModel } from '../io/completion/index.js';
import { defineCommand, type CommandSpec, type OptionSpec } from './command.js';
import text from './completion.json' with { type: 'json' };
import { CannotRun, EXIT } from './context.js';

/** Flags whose value is one or more network ids (`--networks` takes them comma-separated). */
const NETWORK_FLAGS = new Set(['--network', '--networks']);
const PATH_VALUES = new Set(['path', 'file', 'dir', 'folder']);

function flagOf(option: OptionSpec, networks: readonly string[]): CompletionFlag {
  const long = /--[\w-]+/.exec(option.flags)?.[0] ?? option.flags;
  const short = /(?:^|[\s,])(-\w)\b/.exec(option.flags)?.[1];
  const value = /[<[]([\w-]+)/.exec(option.flags)?.[1];
  return {
    long,
    ...(short ? { short } : {}),
    description: option.description,
    takesValue: value !== undefined,
    ...(option.choices ? { values: option.choices } : NETWORK_FLAGS.has(long) ? { values: networks } : {}),
    ...(value !== undefined && PATH_VALUES.has(value) ? { path: true } : {}),
  };
}

/** The completion model of the CLI: built from the command specs, never written by hand. */
export function completionModel(commands: readonly CommandSpec[], globals: readonly OptionSpec[], networks: readonly string[]): CompletionModel {
  return {
    program: 'edito',
    commands: commands.map((c) => ({ name: c.name, description: c.description, flags: [...c.options.map((o) => flagOf(o, networks)), flagOf({ flags: '-h, --help', description: 'display help for command' }, networks)] })),
    globals: globals.map((o) => flagOf(o, networks)),
  };
}

export const completionCommand = defineCommand(text, async ({ io, args }) => {
  const [{ COMPLETION_SCRIPTS, SHELLS }, { COMMANDS, GLOBAL_OPTIONS }, { NETWORK_IDS }] = await Promise.all([
    import('../io/completion/index.js'), import('./main.js'), import('../core/networks.js'),
  ]);
  const shell = args[0] ?? '';
  const script = COMPLETION_SCRIPTS[shell];
  if (!script) throw new CannotRun('cli.unknown_shell', { shell, shells: SHELLS.join(', ') });
  io.stdout.write(script(completionModel(COMMANDS, GLOBAL_OPTIONS, NETWORK_IDS)));
  return EXIT.ok;
});
