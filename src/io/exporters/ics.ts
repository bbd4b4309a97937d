import { createHash } from 'node:crypto';
import type { OffPlanPost, Plan, Slot } from '../../core/planner/types.js';
import { CannotRun } from '../../app/errors.js';
import { withoutControls } from '../sanitize.js';
import { defineExporter, networkName, offPlanNote, type CommonOptions, type PrepareContext } from './shared.js';

/** What ics loads before it renders: the VTIMEZONE of the plan's zone, and the post texts it puts in each event. */
interface IcsExtra {
  vtimezone: string;
  postTexts: Readonly<Record<string, string>>;
}

type IcsOptions = CommonOptions & IcsExtra;

/**
 * RFC 5545, written directly rather than through ical-generator: its line
 * folding allocates a TextEncoder per character, which made a year on 12
 * networks (2,800 events) take over a second. A slot already knows its local
 * wall-clock time, so DTSTART is written as that time with the zone's TZID,
 * the VTIMEZONE comes from @touch4it/ical-timezones, and the length is a
 * DURATION (no DST arithmetic). DTSTAMP is fixed to the range start so that
 * the same plan gives byte-identical output.
 */

const SLOT_DURATION = 'PT30M';

/** The brand slug of a UID is at most this long: past it, its first 23 characters, a dash and 16 hex digits of its SHA-256. */
export const UID_OWNER_MAX = 40;

/**
 * Same network, day and time → same UID, run after run, so calendar apps
 * update events instead of duplicating them. A brand whose slug is longer than
 * UID_OWNER_MAX is shortened with a hash of the whole slug, so a UID stays
 * under 80 characters (RFC 7986 readers keep them short) and is still stable.
 */
export function slotUid(slot: Pick<Slot, 'network' | 'date' | 'time'>, brand: string): string {
  return `${slot.network}-${slot.date.replace(/-/g, '')}T${slot.time.replace(':', '')}@${uidOwner(brand)}.edito`;
}

let lastOwner: { brand: string; owner: string } | undefined;

/** The brand part of every UID, worked out once per brand (a long brand costs its length once, not once per event). */
function uidOwner(brand: string): string {
  if (lastOwner?.brand === brand) return lastOwner.owner;
  let owner = brand.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase() || 'edito';
  if (owner.length > UID_OWNER_MAX) owner = `${owner.slice(0, 23).replace(/-$/, '')}-${createHash('sha256').update(owner).digest('hex').slice(0, 16)}`;
  lastOwner = { brand, owner };
  return owner;
}

/** A post off the plan: its UID from its file (a hash, so any path gives a short, stable UID). */
export function offPlanUid(u: OffPlanPost, brand: string): string {
  return `post-${createHash('sha256').update(u.post).digest('hex').slice(0, 16)}@${uidOwner(brand)}.edito`;
}

/** TEXT value escaping (RFC 5545 §3.3.11). */
function text(value: string): string {
  return withoutControls(value).replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/;

/** Folds a content line at 75 octets, never inside a UTF-8 sequence (RFC 5545 §3.1). */
export function fold(line: string): string {
  if (line.length <= 75 && ASCII.test(line)) return line;
  let out = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > 75) {
      out += '\r\n ';
      octets = 1;
    }
    out += char;
    octets += size;
  }
  return out;
}

const basic = (date: string, time: string) => `${date.replace(/-/g, '')}T${time.replace(':', '')}00`;

type Labels = Record<'format' | 'persona' | 'objectives' | 'key_date' | 'holiday' | 'post', string>;

function description(slot: Slot, label: Labels, options: IcsOptions): string {
  const lines = [
    `${label.format}: ${slot.format ?? '—'}`,
    `${label.persona}: ${slot.persona ?? '—'}`,
    `${label.objectives}: ${slot.objectives.join(', ') || '—'}`,
  ];
  if (slot.keyDate) lines.push(`${label.key_date}: ${slot.keyDate}`);
  if (slot.holiday) lines.push(`${label.holiday}: ${slot.holiday}`);
  if (slot.post) {
    lines.push(`${label.post}: ${slot.post}`);
    const body = options.postTexts[slot.post]?.trim();
    if (body) lines.push('', body);
  }
  return lines.join('\n');
}

/** One VEVENT: its wall-clock start in the calendar's zone, 30 minutes long. */
export interface IcsEvent {
  uid: string;
  date: string;
  /** HH:MM, or null for an all-day event. */
  time: string | null;
  summary: string;
  description: string;
  categories: readonly string[];
}

/** How many events go in one chunk of output: big enough to write in few calls, small enough never to hold the file. */
const EVENTS_PER_CHUNK = 500;

