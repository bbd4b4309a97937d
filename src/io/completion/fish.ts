import { quoted, words, type CompletionFlag, type CompletionScript } from './model.js';

function flagLine(program: string, condition: string, flag: CompletionFlag): string {
  const parts = [`complete -c ${program} -n ${quoted(condition)} -l ${flag.long.slice(2)}`];
  if (flag.short) parts.push(`-s ${flag.short.slice(1)}`);
  if (flag.values) parts.push(`-x -a ${quoted(words(flag.values))}`);
  else if (flag.path) parts.push('-r -F');
  else if (flag.takesValue) parts.push('-x');
  parts.push(`-d ${quoted(flag.description)}`);
  return parts.join(' ');
}

/** fish: `edito completion fish > ~/.config/fish/completions/edito.fish`. */
export const fish: CompletionScript = (model) => {
  const p = model.program;
  const names = words(model.commands.map((c) => c.name));
  const lines = [
    `# fish completion for ${p}: ${p} completion fish > ~/.config/fish/completions/${p}.fish`,
    `complete -c ${p} -f`,
    ...model.commands.map((c) => `complete -c ${p} -n '__fish_use_subcommand' -a ${c.name} -d ${quoted(c.description)}`),
    ...model.globals.map((flag) => flagLine(p, 'true', flag)),
    ...model.commands.flatMap((c) => c.flags.map((flag) => flagLine(p, `__fish_seen_subcommand_from ${c.name}`, flag))),
  ];
  return `${lines.join('\n')}\n# commands: ${names}\n`;
};
