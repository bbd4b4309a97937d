import {
  defaultLine, defaultPeriod, defaultRegister, keyDatesFor, localDays, normaliseWeights, parseTarget,
  splitList, SUGGESTED_COMPETITORS, weightsSum, defaultCharter, defaultThemes,
  type Locale, type StrategyAnswers, type ThemeAnswer,
} from '../core/init/answers.js';
import { findNetwork, NETWORKS, WEEKDAYS, type NetworkId } from '../core/networks.js';
import { AGE_PATTERN, isRealDate, isTimeZone, KNOWN_KPIS, objectiveKind, TIME_PATTERN } from '../core/schemas/common.js';
import { type Competitor, type EditorialLine, type Objective, type Persona } from '../core/schemas/files.js';
import { idFrom, slugify, uniqueName } from '../core/slug.js';
import { smartFailures } from '../core/validate/smart.js';
import { translator, type Translate } from '../i18n/init.js';
import { styleText } from 'node:util';
import { useColor, type CliIo } from './context.js';
import type { InitStart } from '../app/init.js';

/**
 * The questions of `edito init`, in the order of the methodology (DESIGN §1).
 * Prompts go through `Ask`, so that the flow runs on inquirer in a terminal
 * and on scripted answers in unit tests.
 */
export interface Choice<T extends string> {
  value: T;
  name: string;
  /** What the answer line shows once chosen, when shorter than `name`. */
  short?: string;
  checked?: boolean;
}
export type Check<T> = (value: T) => true | string | Promise<true | string>;