/**
 * A whole VCALENDAR, as it is produced: the zone's VTIMEZONE, then the
 * events, folded, CRLF, a few hundred events at a time, so that a long plan
 * is written without ever being one string. `stamp` is a date (the range
 * start), so the same input gives the same bytes.
 */
export function* icsChunks(head: { product: string; name: string; tzid: string; vtimezone: string; stamp: string }, events: readonly IcsEvent[]): Generator<string> {
  const stamp = `${head.stamp.replace(/-/g, '')}T000000Z`;
  const out = (lines: readonly string[]) => `${lines.map(fold).join('\r\n')}\r\n`;
  // Slots of a line share their summary, description and categories: each is escaped and folded once.
  const folded = new Map<string, string>();
  const textLine = (name: string, value: string) => {
    const line = `${name}:${value}`;
    let done = folded.get(line);
    if (done === undefined) folded.set(line, (done = fold(`${name}:${text(value)}`)));
    return done;
  };
  const categories = (values: readonly string[]) => {
    const key = `CATEGORIES ${JSON.stringify(values)}`;
    let done = folded.get(key);
    if (done === undefined) folded.set(key, (done = fold(`CATEGORIES:${values.map(text).join(',')}`)));
    return done;
  };
  yield out([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//edito//${head.product}`,
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${text(head.name)}`,
    `X-WR-TIMEZONE:${head.tzid}`,
    ...head.vtimezone.split(/\r?\n/).filter((l) => l.trim() !== ''),
  ]);
  for (let start = 0; start < events.length; start += EVENTS_PER_CHUNK) {
    const lines = events.slice(start, start + EVENTS_PER_CHUNK).flatMap((event) => [
      fold('BEGIN:VEVENT'),
      fold(`UID:${event.uid}`),
      fold(`DTSTAMP:${stamp}`),
      fold(event.time ? `DTSTART;TZID=${head.tzid}:${basic(event.date, event.time)}` : `DTSTART;VALUE=DATE:${event.date.replace(/-/g, '')}`),
      fold(`DURATION:${event.time ? SLOT_DURATION : 'P1D'}`),
      textLine('SUMMARY', event.summary),
      textLine('DESCRIPTION', event.description),
      categories(event.categories),
      fold('END:VEVENT'),
    ]);
    yield `${lines.join('\r\n')}\r\n`;
  }
  yield out(['END:VCALENDAR']);
}

/** The same calendar as one string (export's files are small). */
export function icsCalendar(head: Parameters<typeof icsChunks>[0], events: readonly IcsEvent[]): string {
  return [...icsChunks(head, events)].join('');
}

function chunks(plan: Plan, options: IcsOptions): Iterable<string> {
  const label = Object.fromEntries(
    (['format', 'persona', 'objectives', 'key_date', 'holiday', 'post'] as const).map((key) => [key, options.t(`plan.col.${key}`)]),
  ) as Labels;
  const events = plan.slots.map((slot): IcsEvent => {
    const theme = slot.themeLabel ?? '';
    return {
      uid: slotUid(slot, options.brand), date: slot.date, time: slot.time,
      summary: theme ? `${networkName(slot.network)} · ${theme}` : networkName(slot.network),
      description: description(slot, label, options), categories: [slot.network],
    };
  });
  for (const u of plan.unplanned) {
    const body = options.postTexts[u.post]?.trim();
    events.push({
      uid: offPlanUid(u, options.brand), date: u.date.slice(0, 10), time: u.time,
      summary: `${networkName(u.network)} · ◇ ${options.t('plan.off_plan')}`,
      description: [`${label.post}: ${u.post}`, offPlanNote(u, options), ...(body ? ['', body] : [])].join('\n'),
      categories: [u.network, 'off-plan'],
    });
  }
  const head = { product: `edito plan//${options.locale.toUpperCase()}`, name: options.t('plan.ics_name', { brand: options.brand }) };
  return icsChunks({ ...head, tzid: plan.timezone, vtimezone: options.vtimezone, stamp: plan.range.from }, events);
}

/** The VTIMEZONE of an IANA zone, from @touch4it/ical-timezones. */
export async function loadVtimezone(timezone: string): Promise<string> {
  const { default: zones } = await import('@touch4it/ical-timezones');
  const vtimezone = zones.getVtimezoneComponent(timezone);
  if (!vtimezone) throw new CannotRun('plan.no_vtimezone', { timezone });
  return vtimezone;
}

async function prepare(_plan: Plan, context: PrepareContext): Promise<IcsExtra> {
  const vtimezone = await loadVtimezone(context.timezone);
  return { vtimezone, postTexts: Object.fromEntries(context.posts.map((p) => [p.file, p.body])) };
}

export const ics = defineExporter({ id: 'ics', prepare, chunks, render: (plan, options) => [...chunks(plan, options)].join('') });
