import type { Rule } from '../lint/types.js';

/**
 * Every lint rule by id, in the order of DESIGN §5, each loaded only when
 * asked for: the one list of rules (ids, --rule, validate's `rules:` check,
 * SARIF and the docs tests all read it).
 */
export const RULE_LOADERS = {
  'network-known': async () => (await import('./network-known.js')).networkKnown,
  'format-allowed': async () => (await import('./format-allowed.js')).formatAllowed,
  'theme-known': async () => (await import('./theme-known.js')).themeKnown,
  'persona-known': async () => (await import('./persona-known.js')).personaKnown,
  'objective-known': async () => (await import('./objective-known.js')).objectiveKnown,
  'account-matches': async () => (await import('./account-matches.js')).accountMatches,
  'length-max': async () => (await import('./length-max.js')).lengthMax,
  'length-recommended': async () => (await import('./length-recommended.js')).lengthRecommended,
  'hook-fold': async () => (await import('./hook-fold.js')).hookFold,
  'hashtags-count': async () => (await import('./hashtags-count.js')).hashtagsCount,
  'emojis-max': async () => (await import('./emojis-max.js')).emojisMax,
  'mentions-max': async () => (await import('./mentions-max.js')).mentionsMax,
  'banned-term': async () => (await import('./banned-term.js')).bannedTerm,
  'substitution': async () => (await import('./substitution.js')).substitution,
  'register': async () => (await import('./register.js')).register,
  'exclamations-max': async () => (await import('./exclamations-max.js')).exclamationsMax,
  'all-caps': async () => (await import('./all-caps.js')).allCaps,
  'spelling': async () => (await import('./spelling.js')).spelling,
  'utm-required': async () => (await import('./utm-required.js')).utmRequired,
  'link-allowed': async () => (await import('./link-allowed.js')).linkAllowed,
  'frequency-max': async () => (await import('./frequency-max.js')).frequencyMax,
  'frequency-min': async () => (await import('./frequency-min.js')).frequencyMin,
  'gap-min': async () => (await import('./gap-min.js')).gapMin,
  'day-allowed': async () => (await import('./day-allowed.js')).dayAllowed,
  'time-allowed': async () => (await import('./time-allowed.js')).timeAllowed,
  'blackout': async () => (await import('./blackout.js')).blackout,
  'holiday': async () => (await import('./holiday.js')).holiday,
  'date-past': async () => (await import('./date-past.js')).datePast,
  'status-ready': async () => (await import('./status-ready.js')).statusReady,
  'front-matter': async () => (await import('./front-matter.js')).frontMatter,
} as const satisfies Record<string, () => Promise<Rule>>;

export type RuleId = keyof typeof RULE_LOADERS;
export const RULE_IDS = Object.keys(RULE_LOADERS) as RuleId[];

const loaded = new Map<RuleId, Promise<Rule>>();

/** The rules of `ids` (default: all; unknown ids are skipped), in registry order, each module loaded once. */
export function loadRules(ids: readonly string[] = RULE_IDS): Promise<Rule[]> {
  const wanted = new Set(ids);
  return Promise.all(RULE_IDS.filter((id) => wanted.has(id)).map((id) => {
    if (!loaded.has(id)) loaded.set(id, RULE_LOADERS[id]());
    return loaded.get(id)!;
  }));
}

/** Where a rule is documented, under docs/: its heading in rules.md is the id itself. */
export function ruleDocsPage(id: string): string {
  return `rules.md#${id}`;
}
