import { z } from 'zod';
import {
  ageRange, country, day, id, isoDate, localDateTime, minMax, networkName, networkOrAll, nonNegativeInt,
  objectiveKind, percent, rulesConfig, stringList, target, time, timeZone, writingRules,
} from './common.js';

/** `report:` in edito.yaml: how `edito report` measures (docs/report.md). */
export const ENGAGEMENT_DENOMINATORS = ['reach', 'impressions', 'followers'] as const;
export const reportSettings = z.object({
  engagement_rate: z
    .object({ denominator: z.enum(ENGAGEMENT_DENOMINATORS).optional(), average: z.enum(['ratio', 'mean']).optional() })
    .optional(),
  tolerance_minutes: nonNegativeInt.optional(),
  late_days: nonNegativeInt.optional(),
  /** Analytics exports read when --metrics is not given: paths or globs relative to the workspace. */
  metrics: stringList.optional(),
  /** How to read 03/04/2027 in an export: auto infers it from the column (a part above 12), else month first. */
  date_order: z.enum(['auto', 'mdy', 'dmy']).optional(),
  suggest: z.object({ min_posts: nonNegativeInt.min(1).optional(), min_gain: z.number().min(0).optional() }).optional(),
});

/** edito.yaml */
export const workspaceSettings = z.object({
  brand: z.string().min(1),
  locale: z.enum(['fr', 'en']).default('en'),
  timezone: timeZone,
  country: country.optional(),
  period: z
    .object({ start: isoDate, end: isoDate })
    .refine((p) => p.end >= p.start, { path: ['end'], message: 'err.range_order' })
    .optional(),
  paths: z
    .object({
      objectives: z.string(),
      personas: z.string(),
      competitors: z.string(),
      charter: z.string(),
      networks: z.string(),
      key_dates: z.string(),
      posts: z.string(),
    })
    .partial()
    .optional(),
  report: reportSettings.optional(),
});

/** strategy/objectives.yaml */
export const objective = z.object({
  id,
  title: z.string().min(1).optional(),
  kind: objectiveKind.optional(),
  kpi: z.string().min(1).optional(),
  network: networkOrAll.optional(),
  baseline: z.number().min(0).optional(),
  target: target.optional(),
  deadline: isoDate.optional(),
  owner: z.string().optional(),
});
export const objectivesFile = z.object({ objectives: z.array(objective) });

/** strategy/personas.yaml */
export const persona = z.object({
  id,
  name: z.string().min(1),
  sector: z.string().optional(),
  role: z.string().optional(),
  age: ageRange.optional(),
  location: z.string().optional(),
  interests: stringList.optional(),
  challenges: stringList.optional(),
  networks: z.array(networkName).optional(),
});
export const personasFile = z.object({ personas: z.array(persona) });

/** strategy/competitors.yaml */
export const competitorPresence = z.object({
  followers: nonNegativeInt.optional(),
  posts_per_week: z.number().min(0).optional(),
  formats: stringList.optional(),
  engagement_rate: z.number().min(0).optional(),
});
export const competitor = z.object({
  id,
  name: z.string().min(1),
  url: z.string().optional(),
  positioning: z.string().optional(),
  tone: stringList.optional(),
  objectives: z.array(objectiveKind).optional(),
  strengths: stringList.optional(),
  weaknesses: stringList.optional(),
  networks: z.record(networkName, competitorPresence).optional(),
});
export const competitorsFile = z.object({ competitors: z.array(competitor) });

/** charter/charter.yaml */
export const charterFile = z.object({
  voice: stringList.optional(),
  writing: writingRules.optional(),
  spelling: z
    .object({ enabled: z.boolean().optional(), language: z.enum(['fr', 'en']).optional(), words: stringList.optional() })
    .optional(),
  rules: rulesConfig.optional(),
  production: z.union([z.string(), stringList]).optional(),
});

