import { msg } from '../diagnostics.js';
import { didYouMean, noOptions, postRule } from './define.js';

export const personaKnown = postRule({
  id: 'persona-known',
  defaultSeverity: 'error',
  options: noOptions,
  description: {
    en: 'The post’s persona is defined in strategy/personas.yaml.',
    fr: 'La persona du post est définie dans strategy/personas.yaml.',
  },
  messages: { en: {}, fr: {} },
  check: ({ post, meta, workspace }) => {
    if (meta.persona === undefined) return [];
    const known = workspace.personas.map((p) => p.id);
    if (known.includes(meta.persona)) return [];
    return [{
      post, at: { kind: 'key', key: 'persona' },
      message: msg('ref.unknown_persona', { id: meta.persona }),
      hint: didYouMean(meta.persona, known) ?? msg('lint.known_ids', { ids: known.join(', ') || '—' }),
    }];
  },
});