export interface Ask {
  /** The language chosen at the first question: prompts' own help lines follow it. */
  setLocale(locale: Locale): void;
  /** A section title between questions. */
  note(text: string): void;
  text(question: { name: string; message: string; default?: string; validate?: Check<string> }): Promise<string>;
  choose<T extends string>(question: { name: string; message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T>;
  tick<T extends string>(question: { name: string; message: string; choices: readonly Choice<T>[]; validate?: Check<readonly T[]> }): Promise<T[]>;
}

/** Number questions are typed as text: messages stay in the user's language, and "1,5" reads as 1.5. */
function parseNumber(text: string): number | undefined {
  const value = text.trim().replace(/\s/g, '').replace(',', '.');
  return /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : undefined;
}

class Wizard {
  t: Translate;
  constructor(readonly ask: Ask, readonly locale: Locale) {
    this.t = translator(locale);
  }

  async yesNo(name: string, message: string, fallback: boolean): Promise<boolean> {
    const answer = await this.ask.choose({
      name, message, default: fallback ? 'yes' : 'no',
      choices: [{ value: 'yes', name: this.t('init.yes') }, { value: 'no', name: this.t('init.no') }],
    });
    return answer === 'yes';
  }

  async optionalText(name: string, message: string, fallback?: string): Promise<string | undefined> {
    const value = (await this.ask.text({ name, message, ...(fallback ? { default: fallback } : {}) })).trim();
    return value === '' ? undefined : value;
  }

  async requiredText(name: string, message: string, required: string, fallback?: string): Promise<string> {
    const value = await this.ask.text({ name, message, ...(fallback ? { default: fallback } : {}), validate: (v) => (v.trim() === '' ? this.t(required) : true) });
    return value.trim();
  }

  async list(name: string, message: string, fallback?: readonly string[]): Promise<string[]> {
    const text = await this.ask.text({ name, message, ...(fallback?.length ? { default: fallback.join(', ') } : {}) });
    return splitList(text);
  }

  async number(name: string, message: string, options: { fallback?: number; optional?: boolean; check?: (n: number) => true | string } = {}): Promise<number | undefined> {
    const text = await this.ask.text({
      name, message,
      ...(options.fallback !== undefined ? { default: String(options.fallback) } : {}),
      validate: (value) => {
        if (value.trim() === '' && options.optional) return true;
        const n = parseNumber(value);
        if (n === undefined) return this.t('init.q.number');
        return options.check ? options.check(n) : true;
      },
    });
    return text.trim() === '' ? undefined : parseNumber(text);
  }

  async wholeNumber(name: string, message: string, fallback: number, check?: (n: number) => true | string): Promise<number> {
    const value = await this.number(name, message, {
      fallback,
      check: (n) => (Number.isInteger(n) ? (check ? check(n) : true) : this.t('init.q.number')),
    });
    return value ?? fallback;
  }
}

export interface WizardResult {
  locale: Locale;
  answers: StrategyAnswers;
}

function frequencyLabel(t: Translate, network: NetworkId): string {
  const { unit, min, max } = findNetwork(network)!.defaultFrequency;
  return t(min === max ? `init.freq.${unit}.exact` : `init.freq.${unit}`, { min, max });
}

async function askSettings(w: Wizard, start: InitStart) {
  const { t, ask } = w;
  ask.note(t('init.section.brand'));
  const brand = await w.requiredText('brand', t('init.q.brand'), 'init.q.brand.required', start.brand);
  const timezone = (await ask.text({
    name: 'timezone', message: t('init.q.timezone'), default: start.timezone,
    validate: (v) => (isTimeZone(v.trim()) ? true : t('init.bad_timezone', { zone: v.trim() })),
  })).trim();
  const countryText = await ask.text({
    name: 'country', message: t('init.q.country'), ...(start.country ? { default: start.country } : {}),
    validate: async (v) => (v.trim() === '' || (await start.knownCountry(v.trim().toUpperCase())) ? true : t('init.bad_country', { country: v.trim() })),
  });
  const country = countryText.trim().toUpperCase() || undefined;
  return { brand, timezone, country };
}

async function askNetworks(w: Wizard, start: InitStart): Promise<NetworkId[]> {
  const { t, ask } = w;
  ask.note(t('init.section.networks'));
  const preset = new Set<string>(start.networks ?? []);
  return ask.tick({
    name: 'networks',
    message: t('init.q.networks'),
    choices: NETWORKS.map((profile) => ({
      value: profile.id as NetworkId,
      name: `${profile.name} (${frequencyLabel(t, profile.id as NetworkId)})`,
      short: profile.name,
      checked: preset.has(profile.id),
    })),
    validate: (values) => (values.length > 0 ? true : t('init.q.networks.required')),
  });
}

async function askObjective(w: Wizard, n: number, networks: readonly NetworkId[], taken: string[], today: string, deadline: string): Promise<Objective> {
  const { t, ask } = w;
  const title = await w.requiredText('objective.title', `${t('init.q.objective.title', { n })} (${t('init.q.objective.title.example')})`, 'init.q.required');
  const kind = await ask.choose({
    name: 'objective.kind', message: t('init.q.objective.kind'),
    choices: objectiveKind.options.map((value) => ({ value, name: t(`init.kind.${value}`), short: value })),
  });
  let kpi: string = await ask.choose({
    name: 'objective.kpi', message: t('init.q.objective.kpi'),
    choices: [...KNOWN_KPIS.map((value) => ({ value: value as string, name: t(`init.kpi.${value}`), short: value })), { value: 'other', name: t('init.kpi.other') }],
  });
  if (kpi === 'other') kpi = await w.requiredText('objective.kpi_other', t('init.q.objective.kpi_other'), 'init.q.required');
  const network = await ask.choose({
    name: 'objective.network', message: t('init.q.objective.network'), default: networks[0],
    choices: [...networks.map((id) => ({ value: id as string, name: findNetwork(id)!.name })), { value: 'all', name: t('init.network.all') }],
  });
  const id = uniqueName(slugify(`${network === 'all' ? '' : network} ${kpi}`) || 'objective', taken);
  const draft: Objective = { id, title, kind, kpi, network };
  const baseline = await w.number('objective.baseline', t('init.q.objective.baseline'), { optional: true });
  if (baseline !== undefined) draft.baseline = baseline;
  // The SMART letters a target can fail (Measurable, Ambitious, Achievable), explained as it is typed.
  const targetText = await ask.text({
    name: 'objective.target', message: t('init.q.objective.target'),
    validate: (value) => {
      const target = parseTarget(value);
      if (target === undefined) return t('init.q.objective.target.invalid');
      const failure = smartFailures({ ...draft, target, deadline }).find((f) => f.letter !== 'T' && f.letter !== 'S');
      return failure ? `${failure.letter} — ${t(failure.message)}` : true;
    },
  });
  draft.target = parseTarget(targetText)!;
  const deadlineText = await ask.text({
    name: 'objective.deadline', message: t('init.q.objective.deadline'), default: deadline,
    validate: (value) => {
      if (!isRealDate(value.trim())) return t('err.date');
      const failure = smartFailures({ ...draft, deadline: value.trim() }, today).find((f) => f.letter === 'T');
      return failure ? `${failure.letter} — ${t(failure.message)}` : true;
    },
  });
  draft.deadline = deadlineText.trim();
  return draft;
}

async function askObjectives(w: Wizard, networks: readonly NetworkId[], today: string, deadline: string): Promise<Objective[]> {
  w.ask.note(w.t('init.section.objectives'));
  const objectives: Objective[] = [];
  do {
    objectives.push(await askObjective(w, objectives.length + 1, networks, objectives.map((o) => o.id), today, deadline));
  } while (await w.yesNo('objective.more', w.t('init.q.objective.more'), false));
  return objectives;
}

/** The answers given: empty ones are left out of the file rather than written empty. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as T;
}

async function askPersonas(w: Wizard, networks: readonly NetworkId[]): Promise<Persona[]> {
  const { t, ask } = w;
  ask.note(t('init.section.personas'));
  const personas: Persona[] = [];
  do {
    const name = await w.requiredText('persona.name', t('init.q.persona.name', { n: personas.length + 1 }), 'init.q.persona.name.required');
    const sector = await w.optionalText('persona.sector', t('init.q.persona.sector'));
    const role = await w.optionalText('persona.role', t('init.q.persona.role'));
    const age = (await ask.text({
      name: 'persona.age', message: t('init.q.persona.age'),
      validate: (v) => (v.trim() === '' || AGE_PATTERN.test(v.trim()) ? true : t('init.q.invalid_age')),
    })).trim() || undefined;
    const location = await w.optionalText('persona.location', t('init.q.persona.location'));
    const interests = await w.list('persona.interests', t('init.q.persona.interests'));
    const challenges = await w.list('persona.challenges', t('init.q.persona.challenges'));
    const reached = networks.length === 1 ? [...networks] : await ask.tick({
      name: 'persona.networks', message: t('init.q.persona.networks'),
      choices: networks.map((id) => ({ value: id, name: findNetwork(id)!.name, checked: true })),
    });
    const id = idFrom(name, personas.map((p) => p.id), `persona-${personas.length + 1}`);
    personas.push(compact({ id, name, sector, role, age, location, interests, challenges, networks: reached }));
  } while (await w.yesNo('persona.more', t('init.q.persona.more'), false));
  return personas;
}

async function askCompetitors(w: Wizard, networks: readonly NetworkId[]): Promise<Competitor[]> {
  const { t, ask } = w;
  ask.note(t('init.section.competitors', { count: SUGGESTED_COMPETITORS }));
  const competitors: Competitor[] = [];
  const more = () => competitors.length === 0
    ? w.yesNo('competitor.more', t('init.q.competitor.first'), true)
    : w.yesNo('competitor.more', t('init.q.competitor.more', { count: competitors.length, suggested: SUGGESTED_COMPETITORS }), competitors.length < SUGGESTED_COMPETITORS);
  while (await more()) {
    const name = await w.requiredText('competitor.name', t('init.q.competitor.name', { n: competitors.length + 1 }), 'init.q.persona.name.required');
    const positioning = await w.optionalText('competitor.positioning', t('init.q.competitor.positioning'));
    const tone = await w.list('competitor.tone', t('init.q.competitor.tone'));
    const presence: NonNullable<Competitor['networks']> = {};
    for (const network of networks) {
      const label = findNetwork(network)!.name;
      const followers = await w.number('competitor.followers', t('init.q.competitor.followers', { network: label }), {
        optional: true, check: (n) => (Number.isInteger(n) ? true : t('init.q.number')),
      });
      const postsPerWeek = await w.number('competitor.posts', t('init.q.competitor.posts', { network: label }), { optional: true });
      if (followers !== undefined || postsPerWeek !== undefined) presence[network] = compact({ followers, posts_per_week: postsPerWeek });
    }
    const id = idFrom(name, competitors.map((c) => c.id), `competitor-${competitors.length + 1}`);
    competitors.push(compact({ id, name, positioning, tone, networks: Object.keys(presence).length > 0 ? presence : undefined }));
  }
  return competitors;
}

async function askThemes(w: Wizard, previous: readonly ThemeAnswer[]): Promise<ThemeAnswer[]> {
  const { t, ask } = w;
  const labels = await ask.text({
    name: 'line.themes', message: t('init.q.line.themes'), default: previous.map((theme) => theme.label).join(', '),
    validate: (v) => (splitList(v).length > 0 ? true : t('init.q.line.themes.required')),
  });
  const ids: string[] = [];
  const themes = splitList(labels).map((label, index) => {
    const id = idFrom(label, ids, `theme-${index + 1}`);
    ids.push(id);
    return { id, label, weight: 0 };
  });
  const even = normaliseWeights(themes.map(() => 1));
  for (;;) {
    for (const [index, theme] of themes.entries()) {
      const before = previous.find((p) => p.id === theme.id)?.weight;
      const fallback = previous.length === themes.length && before !== undefined ? before : even[index]!;
      theme.weight = (await w.number('line.weight', t('init.q.line.weight', { theme: theme.label }), {
        fallback, check: (n) => (n <= 100 ? true : t('schema.too_big', { maximum: 100 })),
      }))!;
    }
    const sum = weightsSum(themes);
    if (sum === 100) return themes;
    const scaled = normaliseWeights(themes.map((theme) => theme.weight));
    const choice = await ask.choose({
      name: 'line.weights_off', message: t('init.q.line.weights_off', { sum }),
      choices: [
        { value: 'normalise', name: t('init.weights.normalise', { weights: scaled.join(', ') }) },
        { value: 'reask', name: t('init.weights.reask') },
      ],
    });
    if (choice === 'normalise') return themes.map((theme, index) => ({ ...theme, weight: scaled[index]! }));
  }
}

async function askLine(w: Wizard, network: NetworkId, base: EditorialLine & { network: NetworkId }, previous: readonly ThemeAnswer[]): Promise<EditorialLine & { network: NetworkId }> {
  const { t, ask } = w;
  const profile = findNetwork(network)!;
  ask.note(t('init.section.line', { network: profile.name }));
  const themes = await askThemes(w, previous);
  const defaultFormats = new Set(base.formats ?? []);
  const formats = await ask.tick({
    name: 'line.formats', message: t('init.q.line.formats', { network: profile.name }),
    choices: profile.formats.map((format) => ({ value: format, name: format, checked: defaultFormats.has(format) })),
    validate: (values) => (values.length > 0 ? true : t('init.q.line.formats.required')),
  });
  const register = await ask.choose({
    name: 'line.register', message: t('init.q.line.register'), default: defaultRegister(w.locale),
    choices: (['vous', 'tu', 'neutral'] as const).map((value) => ({ value, name: t(`init.register.${value}`) })),
  });
  const emojis = await w.wholeNumber('line.emojis', t('init.q.line.emojis'), base.tone?.emojis?.max ?? 3);
  const cap = profile.hashtagCap;
  const hashtagsMin = await w.wholeNumber('line.hashtags_min', t('init.q.line.hashtags_min'), base.tone?.hashtags?.min ?? 0,
    (n) => (cap !== null && n > cap ? t('init.q.line.hashtags_cap', { network: profile.name, cap }) : true));
  const hashtagsMax = await w.wholeNumber('line.hashtags_max', t('init.q.line.hashtags_max'), Math.max(hashtagsMin, base.tone?.hashtags?.max ?? 3), (n) => {
    if (n < hashtagsMin) return t('init.q.line.below_min', { min: hashtagsMin });
    return cap !== null && n > cap ? t('init.q.line.hashtags_cap', { network: profile.name, cap }) : true;
  });
  const { unit, min: defaultMin, max: defaultMax } = profile.defaultFrequency;
  const unitName = t(`init.unit.${unit}`);
  const min = await w.wholeNumber('line.frequency_min', t('init.q.line.frequency_min', { unit: unitName }), defaultMin);
  const max = await w.wholeNumber('line.frequency_max', t('init.q.line.frequency_max', { unit: unitName }), Math.max(min, defaultMax),
    (n) => (n < min ? t('init.q.line.below_min', { min }) : true));
  const defaultDays = new Set<string>(profile.defaultDays);
  const days = await ask.tick({
    name: 'line.days', message: t('init.q.line.days'),
    choices: WEEKDAYS.map((day) => ({ value: day, name: t(`init.day.${day}`), checked: defaultDays.has(day) })),
    validate: (values) => (values.length > 0 ? true : t('init.q.line.days.required')),
  });
  const times = await ask.text({
    name: 'line.times', message: t('init.q.line.times'), default: profile.defaultTimes.join(', '),
    validate: (v) => {
      const list = splitList(v);
      return list.length > 0 && list.every((time) => TIME_PATTERN.test(time)) ? true : t('init.q.line.times.invalid');
    },
  });
  return {
    ...base,
    themes,
    formats,
    tone: { register, emojis: { max: emojis }, hashtags: { min: hashtagsMin, max: hashtagsMax } },
    frequency: {
      [unit]: { min, max },
      days: localDays(days, w.locale),
      times: [...new Set(splitList(times))].sort(),
      min_gap_hours: base.frequency?.min_gap_hours ?? profile.defaultMinGapHours,
    },
  };
}

/** Asks every question, then returns the answers: nothing is written here. */
export async function runWizard(ask: Ask, start: InitStart): Promise<WizardResult> {
  const locale = await ask.choose<Locale>({
    name: 'locale', message: translator(start.locale)('init.q.locale'), default: start.locale,
    choices: [{ value: 'fr', name: 'Français' }, { value: 'en', name: 'English' }],
  });
  ask.setLocale(locale);
  const w = new Wizard(ask, locale);
  const { brand, timezone, country } = await askSettings(w, start);
  const today = start.today(timezone);
  const period = defaultPeriod(today);
  const networks = await askNetworks(w, start);
  const objectives = await askObjectives(w, networks, today, period.end);
  const personas = await askPersonas(w, networks);
  const competitors = await askCompetitors(w, networks);
  const lines: (EditorialLine & { network: NetworkId })[] = [];
  let previous = defaultThemes(w.t);
  for (const network of networks) {
    const line = await askLine(w, network, defaultLine(network, { locale, objectives, personas, themes: previous }), previous);
    previous = line.themes as ThemeAnswer[];
    lines.push(line);
  }
  return {
    locale,
    answers: {
      settings: { brand, locale, timezone, ...(country ? { country } : {}), period },
      objectives,
      personas,
      competitors,
      charter: defaultCharter(locale, brand, w.t),
      lines,
      keyDates: keyDatesFor(country),
    },
  };
}

/** Ask on inquirer, reading the terminal of `io`. Loaded only by the wizard: inquirer costs ~80 ms. */
export function inquirerAsk(io: CliIo, initial: Locale): Ask {
  let locale = initial;
  const context = { input: io.stdin!, output: io.stdout.isTTY ? io.stdout : io.stderr };
  const prompts = import('@inquirer/prompts');
  const bold = (text: string) => (useColor(io, { color: true }, context.output) ? styleText('bold', text) : text);
  const theme = () => {
    const t = translator(locale);
    return {
      style: {
        keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key === 'space' ? t('init.key.space') : key} ${t(`init.key.${action}`)}`).join(' • '),
      },
    };
  };
  return {
    setLocale: (chosen) => {
      locale = chosen;
    },
    note: (text) => context.output.write(`\n${bold(text)}\n`),
    text: async ({ message, default: fallback, validate }) => (await prompts).input({
      message, ...(fallback !== undefined ? { default: fallback } : {}), ...(validate ? { validate } : {}),
    }, context),
    choose: async ({ message, choices, default: fallback }) => (await prompts).select({
      message, choices: choices.map(({ value, name, short }) => ({ value, name, ...(short ? { short } : {}) })), ...(fallback !== undefined ? { default: fallback } : {}), theme: theme(),
    }, context),
    tick: async ({ message, choices, validate }) => (await prompts).checkbox({
      message, choices: choices.map(({ value, name, short, checked }) => ({ value, name, ...(short ? { short } : {}), checked: checked ?? false })), pageSize: 12, theme: theme(),
      ...(validate ? { validate: (selected: readonly { value: (typeof choices)[number]['value'] }[]) => validate(selected.map((c) => c.value)) } : {}),
    }, context),
  };
}
