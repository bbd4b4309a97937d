import * as z from 'zod/mini';
import { isCalendarDate } from '../dates.js';
import { NETWORK_NAMES, WEEKDAYS, findNetwork, type Weekday } from '../networks.js';

/**
 * Building blocks shared by the file schemas. A message that starts with
 * `err.` is an i18n key: the reporters translate it (src/i18n).
 *
 * zod/mini, imported as a namespace: the bundle keeps only the functions
 * called (zod classic, or `import { z }`, loads all of zod at start-up).
 */

export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;
export const id = z.string().check(z.regex(ID_PATTERN, { message: 'err.id' }));

export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export function isRealDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  return isCalendarDate(y, m, d);
}
export const isoDate = z.string().check(
  z.regex(ISO_DATE_PATTERN, { message: 'err.date', abort: true }),
  z.refine(isRealDate, { message: 'err.date' }),
);

export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
export const time = z.string().check(z.regex(TIME_PATTERN, { message: 'err.time' }));

/** Local date-time of a post: YYYY-MM-DDTHH:MM (seconds allowed), or a date alone. */
export const LOCAL_DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})(?:[T ]([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?)?$/;
export const localDateTime = z.string().check(
  z.regex(LOCAL_DATE_TIME_PATTERN, { message: 'err.datetime', abort: true }),
  z.refine((v) => {
    const match = LOCAL_DATE_TIME_PATTERN.exec(v);
    return match !== null && isRealDate(match[1]!);
  }, { message: 'err.datetime' }),
);

let canonicalZones: ReadonlySet<string> | undefined;

/**
 * A zone Intl knows. The canonical names are looked up in Intl's list (≈ 1 ms):
 * the first Intl.DateTimeFormat of a process costs ≈ 10 ms, spent only on the
 * other names (aliases such as US/Eastern, other cases), which it accepts too.
 */
export function isTimeZone(value: string): boolean {
  if ((canonicalZones ??= new Set(Intl.supportedValuesOf('timeZone'))).has(value)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
export const timeZone = z.string().check(z.refine(isTimeZone, { message: 'err.timezone' }), z.meta({ description: 'IANA time zone, e.g. Europe/Paris' }));

/** ISO 3166-1 alpha-2, optionally with a subdivision: FR, CA-QC, FR-67. */
export const country = z.string().check(z.regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, { message: 'err.country' }));

export const RELATIVE_TARGET_PATTERN = /^[+-]\d+(?:[.,]\d+)?\s?%$/;
export const target = z.union([
  z.number(),
  z.string().check(z.regex(RELATIVE_TARGET_PATTERN, { message: 'err.target' })),
]);

/** An age range: `35-50`, `25–34`, `55+`, or a single age. */
export const AGE_PATTERN = /^(\d{1,3})\s?(?:[-–]\s?(\d{1,3})|\+)?$/;
export const ageRange = z.union([
  z.number().check(z.int(), z.gte(0), z.lte(120)),
  z.string().check(z.refine((v) => {
    const m = AGE_PATTERN.exec(v.trim());
    return m !== null && (m[2] === undefined || Number(m[2]) >= Number(m[1]));
  }, { message: 'err.age' })),
]);

export const networkName = z.string().check(
  z.refine((v) => findNetwork(v) !== undefined, { message: 'err.network' }),
  z.meta({ enum: [...NETWORK_NAMES] }),
);
export const networkOrAll = z.string().check(
  z.refine((v) => v === 'all' || findNetwork(v) !== undefined, { message: 'err.network_or_all' }),
  z.meta({ enum: [...NETWORK_NAMES, 'all'] }),
);

const DAY_NAMES: Record<string, Weekday> = {};
const fullEnglish = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const shortFrench = ['lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'];
const fullFrench = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
WEEKDAYS.forEach((day, i) => {
  for (const name of [day, fullEnglish[i]!, shortFrench[i]!, fullFrench[i]!]) DAY_NAMES[name] = day;
});
export const DAY_SPELLINGS = Object.keys(DAY_NAMES);

/** mon…sun, full English names, or French lun…dim / lundi…dimanche. */
export function normalizeDay(value: string): Weekday | undefined {
  return DAY_NAMES[value.trim().toLowerCase()];
}
export const day = z.string().check(
  z.refine((v) => normalizeDay(v) !== undefined, { message: 'err.day' }),
  z.meta({ enum: DAY_SPELLINGS }),
);

export const nonNegativeInt = z.number().check(z.int(), z.gte(0));
export const nonNegative = z.number().check(z.gte(0));
export const percent = z.number().check(z.gte(0), z.lte(100));
export const nonEmpty = z.string().check(z.minLength(1));

export const minMax = z.object({ min: z.optional(nonNegativeInt), max: z.optional(nonNegativeInt) });
export const maxOnly = z.object({ max: nonNegativeInt });

export const severity = z.enum(['error', 'warning', 'info', 'off']);
export type Severity = z.infer<typeof severity>;

/** rule id → severity, or [severity, options]. Rule ids are checked by validate. */
export const rulesConfig = z.record(
  z.string(),
  z.union([severity, z.tuple([severity], z.unknown())]),
);

export const register = z.enum(['vous', 'tu', 'neutral', 'formal', 'informal']);

/** Writing rules: the same keys in the charter's `writing` and a line's `tone`. */
export const writingRules = z.object({
  register: z.optional(register),
  emojis: z.optional(z.partial(maxOnly)),
  hashtags: z.optional(minMax),
  mentions: z.optional(z.partial(maxOnly)),
  exclamations: z.optional(z.partial(maxOnly)),
  banned: z.optional(z.array(nonEmpty)),
  substitutions: z.optional(z.record(z.string(), z.string())),
});
export type WritingRules = z.infer<typeof writingRules>;

export const objectiveKind = z.enum(['notoriety', 'engagement', 'traffic', 'leads', 'conversion', 'loyalty']);
export const KNOWN_KPIS = [
  'followers', 'impressions', 'reach', 'likes', 'comments', 'shares', 'engagement', 'engagement_rate',
  'clicks', 'social_sessions', 'leads', 'conversions', 'video_views',
] as const;

export const stringList = z.array(z.string());
