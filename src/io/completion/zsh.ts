import { quoted, words, type CompletionCommand, type CompletionFlag, type CompletionModel, type CompletionScript } from './model.js';

/** One `_arguments` spec: `(-f --format)'{-f,--format}'[output format]:format:(table json)'`. */
function spec(flag: CompletionFlag): string {
  const description = flag.description.replace(/[[\]]/g, '');
  const action = !flag.takesValue ? '' : flag.values ? `:value:(${words(flag.values)})` : flag.path ? ':file:_files' : ':value: ';
  const body = quoted(`[${description}]${action}`);
  if (!flag.short) return `${flag.long}${body}`;
  return `'(${flag.short} ${flag.long})'{${flag.short},${flag.long}}${body}`;
}

function commandFunction(program: string, command: CompletionCommand, model: CompletionModel): string {
  const specs = [...command.flags, ...model.globals].map((flag) => `    ${spec(flag)}`);
  return `_${program}_${command.name.replace(/-/g, '_')}() {\n  _arguments -s \\\n${specs.join(' \\\n')} \\\n    '*:file:_files'\n}`;
}

/** zsh: save as `_edito` in a folder of `$fpath`, or `source <(edito completion zsh)` after compinit. */
export const zsh: CompletionScript = (model) => {
  const p = model.program;
  const described = model.commands.map((c) => `    ${quoted(`${c.name}:${c.description.replace(/:/g, '\\:')}`)}`).join('\n');
  const dispatch = model.commands.map((c) => `    ${c.name}) _${p}_${c.name.replace(/-/g, '_')} ;;`).join('\n');
  return `#compdef ${p}
# zsh completion for ${p}: save as _${p} in a folder of $fpath, or source <(${p} completion zsh)
${model.commands.map((c) => commandFunction(p, c, model)).join('\n\n')}

_${p}() {
  local -a commands
  commands=(
${described}
  )
  if (( CURRENT == 2 )); then
    _describe -t commands command commands
    return
  fi
  local command=\${words[2]}
  shift words
  (( CURRENT-- ))
  case $command in
${dispatch}
  esac
}

if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  _${p} "$@"
else
  compdef _${p} ${p}
fi
`;
};
