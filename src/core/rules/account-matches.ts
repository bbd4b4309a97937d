import { msg } from '../diagnostics.js';
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
  check: ({ post, meta, line }) => {
    if (meta.account === undefined || meta.account === line.account) return [];
    return [{
      post, at: { kind: 'key', key: 'account' },
      message: msg('lint.account_matches', { account: `lint.account.${meta.account}`, expected: `lint.account.${line.account}`, network: line.profile.name }),
    }];
  },
});
