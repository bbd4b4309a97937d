import * as z from 'zod/mini';
import {
  ageRange, country, day, id, isoDate, localDateTime, minMax, networkName, networkOrAll, nonEmpty, nonNegative, nonNegativeInt,
  objectiveKind, percent, rulesConfig, stringList, target, time, timeZone, writingRules,
} from './common.js';

/** `report:` in edito.yaml: how `edito report` measures (docs/report.md). */
export const ENGAGEMENT_DENOMINATORS = ['reach', 'impressions', 'followers'] as const;
export const reportSettings = z.object({
  engagement_rate: z.optional(
    z.object({ denominator: z.optional(z.enum(ENGAGEMENT_DENOMINATORS)), average: z.optional(z.enum(['ratio', 'mean'])) }),
  ),
  tolerance_minutes: z.optional(nonNegativeInt),
  late_days: z.optional(nonNegativeInt),
  /** Analytics exports read when --metrics is not given: paths or globs relative to the workspace. */
  metrics: z.optional(stringList),
  /** How to read 03/04/2027 in an export: auto infers it from the column (a part above 12), else month first. */
  date_order: z.optional(z.enum(['auto', 'mdy', 'dmy'])),
  suggest: z.optional(z.object({ min_posts: z.optional(nonNegativeInt.check(z.gte(1))), min_gain: z.optional(nonNegative) })),
});

/** edito.yaml */
export const workspaceSettings = z.object({
  brand: nonEmpty,
  locale: z._default(z.enum(['fr', 'en']), 'en'),
  timezone: timeZone,
  country: z.optional(country),
  period: z.optional(
    z.object({ start: isoDate, end: isoDate })
      .check(z.refine((p) => p.end >= p.start, { path: ['end'], message: 'err.range_order' })),
  ),
  paths: z.optional(z.partial(z.object({
    objectives: z.string(),
    personas: z.string(),
    competitors: z.string(),
    charter: z.string(),
    networks: z.string(),
    key_dates: z.string(),
    posts: z.string(),
  }))),
  report: z.optional(reportSettings),
});

/** strategy/objectives.yaml */
export const objective = z.object({
  id,
  title: z.optional(nonEmpty),
  kind: z.optional(objectiveKind),
  kpi: z.optional(nonEmpty),
  network: z.optional(networkOrAll),
  baseline: z.optional(nonNegative),
  target: z.optional(target),
  deadline: z.optional(isoDate),
  owner: z.optional(z.string()),
});
export const objectivesFile = z.object({ objectives: z.array(objective) });

/** strategy/personas.yaml */
export const persona = z.object({
  id,
  name: nonEmpty,
  sector: z.optional(z.string()),
  role: z.optional(z.string()),
  age: z.optional(ageRange),
  location: z.optional(z.string()),
  interests: z.optional(stringList),
  challenges: z.optional(stringList),
  networks: z.optional(z.array(networkName)),
});
export const personasFile = z.object({ personas: z.array(persona) });

/** strategy/competitors.yaml */
export const competitorPresence = z.object({
  followers: z.optional(nonNegativeInt),
  posts_per_week: z.optional(nonNegative),
  formats: z.optional(stringList),
  engagement_rate: z.optional(nonNegative),
});
export const competitor = z.object({
  id,
  name: nonEmpty,
  url: z.optional(z.string()),
  positioning: z.optional(z.string()),
  tone: z.optional(stringList),
  objectives: z.optional(z.array(objectiveKind)),
  strengths: z.optional(stringList),
  weaknesses: z.optional(stringList),
  networks: z.optional(z.record(networkName, competitorPresence)),
});
export const competitorsFile = z.object({ competitors: z.array(competitor) });

/** charter/charter.yaml */
export const charterFile = z.object({
  voice: z.optional(stringList),
  writing: z.optional(writingRules),
  spelling: z.optional(
    z.object({ enabled: z.optional(z.boolean()), language: z.optional(z.enum(['fr', 'en'])), words: z.optional(stringList) }),
  ),
  rules: z.optional(rulesConfig),
  production: z.optional(z.union([z.string(), stringList])),
});

const frequencyCount = z
  .object({ min: nonNegativeInt, max: nonNegativeInt, target: z.optional(nonNegativeInt) })
  .check(z.superRefine((count, ctx) => {
    if (count.max < count.min) ctx.addIssue({ code: 'custom', path: ['max'], message: 'err.max_below_min' });
    if (count.target !== undefined && (count.target < count.min || count.target > count.max)) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'err.target_outside' });
    }
  }));
export const FREQUENCY_UNITS = ['per_day', 'per_week', 'per_month'] as const;
export const frequency = z
  .object({
    per_day: z.optional(frequencyCount),
    per_week: z.optional(frequencyCount),
    per_month: z.optional(frequencyCount),
    days: z.optional(z.array(day).check(z.minLength(1))),
    times: z.optional(z.array(time).check(z.minLength(1))),
    min_gap_hours: z.optional(nonNegative),
  })
  .check(z.superRefine((value, ctx) => {
    const units = FREQUENCY_UNITS.filter((unit) => value[unit] !== undefined);
    if (units.length > 1) ctx.addIssue({ code: 'custom', path: [units[1]!], message: 'err.one_unit' });
  }));

