import { findNetwork, type NetworkId } from '../networks.js';
import { normalizeDay } from '../schemas/common.js';
import type {
  Charter, Competitor, EditorialLine, KeyDates, Objective, Persona, PostFrontMatter, WorkspaceSettings,
} from '../schemas/files.js';
import { idFrom, slugify } from '../slug.js';
import { addDays, addMonths, weekdayOf } from './dates.js';

/** Everything `edito init` writes, as values: the wizard and `--yes` both produce it. */
export interface InitAnswers {
  settings: WorkspaceSettings & { period: { start: string; end: string } };
  objectives: Objective[];
  personas: Persona[];
  competitors: Competitor[];
  charter: Charter;
  lines: (EditorialLine & { network: NetworkId })[];
  keyDates: KeyDates;
  samplePost: SamplePost | undefined;
}

/** The strategy part of the answers: what the wizard asks or --yes assumes. */
export type StrategyAnswers = Omit<InitAnswers, 'samplePost'>;

export interface SamplePost {
  /** Workspace-relative path under posts/. */
  file: string;
  frontMatter: PostFrontMatter;
  body: string;
}

/** Texts of the user's language (the init catalogs): defaults are written in it. */
export type Texts = (id: string, params?: Record<string, string | number>) => string;

export type Locale = 'en' | 'fr';

/** How many months the default planning period covers. */
export const DEFAULT_PERIOD_MONTHS = 3;
/** How many competitors the benchmark should hold (DESIGN §1). */
export const SUGGESTED_COMPETITORS = 5;
/** Default caps written into each editorial line. */
export const DEFAULT_EMOJIS_MAX = 3;
export const DEFAULT_HASHTAGS_MAX = 3;
/** A new post goes at least this many days ahead, clear of "ready soon" checks. */
export const SAMPLE_POST_LEAD_DAYS = 14;

export function defaultRegister(locale: Locale): 'vous' | 'neutral' {
  return locale === 'fr' ? 'vous' : 'neutral';
}

export function defaultPeriod(today: string): { start: string; end: string } {
  return { start: today, end: addDays(addMonths(today, DEFAULT_PERIOD_MONTHS), -1) };
}

/** `fr_FR.UTF-8` → FR; undefined without a region. */
export function countryFromLang(lang: string | undefined): string | undefined {
  const match = /^[a-z]{2,3}[_-]([A-Z]{2})\b/.exec(lang ?? '');
  return match?.[1];
}

export interface ThemeAnswer {
  id: string;
  label: string;
  weight: number;
}

/** Three themes every brand can start from, in the user's language. */
export function defaultThemes(texts: Texts): ThemeAnswer[] {
  const weights = [40, 30, 30];
  const ids: string[] = [];
  return weights.map((weight, index) => {
    const label = texts(`init.default.theme_${index + 1}`);
    const id = idFrom(label, ids, `theme-${index + 1}`);
    ids.push(id);
    return { id, label, weight };
  });
}

/**
 * Whole-number weights proportional to `weights` that add up to exactly 100
 * (largest remainders get the leftover points).
 */
export function normaliseWeights(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + Math.max(0, w), 0);
  if (weights.length === 0) return [];
  const shares = weights.map((w) => (total === 0 ? 100 / weights.length : (Math.max(0, w) * 100) / total));
  const floors = shares.map(Math.floor);
  let left = 100 - floors.reduce((sum, f) => sum + f, 0);
  const order = shares.map((share, index) => ({ index, rest: share - Math.floor(share) })).sort((a, b) => b.rest - a.rest || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    floors[index]! += 1;
    left -= 1;
  }
  return floors;
}

export function weightsSum(themes: readonly { weight: number }[]): number {
  return Math.round(themes.reduce((sum, t) => sum + t.weight, 0) * 1000) / 1000;
}

/** "1300" → 1300, "+30 %" → "+30%"; undefined when it is neither. */
export function parseTarget(text: string): number | string | undefined {
  const value = text.trim();
  if (/^\d+(?:[.,]\d+)?$/.test(value)) return Number(value.replace(',', '.'));
  const relative = /^([+-])\s?(\d+(?:[.,]\d+)?)\s?%$/.exec(value);
  return relative ? `${relative[1]}${relative[2]}%` : undefined;
}

/** "a, b ,, c" → ["a", "b", "c"]. */
export function splitList(text: string): string[] {
  return text.split(/[,;]/).map((item) => item.trim()).filter((item) => item !== '');
}

export interface LineContext {
  locale: Locale;
  objectives: readonly Objective[];
  personas: readonly Persona[];
  themes: readonly ThemeAnswer[];
}

/** Day names as the user's language writes them in a line (fr: lun…dim). */
export function localDays(days: readonly string[], locale: Locale): string[] {
  const french = { mon: 'lun', tue: 'mar', wed: 'mer', thu: 'jeu', fri: 'ven', sat: 'sam', sun: 'dim' } as const;
  return days.map((day) => {
    const canonical = normalizeDay(day);
    return locale === 'fr' && canonical ? french[canonical] : (canonical ?? day);
  });
}

/** The objectives and personas of a network: those aimed at it (or "all") and those reached on it. */
export function linkedIds(network: NetworkId, context: Pick<LineContext, 'objectives' | 'personas'>): { objectives: string[]; personas: string[] } {
  return {
    objectives: context.objectives.filter((o) => o.network === undefined || o.network === 'all' || findNetwork(o.network)?.id === network).map((o) => o.id),
    personas: context.personas.filter((p) => (p.networks ?? []).some((n) => findNetwork(n)?.id === network)).map((p) => p.id),
  };
}

