import { msg } from '../diagnostics.js';
import { didYouMean, noOptions, postRule } from './define.js';

/** The theme is one of the line's themes (any line's, when the post's line has none). */
export const themeKnown = postRule({
  id: 'theme-known',
  defaultSeverity: 'error',
  options: noOptions,
  description: {
    en: 'The post’s theme is a theme of its network’s editorial line.',
    fr: 'Le thème du post est un thème de la ligne éditoriale de son réseau.',
  },
  messages: {
    en: {
      'lint.theme_known': 'theme "{id}" is not a theme of the {network} editorial line',
    },
    fr: {
      'lint.theme_known': 'le thème « {id} » n’est pas un thème de la ligne éditoriale {network}',
    },
  },
  check: ({ post, meta, line, workspace }) => {
    if (meta.theme === undefined) return [];
    const own = line.themes.map((t) => t.id);
    const known = own.length > 0 ? own : [...workspace.lines.values()].flatMap((l) => l.themes.map((t) => t.id));
    if (known.includes(meta.theme)) return [];
    return [{
      post, at: { kind: 'key', key: 'theme' },
      message: msg('lint.theme_known', { id: meta.theme, network: line.profile.name }),
      hint: didYouMean(meta.theme, known) ?? msg('lint.known_ids', { ids: known.join(', ') || '—' }),
    }];
  },
});