export const theme = z.object({ id, label: z.optional(z.string()), weight: percent });

/** charter/networks/<network>.yaml: one editorial line. */
export const editorialLine = z.object({
  network: networkName,
  handle: z.optional(z.string()),
  account: z.optional(z.enum(['brand', 'ambassador'])),
  objectives: z.optional(z.array(id)),
  personas: z.optional(z.array(id)),
  themes: z.optional(z.array(theme)),
  formats: z.optional(stringList),
  tone: z.optional(writingRules),
  frequency: z.optional(frequency),
  length: z.optional(z.object({ max: z.optional(nonNegativeInt), recommended: z.optional(nonNegativeInt), fold: z.optional(nonNegativeInt) })),
  links: z.optional(z.object({
    allowed: z.optional(z.boolean()),
    utm: z.optional(z.enum(['required', 'optional'])),
    utm_source: z.optional(z.string()),
    utm_medium: z.optional(z.string()),
    utm_campaign: z.optional(z.string()),
  })),
  rules: z.optional(rulesConfig),
});

/** calendar/key-dates.yaml */
export const keyDateEvent = z
  .object({
    id: z.optional(id),
    name: nonEmpty,
    date: z.optional(isoDate),
    from: z.optional(isoDate),
    to: z.optional(isoDate),
    networks: z.optional(z.array(networkName)),
    theme: z.optional(id),
    priority: z.optional(z.enum(['low', 'normal', 'high'])),
    notes: z.optional(z.string()),
  })
  .check(z.superRefine((event, ctx) => {
    if (event.date === undefined && event.from === undefined) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'err.event_date' });
    }
    if (event.from !== undefined && event.to !== undefined && event.to < event.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'err.range_order' });
    }
  }));
export const blackout = z
  .object({
    from: isoDate,
    to: isoDate,
    reason: z.optional(z.string()),
    networks: z.optional(z.array(networkName)),
  })
  .check(z.refine((b) => b.to >= b.from, { path: ['to'], message: 'err.range_order' }));
export const keyDatesFile = z.object({
  holidays: z.optional(z.object({ country: z.optional(country), policy: z.optional(z.enum(['skip', 'mark'])) })),
  events: z.optional(z.array(keyDateEvent)),
  blackout: z.optional(z.array(blackout)),
});

export const POST_STATUSES = ['idea', 'draft', 'ready', 'scheduled', 'published'] as const;

/** Front matter of a post (posts/**\/*.md). */
export const postFrontMatter = z.object({
  network: networkName,
  date: localDateTime,
  format: z.optional(z.string()),
  theme: z.optional(id),
  persona: z.optional(id),
  objective: z.optional(id),
  account: z.optional(z.enum(['brand', 'ambassador'])),
  status: z.optional(z.enum(POST_STATUSES)),
  title: z.optional(z.string()),
  link: z.optional(z.string()),
  /** Where the post lives once published, and the network's id for it: how `edito report` matches analytics rows. */
  permalink: z.optional(z.string()),
  post_id: z.optional(z.string()),
  media: z.optional(z.union([z.string(), stringList])),
  tags: z.optional(stringList),
});

export type WorkspaceSettings = z.infer<typeof workspaceSettings>;
export type Objective = z.infer<typeof objective>;
export type ReportSettings = z.infer<typeof reportSettings>;
export type Persona = z.infer<typeof persona>;
export type Competitor = z.infer<typeof competitor>;
export type Charter = z.infer<typeof charterFile>;
export type Frequency = z.infer<typeof frequency>;
export type EditorialLine = z.infer<typeof editorialLine>;
export type KeyDates = z.infer<typeof keyDatesFile>;
export type KeyDateEvent = z.infer<typeof keyDateEvent>;
export type Blackout = z.infer<typeof blackout>;
export type PostFrontMatter = z.infer<typeof postFrontMatter>;

/** Every file kind: its schema, the JSON Schema file name, and whether it must exist. */
export const FILE_KINDS = {
  workspace: { schema: workspaceSettings, schemaFile: 'edito.schema.json', required: true },
  objectives: { schema: objectivesFile, schemaFile: 'objectives.schema.json', required: true },
  personas: { schema: personasFile, schemaFile: 'personas.schema.json', required: true },
  competitors: { schema: competitorsFile, schemaFile: 'competitors.schema.json', required: false },
  charter: { schema: charterFile, schemaFile: 'charter.schema.json', required: true },
  line: { schema: editorialLine, schemaFile: 'network.schema.json', required: false },
  keyDates: { schema: keyDatesFile, schemaFile: 'key-dates.schema.json', required: false },
  post: { schema: postFrontMatter, schemaFile: 'post.schema.json', required: false },
} as const;
export type FileKind = keyof typeof FILE_KINDS;
