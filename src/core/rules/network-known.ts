import { msg } from '../diagnostics.js';
import { NETWORK_NAMES, canonicalNetworkId } from '../networks.js';
import { didYouMean, fileRule, noOptions } from './define.js';

/** The post's network is a known network with an editorial line in the workspace. */
export const networkKnown = fileRule({
  id: 'network-known',
  defaultSeverity: 'error',
  options: noOptions,
  description: {
    en: 'The post’s network is a known network and has an editorial line.',
    fr: 'Le réseau du post est connu et a une ligne éditoriale.',
  },
  messages: {
    en: {
      'lint.network_known.choices': 'known networks: {choices}',
      'lint.network_known.no_line': 'network "{network}" has no editorial line in this workspace',
      'lint.network_known.unknown': 'unknown network "{network}"',
    },
    fr: {
      'lint.network_known.choices': 'réseaux connus : {choices}',
      'lint.network_known.no_line': 'le réseau « {network} » n’a pas de ligne éditoriale dans cet espace de travail',
      'lint.network_known.unknown': 'réseau inconnu « {network} »',
    },
  },
  check: ({ post, workspace }) => {
    const network = (post.raw as { network?: unknown } | undefined)?.network;
    if (typeof network !== 'string') return [];
    const id = canonicalNetworkId(network);
    if (!id) {
      return [{
        post, at: { kind: 'key', key: 'network' },
        message: msg('lint.network_known.unknown', { network }),
        hint: didYouMean(network, NETWORK_NAMES) ?? msg('lint.network_known.choices', { choices: [...new Set(NETWORK_NAMES)].join(', ') }),
      }];
    }
    if (workspace.lines.has(id)) return [];
    return [{
      post, at: { kind: 'key', key: 'network' },
      message: msg('lint.network_known.no_line', { network: id }),
      hint: msg('ref.unknown_network_line.hint', { network: id }),
    }];
  },
});