/** An editorial line from the network's built-in profile: its default frequency, days, times, first formats. */
export function defaultLine(network: NetworkId, context: LineContext): EditorialLine & { network: NetworkId } {
  const profile = findNetwork(network)!;
  const { unit, min, max } = profile.defaultFrequency;
  const hashtagsMax = Math.min(DEFAULT_HASHTAGS_MAX, profile.hashtagCap ?? DEFAULT_HASHTAGS_MAX);
  return {
    network,
    account: 'brand',
    ...linkedIds(network, context),
    themes: context.themes.map((theme) => ({ ...theme })),
    formats: profile.formats.slice(0, 3),
    tone: { register: defaultRegister(context.locale), emojis: { max: DEFAULT_EMOJIS_MAX }, hashtags: { min: 0, max: hashtagsMax } },
    frequency: {
      [unit]: { min, max },
      days: localDays(profile.defaultDays, context.locale),
      times: [...profile.defaultTimes],
      min_gap_hours: profile.defaultMinGapHours,
    },
    links: { utm: 'optional' },
  };
}

export function defaultCharter(locale: Locale, brand: string, texts: Texts): Charter {
  return {
    voice: texts('init.default.voice').split(',').map((word) => word.trim()),
    writing: { register: defaultRegister(locale), emojis: { max: DEFAULT_EMOJIS_MAX }, banned: [], substitutions: {} },
    spelling: { enabled: true, language: locale, words: brandWords(brand) },
    rules: {},
    production: texts('init.default.production'),
  };
}

/** The brand's words, so that the spell checker accepts them. */
export function brandWords(brand: string): string[] {
  return [...new Set(brand.split(/[^\p{L}\p{N}'’-]+/u).filter((word) => /\p{L}/u.test(word)))];
}

export function keyDatesFor(country: string | undefined): KeyDates {
  return { ...(country ? { holidays: { country, policy: 'skip' as const } } : {}), events: [], blackout: [] };
}

/** posts/2027/01/2027-01-12-linkedin-slug.md (relative to the posts folder). */
export function postFileName(date: string, network: string, slug: string): string {
  const [year, month] = date.split('-') as [string, string];
  return `${year}/${month}/${date}-${network}-${slug}.md`;
}

/**
 * The first date on or after `from` that the line publishes on (its days),
 * skipping `avoid` (holidays, blackouts).
 */
export function firstPublishingDay(line: EditorialLine, from: string, avoid: ReadonlySet<string> = new Set()): string {
  const profile = findNetwork(line.network)!;
  const days = new Set((line.frequency?.days ?? profile.defaultDays).map((d) => normalizeDay(d)));
  for (let offset = 0; offset < 366; offset += 1) {
    const date = addDays(from, offset);
    if (days.has(weekdayOf(date)) && !avoid.has(date)) return date;
  }
  return from;
}

export function samplePostFor(answers: StrategyAnswers, today: string, texts: Texts, avoid?: ReadonlySet<string>): SamplePost | undefined {
  const line = answers.lines[0];
  if (!line) return undefined;
  const profile = findNetwork(line.network)!;
  const date = firstPublishingDay(line, addDays(today, SAMPLE_POST_LEAD_DAYS), avoid);
  const time = [...(line.frequency?.times ?? profile.defaultTimes)].sort()[0] ?? '09:00';
  const title = texts('init.default.post_title');
  const frontMatter: PostFrontMatter = {
    network: line.network,
    date: `${date}T${time}`,
    title,
    ...(line.formats?.[0] ? { format: line.formats[0] } : {}),
    ...(line.themes?.[0] ? { theme: line.themes[0].id } : {}),
    ...(line.personas?.[0] ? { persona: line.personas[0] } : {}),
    ...(line.objectives?.[0] ? { objective: line.objectives[0] } : {}),
    account: line.account ?? 'brand',
    status: 'idea',
  };
  return { file: postFileName(date, line.network, slugify(title)), frontMatter, body: texts('init.default.post_body') };
}

export interface YesOptions {
  brand: string;
  locale: Locale;
  timezone: string;
  country: string | undefined;
  networks: readonly NetworkId[];
  today: string;
}

/** The documented defaults of `edito init --yes` (docs/init.md). */
export function defaultAnswers(options: YesOptions, texts: Texts): StrategyAnswers {
  const { brand, locale, timezone, country, networks, today } = options;
  const period = defaultPeriod(today);
  const objectives: Objective[] = networks.map((network) => ({
    id: `${network}-followers`,
    title: texts('init.default.objective_title', { network: findNetwork(network)!.name }),
    kind: 'notoriety',
    kpi: 'followers',
    network,
    baseline: 1000,
    target: '+30%',
    deadline: period.end,
  }));
  const personaName = texts('init.default.persona_name');
  const personas: Persona[] = [{
    id: idFrom(personaName, [], 'persona'),
    name: personaName,
    sector: texts('init.default.persona_sector'),
    role: texts('init.default.persona_role'),
    age: '35-50',
    location: texts('init.default.persona_location'),
    interests: splitList(texts('init.default.persona_interests')),
    challenges: splitList(texts('init.default.persona_challenges')),
    networks: [...networks],
  }];
  const competitors: Competitor[] = Array.from({ length: SUGGESTED_COMPETITORS }, (_, index) => {
    const name = texts('init.default.competitor_name', { n: index + 1 });
    return {
      id: slugify(name),
      name,
      positioning: texts('init.default.to_complete'),
      networks: Object.fromEntries(networks.map((network) => [network, {}])),
    };
  });
  const themes = defaultThemes(texts);
  const lines = networks.map((network) => defaultLine(network, { locale, objectives, personas, themes }));
  return {
    settings: { brand, locale, timezone, ...(country ? { country } : {}), period },
    objectives,
    personas,
    competitors,
    charter: defaultCharter(locale, brand, texts),
    lines,
    keyDates: keyDatesFor(country),
  };
}
