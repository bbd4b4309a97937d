import { effectiveLines, type EffectiveLine } from '../effective.js';
import type { Workspace } from '../workspace.js';
import type { FindingsDiff, FingerprintedFinding } from './findings.js';

export interface CharterChange {
  /** A network id, or `charter` for the charter's own rules. */
  scope: string;
  /** The setting, as a path of the effective line (`frequency.max`, `tone.banned`, `rules.spelling`). */
  key: string;
  before: string | undefined;
  after: string | undefined;
  /** The lint rules the setting feeds. */
  rules: string[];
  /** Findings of those rules new in the head on the scope's posts, and the ones gone. */
  broken: FingerprintedFinding[];
  freed: FingerprintedFinding[];
}

/** Which lint rules read a setting of the effective line. */
const RULES_OF: Record<string, string[]> = {
  'tone.banned': ['banned-term'], 'tone.substitutions': ['substitution'], 'tone.register': ['register'], 'tone.emojisMax': ['emojis-max'],
  'tone.hashtagsMin': ['hashtags-count'], 'tone.hashtagsMax': ['hashtags-count'], 'tone.mentionsMax': ['mentions-max'], 'tone.exclamationsMax': ['exclamations-max'],
  'frequency.unit': ['frequency-min', 'frequency-max'], 'frequency.min': ['frequency-min'], 'frequency.max': ['frequency-max'], 'frequency.target': [],
  'frequency.days': ['day-allowed'], 'frequency.times': ['time-allowed'], 'frequency.minGapHours': ['gap-min'],
  'length.max': ['length-max'], 'length.recommended': ['length-recommended'], 'length.fold': [],
  'links.allowed': ['link-allowed'], 'links.utm': ['utm-required'], 'links.source': ['utm-required'], 'links.medium': ['utm-required'], 'links.campaign': ['utm-required'],
  formats: ['format-allowed'], themes: ['theme-known'], account: ['account-matches'],
};

type Flat = Map<string, string | string[]>;

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The settings of an effective line that lint and the planner read, as key → value (lists kept as lists). */
function flatLine(line: EffectiveLine, rules: Record<string, unknown> | undefined): Flat {
  const flat: Flat = new Map();
  flat.set('account', line.account);
  flat.set('formats', line.formats);
  for (const theme of line.themes) flat.set(`themes.${theme.id}`, String(theme.weight));
  for (const group of ['tone', 'frequency', 'length', 'links'] as const) {
    for (const [name, value] of Object.entries(line[group])) {
      if (value === undefined) continue;
      if (Array.isArray(value)) flat.set(`${group}.${name}`, value.map(String));
      else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) flat.set(`${group}.${name}.${k}`, show(v));
      else flat.set(`${group}.${name}`, String(value));
    }
  }
  for (const [id, value] of Object.entries(rules ?? {})) flat.set(`rules.${id}`, show(value));
  return flat;
}

function rulesOf(key: string): string[] {
  if (key.startsWith('rules.')) return [key.slice(6)];
  if (key.startsWith('themes.')) return ['theme-known'];
  if (key.startsWith('tone.substitutions.')) return ['substitution'];
  return RULES_OF[key] ?? [];
}

function changesOf(scope: string, before: Flat, after: Flat): Omit<CharterChange, 'broken' | 'freed'>[] {
  const changes: Omit<CharterChange, 'broken' | 'freed'>[] = [];
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const old = before.get(key);
    const now = after.get(key);
    if (Array.isArray(old) || Array.isArray(now)) {
      const oldItems = Array.isArray(old) ? old : [];
      const newItems = Array.isArray(now) ? now : [];
      for (const item of oldItems) if (!newItems.includes(item)) changes.push({ scope, key, before: item, after: undefined, rules: rulesOf(key) });
      for (const item of newItems) if (!oldItems.includes(item)) changes.push({ scope, key, before: undefined, after: item, rules: rulesOf(key) });
    } else if (old !== now) changes.push({ scope, key, before: old, after: now, rules: rulesOf(key) });
  }
  return changes;
}

/** The term a change is about, when the findings it explains name it (a banned term, an avoided word). */
function termOf(change: Omit<CharterChange, 'broken' | 'freed'>): string | undefined {
  if (change.key === 'tone.banned') return change.after ?? change.before;
  if (change.key.startsWith('tone.substitutions.')) return change.key.slice('tone.substitutions.'.length);
  return undefined;
}

/**
 * Every changed setting of the charter and the editorial lines, each with the
 * findings of the rules it feeds that the head adds or removes on its posts.
 */
export function diffCharter(before: Workspace | undefined, after: Workspace, findings: FindingsDiff, networkOf: (file: string) => string | undefined): CharterChange[] {
  const flats = (workspace: Workspace | undefined) => {
    const out = new Map<string, Flat>();
    if (!workspace) return out;
    const raw = new Map(workspace.lines.map((entry) => [entry.network, entry.line.rules as Record<string, unknown> | undefined]));
    for (const line of effectiveLines(workspace)) out.set(line.network, flatLine(line, raw.get(line.network)));
    out.set('charter', new Map(Object.entries(workspace.charter.rules ?? {}).map(([id, value]) => [`rules.${id}`, show(value)])));
    return out;
  };
  const old = flats(before);
  const now = flats(after);
  const scopes = [...new Set([...old.keys(), ...now.keys()])].sort((a, b) => (a === 'charter' ? -1 : b === 'charter' ? 1 : a < b ? -1 : 1));
  return scopes.flatMap((scope) => changesOf(scope, old.get(scope) ?? new Map(), now.get(scope) ?? new Map())).map((change) => {
    const term = termOf(change)?.toLowerCase();
    const concerns = (f: FingerprintedFinding) =>
      change.rules.includes(f.ruleId) && (change.scope === 'charter' || networkOf(f.file) === change.scope) && (term === undefined || f.excerpt.toLowerCase().includes(term));
    return { ...change, broken: findings.added.filter(concerns), freed: findings.fixed.filter(concerns) };
  });
}