const frequencyCount = z
  .object({ min: nonNegativeInt, max: nonNegativeInt, target: nonNegativeInt.optional() })
  .superRefine((count, ctx) => {
    if (count.max < count.min) ctx.addIssue({ code: 'custom', path: ['max'], message: 'err.max_below_min' });
    if (count.target !== undefined && (count.target < count.min || count.target > count.max)) {
      ctx.addIssue({ code: 'custom', path: ['target'], message: 'err.target_outside' });
    }
  });
export const FREQUENCY_UNITS = ['per_day', 'per_week', 'per_month'] as const;
export const frequency = z
  .object({
    per_day: frequencyCount.optional(),
    per_week: frequencyCount.optional(),
    per_month: frequencyCount.optional(),
    days: z.array(day).min(1).optional(),
    times: z.array(time).min(1).optional(),
    min_gap_hours: z.number().min(0).optional(),
  })
  .superRefine((value, ctx) => {
    const units = FREQUENCY_UNITS.filter((unit) => value[unit] !== undefined);
    if (units.length > 1) ctx.addIssue({ code: 'custom', path: [units[1]!], message: 'err.one_unit' });
  });

export const theme = z.object({ id, label: z.string().optional(), weight: percent });

/** charter/networks/<network>.yaml: one editorial line. */
export const editorialLine = z.object({
  network: networkName,
  handle: z.string().optional(),
  account: z.enum(['brand', 'ambassador']).optional(),
  objectives: z.array(id).optional(),
  personas: z.array(id).optional(),
  themes: z.array(theme).optional(),
  formats: stringList.optional(),
  tone: writingRules.optional(),
  frequency: frequency.optional(),
  length: z.object({ max: nonNegativeInt.optional(), recommended: nonNegativeInt.optional(), fold: nonNegativeInt.optional() }).optional(),
  links: z
    .object({
      allowed: z.boolean().optional(),
      utm: z.enum(['required', 'optional']).optional(),
      utm_source: z.string().optional(),
      utm_medium: z.string().optional(),
      utm_campaign: z.string().optional(),
    })
    .optional(),
  rules: rulesConfig.optional(),
});

/** calendar/key-dates.yaml */
export const keyDateEvent = z
  .object({
  id: id.optional(),
  name: z.string().min(1),
  date: isoDate.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  networks: z.array(networkName).optional(),
  theme: id.optional(),
  priority: z.enum(['low', 'normal', 'high']).optional(),
  notes: z.string().optional(),
})
  .superRefine((event, ctx) => {
    if (event.date === undefined && event.from === undefined) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'err.event_date' });
    }
    if (event.from !== undefined && event.to !== undefined && event.to < event.from) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'err.range_order' });
    }
  });
export const blackout = z
  .object({
    from: isoDate,
    to: isoDate,
    reason: z.string().optional(),
    networks: z.array(networkName).optional(),
  })
  .refine((b) => b.to >= b.from, { path: ['to'], message: 'err.range_order' });
export const keyDatesFile = z.object({
  holidays: z.object({ country: country.optional(), policy: z.enum(['skip', 'mark']).optional() }).optional(),
  events: z.array(keyDateEvent).optional(),
  blackout: z.array(blackout).optional(),
});

export const POST_STATUSES = ['idea', 'draft', 'ready', 'scheduled', 'published'] as const;

/** Front matter of a post (posts/**\/*.md). */
export const postFrontMatter = z.object({
  network: networkName,
  date: localDateTime,
  format: z.string().optional(),
  theme: id.optional(),
  persona: id.optional(),
  objective: id.optional(),
  account: z.enum(['brand', 'ambassador']).optional(),
  status: z.enum(POST_STATUSES).optional(),
  title: z.string().optional(),
  link: z.string().optional(),
  /** Where the post lives once published, and the network's id for it: how `edito report` matches analytics rows. */
  permalink: z.string().optional(),
  post_id: z.string().optional(),
  media: z.union([z.string(), stringList]).optional(),
  tags: stringList.optional(),
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
