import { msg } from '../diagnostics.js';
import { noOptions, postRule } from './define.js';

/** No link where the network does not make it clickable, or where the line allows none. */
export const linkAllowed = postRule({
  id: 'link-allowed',
  defaultSeverity: 'error',
  options: noOptions,
  description: {
    en: 'No link in the text where the network does not make it clickable or the line sets links.allowed: false.',
    fr: 'Pas de lien dans le texte là où le réseau ne le rend pas cliquable ou si la ligne indique links.allowed: false.',
  },
  messages: {
    en: {
      'lint.link.line': 'the {network} line allows no link: "{url}"',
      'lint.link.not_clickable': 'links are not clickable in {network} text: "{url}"',
    },
    fr: {
      'lint.link.line': 'la ligne {network} n’autorise pas de lien : « {url} »',
      'lint.link.not_clickable': 'les liens ne sont pas cliquables dans le texte sur {network} : « {url} »',
    },
  },
  check: ({ post, text, line }) => {
    if (line.links.allowed) return [];
    const message = line.profile.linksClickable ? 'lint.link.line' : 'lint.link.not_clickable';
    return text.urls.map((url) => ({
      post, at: { kind: 'body' as const, start: url.start, end: url.end },
      message: msg(message, { url: url.text, network: line.profile.name }),
    }));
  },
});
