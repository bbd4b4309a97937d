import { findNetwork, type FrequencyUnit, type NetworkId, type NetworkProfile, type Weekday } from './networks.js';
import { normalizeDay, type WritingRules } from './schemas/common.js';
import { FREQUENCY_UNITS, type EditorialLine } from './schemas/files.js';
import type { LineEntry, Workspace } from './workspace.js';

/**
 * The editorial line as it applies: the line's own keys, else the charter's
 * `writing`, else the built-in network profile. Planner and linter read this,
 * never the raw files.
 */
export interface EffectiveLine {
  network: NetworkId;
  file: string;
  profile: NetworkProfile;
  account: 'brand' | 'ambassador';
  objectives: string[];
  personas: string[];
  themes: { id: string; label: string; weight: number }[];
  formats: string[];
  tone: {
    register: NonNullable<WritingRules['register']>;
    emojisMax: number | undefined;
    hashtagsMin: number;
    /** Never above the platform cap. */
    hashtagsMax: number | undefined;
    mentionsMax: number | undefined;
    exclamationsMax: number | undefined;
    banned: string[];
    substitutions: Record<string, string>;
  };
  frequency: {
    unit: FrequencyUnit;
    min: number;
    max: number;
    /** How many to plan per unit: the line's `target`, else `max`. */
    target: number;
    days: Weekday[];
    times: string[];
    minGapHours: number;
  };
  /** `fold`: characters shown before "see more" (the line's, else the network's; undefined when neither has one). */
  length: { max: number; recommended: number | undefined; fold: number | undefined };
  links: { allowed: boolean; utm: 'required' | 'optional'; source: string; medium: string | undefined; campaign: string | undefined };
}

function frequencyOf(line: EditorialLine, profile: NetworkProfile): EffectiveLine['frequency'] {
  const written = line.frequency ?? {};
  const unit = FREQUENCY_UNITS.find((u) => written[u] !== undefined);
  const count = unit ? written[unit]! : profile.defaultFrequency;
  const days = (written.days ?? profile.defaultDays).map((d) => normalizeDay(d)!);
  const times = [...(written.times ?? profile.defaultTimes)].sort();
  return {
    unit: unit ?? profile.defaultFrequency.unit,
    min: count.min,
    max: count.max,
    target: ('target' in count && count.target !== undefined ? count.target : count.max),
    days: [...new Set(days)],
    times: [...new Set(times)],
    minGapHours: written.min_gap_hours ?? profile.defaultMinGapHours,
  };
}

function capped(value: number | undefined, cap: number | null): number | undefined {
  if (cap === null) return value;
  return value === undefined ? cap : Math.min(value, cap);
}

export function effectiveLine(workspace: Workspace, entry: LineEntry): EffectiveLine {
  const { line } = entry;
  const profile = findNetwork(entry.network)!;
  const writing = workspace.charter.writing ?? {};
  const tone = { ...writing, ...(line.tone ?? {}) };
  return {
    network: entry.network,
    file: entry.file,
    profile,
    account: line.account ?? 'brand',
    objectives: line.objectives ?? [],
    personas: line.personas ?? [],
    themes: (line.themes ?? []).map((t) => ({ id: t.id, label: t.label ?? t.id, weight: t.weight })),
    formats: line.formats ?? [...profile.formats],
    tone: {
      register: tone.register ?? 'neutral',
      emojisMax: tone.emojis?.max,
      hashtagsMin: tone.hashtags?.min ?? 0,
      hashtagsMax: capped(tone.hashtags?.max, profile.hashtagCap),
      mentionsMax: tone.mentions?.max,
      exclamationsMax: tone.exclamations?.max,
      banned: [...(writing.banned ?? []), ...(line.tone?.banned ?? [])],
      substitutions: { ...(writing.substitutions ?? {}), ...(line.tone?.substitutions ?? {}) },
    },
    frequency: frequencyOf(line, profile),
    length: {
      max: Math.min(line.length?.max ?? profile.textLimit, profile.textLimit),
      recommended: line.length?.recommended,
      fold: line.length?.fold ?? profile.fold?.length,
    },
    links: {
      allowed: (line.links?.allowed ?? true) && profile.linksClickable,
      utm: line.links?.utm ?? 'optional',
      source: line.links?.utm_source ?? entry.network,
      medium: line.links?.utm_medium,
      campaign: line.links?.utm_campaign,
    },
  };
}

export function effectiveLines(workspace: Workspace): EffectiveLine[] {
  return workspace.lines.map((entry) => effectiveLine(workspace, entry));
}
