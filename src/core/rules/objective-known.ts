import { msg } from '../diagnostics.js';
import { didYouMean, noOptions, postRule } from './define.js';

export const objectiveKnown = postRule({
  id: 'objective-known',
  defaultSeverity: 'error',
  options: noOptions,
  description: {
    en: 'The post’s objective is defined in strategy/objectives.yaml.',
    fr: 'L’objectif du post est défini dans strategy/objectives.yaml.',
  },
  messages: { en: {}, fr: {} },
  check: ({ post, meta, workspace }) => {
    if (meta.objective === undefined) return [];
    const known = workspace.objectives.map((o) => o.id);
    if (known.includes(meta.objective)) return [];
    return [{
      post, at: { kind: 'key', key: 'objective' },
      message: msg('ref.unknown_objective', { id: meta.objective }),
      hint: didYouMean(meta.objective, known) ?? msg('lint.known_ids', { ids: known.join(', ') || '—' }),
    }];
  },
});
