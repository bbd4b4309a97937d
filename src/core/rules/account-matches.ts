import { msg, ref } from '../diagnostics.js';
import { noOptions, postRule } from './define.js';

/** A brand line speaks as the brand; an ambassador line from a personal account. */
export const accountMatches = postRule({
  id: 'account-matches',
  defaultSeverity: 'error',
  options: noOptions,
  description: {
    en: 'The post’s account (brand or ambassador) is the one its editorial line uses.',
    fr: 'Le compte du post (marque ou ambassadeur) est celui de sa ligne éditoriale.',
  },
  messages: {
    en: {
      'lint.account.ambassador': 'ambassador',
      'lint.account.brand': 'brand',
      'lint.account_matches': 'the post is written for the {account} account, but the {network} line uses the {expected} account',
    },
    fr: {
      'lint.account.ambassador': 'ambassadeur',
      'lint.account.brand': 'marque',
      'lint.account_matches': 'le post est écrit pour le compte {account}, mais la ligne {network} utilise le compte {expected}',
    },
  },
  check: ({ post, meta, line }) => {
    if (meta.account === undefined || meta.account === line.account) return [];
    return [{
      post, at: { kind: 'key', key: 'account' },
      message: msg('lint.account_matches', { account: ref(`lint.account.${meta.account}`), expected: ref(`lint.account.${line.account}`), network: line.profile.name }),
    }];
  },
});
