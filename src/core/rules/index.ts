import type { Rule } from '../lint/types.js';
import { accountMatches } from './account-matches.js';
import { allCaps } from './all-caps.js';
import { bannedTerm } from './banned-term.js';
import { blackout } from './blackout.js';
import { datePast } from './date-past.js';
import { dayAllowed } from './day-allowed.js';
import { emojisMax } from './emojis-max.js';
import { exclamationsMax } from './exclamations-max.js';
import { formatAllowed } from './format-allowed.js';
import { frequencyMax } from './frequency-max.js';
import { frequencyMin } from './frequency-min.js';
import { frontMatter } from './front-matter.js';
import { gapMin } from './gap-min.js';
import { hashtagsCount } from './hashtags-count.js';
import { holiday } from './holiday.js';
import { lengthMax } from './length-max.js';
import { lengthRecommended } from './length-recommended.js';
import { linkAllowed } from './link-allowed.js';
import { mentionsMax } from './mentions-max.js';
import { networkKnown } from './network-known.js';
import { objectiveKnown } from './objective-known.js';
import { personaKnown } from './persona-known.js';
import { register } from './register.js';
import { spelling } from './spelling.js';
import { statusReady } from './status-ready.js';
import { substitution } from './substitution.js';
import { themeKnown } from './theme-known.js';
import { timeAllowed } from './time-allowed.js';
import { utmRequired } from './utm-required.js';

/** Every lint rule, in the order of DESIGN §5 (a test checks it against RULE_IDS). */
export const RULES: readonly Rule[] = [
  networkKnown, formatAllowed, themeKnown, personaKnown, objectiveKnown, accountMatches, lengthMax, lengthRecommended,
  hashtagsCount, emojisMax, mentionsMax, bannedTerm, substitution, register, exclamationsMax, allCaps, spelling,
  utmRequired, linkAllowed, frequencyMax, frequencyMin, gapMin, dayAllowed, timeAllowed, blackout, holiday, datePast,
  statusReady, frontMatter,
];

export const DOCS_URL = 'https://github.com/edito/edito/blob/main/docs/rules.md';

/** The docs anchor of a rule: its heading in docs/rules.md is the id itself. */
export function ruleDocsUrl(id: string): string {
  return `${DOCS_URL}#${id}`;
}

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
