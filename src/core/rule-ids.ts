/** Every lint rule id of DESIGN §5. The lint engine's registry must match it. */
export const RULE_IDS = [
  'network-known', 'format-allowed', 'theme-known', 'persona-known', 'objective-known', 'account-matches',
  'length-max', 'length-recommended', 'hashtags-count', 'emojis-max', 'mentions-max', 'banned-term',
  'substitution', 'register', 'exclamations-max', 'all-caps', 'spelling', 'utm-required', 'link-allowed',
  'frequency-max', 'frequency-min', 'gap-min', 'day-allowed', 'time-allowed', 'blackout', 'holiday',
  'date-past', 'status-ready', 'front-matter',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
