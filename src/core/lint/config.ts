import { msg, type Finding } from '../diagnostics.js';
import type { Severity } from '../schemas/common.js';
import type { Charter, EditorialLine } from '../schemas/files.js';
import { didYouMean } from '../suggest.js';
import { issueFindings } from '../validate/schema-findings.js';
import type { KeyPath } from '../workspace.js';
import type { Rule } from './types.js';

/** A rule entry as written in `rules`: a severity, or [severity, options]. */
export type RuleEntry = Severity | readonly [Severity, ...unknown[]];

export interface RuleSetting {
  severity: Severity;
  options: unknown;
}

/** Rule id → severity and options, for one network. */
export type RuleSettings = ReadonlyMap<string, RuleSetting>;

function apply(setting: RuleSetting, entry: RuleEntry | undefined): RuleSetting {
  if (entry === undefined) return setting;
  if (typeof entry === 'string') return { ...setting, severity: entry };
  const [severity, options] = entry;
  const merged = options !== undefined && typeof options === 'object' && options !== null
    ? { ...(setting.options as object), ...(options as object) }
    : setting.options;
  return { severity, options: merged };
}

/**
 * The settings of every rule for one network, most specific last: the rule's
 * default, the charter's `rules`, the line's `rules`, then `--rule` flags.
 * Options are parsed by each rule's schema (defaults filled in).
 */
export function resolveSettings(
  rules: readonly Rule[],
  layers: readonly (Readonly<Record<string, unknown>> | undefined)[],
): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>();
  for (const rule of rules) {
    let setting: RuleSetting = { severity: rule.defaultSeverity, options: {} };
    for (const layer of layers) setting = apply(setting, layer?.[rule.id] as RuleEntry | undefined);
    const parsed = rule.options.safeParse(setting.options ?? {});
    settings.set(rule.id, { severity: setting.severity, options: parsed.success ? parsed.data : rule.options.parse({}) });
  }
  return settings;
}

/** The charter turns spelling off with `spelling.enabled: false`. */
export function charterLayer(charter: Charter): Record<string, unknown> | undefined {
  return charter.spelling?.enabled === false ? { spelling: 'off' } : undefined;
}

/** Options in `rules` that a rule's schema refuses: a finding per bad entry, with the file and key. */
export function checkRuleOptions(rules: readonly Rule[], places: readonly { file: string; rules: EditorialLine['rules'] }[]): Finding[] {
  const byId = new Map(rules.map((rule) => [rule.id as string, rule]));
  return places.flatMap(({ file, rules: written }) =>
    Object.entries(written ?? {}).flatMap(([id, entry]): Finding[] => {
      const rule = byId.get(id);
      if (!rule || typeof entry === 'string' || entry[1] === undefined) return [];
      const parsed = rule.options.safeParse(entry[1]);
      if (parsed.success) return [];
      const issue = parsed.error.issues[0]!;
      const keyPath: KeyPath = ['rules', id, 1, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
      const known = optionKeys(rule);
      const unknownKey = issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined;
      if (!unknownKey) {
        // A bad value: the schema's own message ("must be at least 0"), at the option's key.
        return issueFindings(file, [issue], entry[1], ['rules', id, 1]).map((finding) => ({
          ...finding, code: 'rule-options', hint: msg('lint.config.options_are', { keys: known.join(', ') || '—' }),
        }));
      }
      return [{
        file, keyPath: [...keyPath, unknownKey], atKey: true, severity: 'error', code: 'rule-options',
        message: msg('lint.config.unknown_option', { id, key: unknownKey }),
        hint: didYouMean(unknownKey, known) ?? msg('lint.config.options_are', { keys: known.join(', ') || '—' }),
      }];
    }),
  );
}

function optionKeys(rule: Rule): string[] {
  const shape = (rule.options as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}
