import { flagNames, words, type CompletionCommand, type CompletionModel, type CompletionScript } from './model.js';

function valueCases(command: CompletionCommand, model: CompletionModel): string {
  const cases = [...command.flags, ...model.globals]
    .filter((flag) => flag.takesValue)
    .map((flag) => {
      const names = flagNames(flag).join('|');
      if (flag.values) return `      ${names}) COMPREPLY=($(compgen -W "${words(flag.values)}" -- "$cur")); return ;;`;
      if (flag.path) return `      ${names}) COMPREPLY=($(compgen -f -- "$cur")); return ;;`;
      return `      ${names}) return ;;`;
    });
  return cases.join('\n');
}

function commandCase(command: CompletionCommand, model: CompletionModel): string {
  const flags = [...command.flags, ...model.globals].flatMap(flagNames);
  return [
    `    ${command.name})`,
    '      case "$prev" in',
    valueCases(command, model),
    '      esac',
    `      COMPREPLY=($(compgen -W "${words(flags)}" -- "$cur"))`,
    '      ;;',
  ].join('\n');
}

/** bash: `source <(edito completion bash)`, or save it under bash-completion's completions folder. */
export const bash: CompletionScript = (model) => {
  const fn = `_${model.program}`;
  const globalValues = model.globals.filter((flag) => flag.takesValue).flatMap(flagNames).join('|');
  return `# bash completion for ${model.program}: source <(${model.program} completion bash)
${fn}() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" command="" i
  COMPREPLY=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${globalValues}) ((i++)) ;;
      -*) ;;
      *) command="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  if [[ -z "$command" ]]; then
    COMPREPLY=($(compgen -W "${words(model.commands.map((c) => c.name))} ${words(model.globals.flatMap(flagNames))} --help --version" -- "$cur"))
    return
  fi
  case "$command" in
${model.commands.map((command) => commandCase(command, model)).join('\n')}
  esac
}
complete -o default -F ${fn} ${model.program}
`;
};
