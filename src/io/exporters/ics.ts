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
export function slotUid(slot: Slot, brand: string): string {
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

function render(plan: Plan, options: IcsOptions): string {
  const tzid = plan.timezone;
  const stamp = `${plan.range.from.replace(/-/g, '')}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//edito//edito plan//${options.locale.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${text(options.t('plan.ics_name', { brand: options.brand }))}`,
    `X-WR-TIMEZONE:${tzid}`,
  ];
  const label = Object.fromEntries(
    (['format', 'persona', 'objectives', 'key_date', 'holiday', 'post'] as const).map((key) => [key, options.t(`plan.col.${key}`)]),
  ) as Labels;
  lines.push(...options.vtimezone.split(/\r?\n/).filter((l) => l.trim() !== ''));
  for (const slot of plan.slots) {
    const theme = slot.themeLabel ?? '';
    lines.push(
      'BEGIN:VEVENT',
      `UID:${slotUid(slot, options.brand)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=${tzid}:${basic(slot.date, slot.time)}`,
      `DURATION:${SLOT_DURATION}`,
      `SUMMARY:${text(theme ? `${networkName(slot.network)} · ${theme}` : networkName(slot.network))}`,
      `DESCRIPTION:${text(description(slot, label, options))}`,
      `CATEGORIES:${text(slot.network)}`,
      'END:VEVENT',
    );
  }
  for (const u of plan.unplanned) {
    const day = u.date.slice(0, 10);
    const lines2 = [`${label.post}: ${u.post}`, offPlanNote(u, options)];
    const body = options.postTexts[u.post]?.trim();
    if (body) lines2.push('', body);
    lines.push(
      'BEGIN:VEVENT',
      `UID:${offPlanUid(u, options.brand)}`,
      `DTSTAMP:${stamp}`,
      u.time ? `DTSTART;TZID=${tzid}:${basic(day, u.time)}` : `DTSTART;VALUE=DATE:${day.replace(/-/g, '')}`,
      u.time ? `DURATION:${SLOT_DURATION}` : 'DURATION:P1D',
      `SUMMARY:${text(`${networkName(u.network)} · ◇ ${options.t('plan.off_plan')}`)}`,
      `DESCRIPTION:${text(lines2.join('\n'))}`,
      `CATEGORIES:${text(u.network)},off-plan`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}

async function prepare(_plan: Plan, context: PrepareContext): Promise<IcsExtra> {
  const { default: zones } = await import('@touch4it/ical-timezones');
  const vtimezone = zones.getVtimezoneComponent(context.timezone);
  if (!vtimezone) throw new CannotRun('plan.no_vtimezone', { timezone: context.timezone });
  return { vtimezone, postTexts: Object.fromEntries(context.posts.map((p) => [p.file, p.body])) };
}

export const ics = defineExporter({ id: 'ics', prepare, render });
