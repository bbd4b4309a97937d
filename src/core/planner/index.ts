import { msg, ref } from '../diagnostics.js';
import { effectiveLines, type EffectiveLine } from '../effective.js';
import { canonicalNetworkId, type NetworkId } from '../networks.js';
import type { Blackout, KeyDateEvent } from '../schemas/files.js';
import type { Workspace } from '../workspace.js';
import { zonedStart, type ZonedStart } from './dates.js';
import { assignMix, type Mix, type MixFixed } from './mix.js';
import { placeLine, type Draft, type KeyDateSlot, type LinePlacement, type Period, type ShortfallReason } from './place.js';
import { datedPosts, fillSlots, type DatedPost, type PostSlotRef } from './posts.js';
import type { OffPlanPost, Plan, PlanInput, PlanWarning, Slot } from './types.js';
import { groupBy } from '../collections.js';
import { dayNumber, weekStartDay } from '../dates.js';

export type { Holiday, OffPlanPost, Plan, PlanInput, PlanWarning, Slot } from './types.js';

/**
 * The publishing calendar of a workspace over a range: pure (no clock, no
 * file system). The same workspace and input always give the same plan.
 */
export function plan(workspace: Workspace, input: PlanInput): Plan {
  const wanted = input.networks ? new Set<NetworkId>(input.networks) : undefined;
  const lines = effectiveLines(workspace).filter((line) => !wanted || wanted.has(line.network));
  const holidays = new Map<string, string>();
  for (const holiday of input.holidays) {
    const known = holidays.get(holiday.date);
    holidays.set(holiday.date, known && known !== holiday.name ? `${known} / ${holiday.name}` : holiday.name);
  }
  const skipHolidays = workspace.keyDates.holidays?.policy === 'skip';
  const blackouts = workspace.keyDates.blackout ?? [];
  const events = workspace.keyDates.events ?? [];
  const warnings: PlanWarning[] = [];
  if (input.to < input.today) {
    warnings.push({
      ...about(workspace.paths.settings, ['period']), code: 'past-range', message: msg('plan.warn.past_range', { to: input.to, today: input.today }),
    });
  }

  const inScope = (network: NetworkId) => !wanted || wanted.has(network);
  const posts = datedPosts(workspace.posts, input.from, input.to, inScope);
  const placements = lines.map((line) => {
    const own = blackouts.filter((b) => appliesTo(b.networks, line.network));
    const placement = placeLine(
      {
        line,
        from: input.from,
        to: input.to,
        isBlackout: (date) => own.some((b) => b.from <= date && date <= b.to),
        holiday: (date) => holidays.get(date),
        skipHolidays,
      },
      keyDatesFor(line.network, events, input.from, input.to),
      posts.filter((p) => p.network === line.network),
    );
    warnings.push(...lineWarnings(line, placement, own, input, (b) => about(workspace.paths.keyDates, ['blackout', blackouts.indexOf(b)])));
    return { line, placement };
  });

  const refs: (PostSlotRef & { draft: Draft })[] = placements.flatMap(({ line, placement }) =>
    placement.drafts.map((draft) => ({ network: line.network, date: draft.date, time: draft.time, post: null, draft })));
  const planned = new Set(lines.map((l) => l.network));
  const unplanned = fillSlots(refs, posts, (network) => planned.has(network));

  const slots: Slot[] = [];
  const zoned = (date: string, time: string) => zonedStart(date, time, input.timezone);
  const resolved: Resolved = { taken: new Map(), skipped: new Set(), orphans: [], timezone: input.timezone };
  const refsOf = groupBy(refs, (ref) => ref.network);
  for (const { line } of placements) {
    const own = refsOf.get(line.network) ?? [];
    // An event's theme applies on the lines that have it; elsewhere the mix picks one.
    const known = new Set(line.themes.map((t) => t.id));
    const eventTheme = (ref: { draft: Draft }) => {
      const theme = ref.draft.keyDate?.theme;
      return theme && known.has(theme) ? theme : undefined;
    };
    const fixed: MixFixed[] = own.map((ref) => (ref.post === null && ref.draft.keyDate === null ? NOTHING_FIXED : {
      theme: ref.post?.meta?.theme ?? eventTheme(ref),
      format: ref.post?.meta?.format,
      persona: ref.post?.meta?.persona,
    }));
    // The first theme of an id gives its label, as a search through the list would.
    const labels = new Map<string, string | undefined>();
    for (const theme of [...line.themes].reverse()) labels.set(theme.id, theme.label);
    const mix = assignMix(fixed, line);
    own.forEach((ref, n) => {
      const slot = toSlot(ref, mix, n, labels, line, zoned, warnings, resolved);
      if (slot) slots.push(slot);
    });
  }
  warnings.push(...overMaxWarnings(placements, unplanned.map((u) => u.dated)));

  // Dates, times and network ids are ASCII of fixed shapes: code-unit order is their collation order.
  slots.sort((a, b) => compareCodeUnits(a.date, b.date) || compareCodeUnits(a.time, b.time) || compareCodeUnits(a.network, b.network));
  return {
    range: { from: input.from, to: input.to },
    timezone: input.timezone,
    slots,
    unplanned: offPlan([...unplanned, ...resolved.orphans.map((dated) => ({ dated, reason: 'no-slot' as const }))], slots),
    warnings,
    holidays: [...holidays].filter(([date]) => date >= input.from && date <= input.to).map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date)),
  };
}

function appliesTo(networks: readonly string[] | undefined, network: NetworkId): boolean {
  return networks === undefined || networks.length === 0 || networks.some((n) => canonicalNetworkId(n) === network);
}

/** An event makes one slot, on its first day, when that day lies in the range. */
function keyDatesFor(network: NetworkId, events: readonly KeyDateEvent[], from: string, to: string): KeyDateSlot[] {
  const out: KeyDateSlot[] = [];
  for (const event of events) {
    const date = event.date ?? event.from;
    if (date === undefined || date < from || date > to || !appliesTo(event.networks, network)) continue;
    out.push({ name: event.name, date, theme: event.theme ?? null, priority: event.priority ?? 'normal' });
  }
  return out;
}

/** A slot with neither a post nor a key date: the mix picks all. */
const NOTHING_FIXED: MixFixed = Object.freeze({});

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}


/** What resolving slots in the zone keeps track of: instants taken per network, days reported skipped, posts whose slot is gone. */
interface Resolved {
  /** Instants taken, per network, in minutes since the epoch (small integers hash faster than milliseconds). */
  taken: Map<NetworkId, Set<number>>;
  skipped: Set<string>;
  orphans: DatedPost[];
  timezone: string;
}

/**
 * The slot at its instant in the zone, or none: on a day the zone skips
 * (Pacific/Apia went from 2011-12-29 to 2011-12-31) or at a time a DST gap
 * moves past the day or onto another slot of the line, the slot is dropped
 * with a warning, never doubled on the next day. A post it held is then
 * listed as unplanned.
 */
function toSlot(
  ref: PostSlotRef & { draft: Draft },
  mix: Mix,
  n: number,
  /** The label of each theme id of the line, if it has one. */
  labels: ReadonlyMap<string, string | undefined>,
  line: EffectiveLine,
  resolve: (date: string, time: string) => ZonedStart,
  warnings: PlanWarning[],
  resolved: Resolved,
): Slot | undefined {
  const zoned = resolve(ref.date, ref.time);
  const { network } = line;
  const theme = mix.themes[n] ?? null;
  let taken = resolved.taken.get(network);
  if (!taken) resolved.taken.set(network, (taken = new Set()));
  const minute = zoned.instant / 60_000;
  if (zoned.date !== ref.date || taken.has(minute)) {
    const place = about(line.file, ['frequency', 'times']);
    const wholeDay = zoned.date !== ref.date && resolve(ref.date, '00:00').date !== ref.date && resolve(ref.date, '23:59').date !== ref.date;
    if (wholeDay) {
      if (!resolved.skipped.has(`${network} ${ref.date}`)) {
        resolved.skipped.add(`${network} ${ref.date}`);
        warnings.push({ ...place, code: 'skipped-day', network, date: ref.date, message: msg('plan.warn.skipped_day', { network, date: ref.date, timezone: resolved.timezone }) });
      }
    } else {
      warnings.push({
        ...place, code: 'dst-gap', network, date: ref.date,
        message: msg('plan.warn.dst_gap_dropped', { network, date: ref.date, time: ref.time, actual: zoned.time }),
      });
    }
    if (ref.post) resolved.orphans.push({ post: ref.post, network, date: ref.date, time: ref.time });
    return undefined;
  }
  taken.add(minute);
  if (zoned.time !== ref.time) {
    warnings.push({
      ...about(line.file, ['frequency', 'times']),
      code: 'dst-gap',
      network: line.network,
      date: ref.date,
      message: msg('plan.warn.dst_gap', { network: line.network, date: ref.date, time: ref.time, actual: zoned.time }),
    });
  }
  return {
    network: line.network,
    date: zoned.date,
    time: zoned.time,
    start: zoned.iso,
    theme,
    themeLabel: theme === null ? null : (labels.get(theme) ?? theme),
    format: mix.formats[n] ?? null,
    persona: mix.personas[n] ?? null,
    objectives: [...line.objectives],
    keyDate: ref.draft.keyDate?.name ?? null,
    holiday: ref.draft.holiday,
    post: ref.post?.file ?? null,
  };
}

/** The posts left without a slot, each with the first free slot of its network in its week. */
function offPlan(left: readonly { dated: DatedPost; reason: OffPlanPost['reason'] }[], slots: readonly Slot[]): OffPlanPost[] {
  if (left.length === 0) return [];
  const free = groupBy(slots.filter((s) => s.post === null), (s) => `${s.network} ${weekStartDay(dayNumber(s.date))}`);
  return left.map(({ dated, reason }) => {
    const slot = free.get(`${dated.network} ${weekStartDay(dayNumber(dated.date))}`)?.[0];
    return {
      post: dated.post.file,
      network: dated.network,
      date: dated.time ? `${dated.date}T${dated.time}` : dated.date,
      time: dated.time,
      reason,
      freeSlot: slot ? { date: slot.date, time: slot.time } : null,
    };
  });
}

type Place = Pick<PlanWarning, 'file' | 'keyPath' | 'severity'>;

/** Where a warning points: the key of the file whose setting causes it. */
function about(file: string, keyPath: PlanWarning['keyPath']): Place {
  return { file, keyPath, severity: 'warning' };
}

function capacityOf(frequency: EffectiveLine['frequency']): number {
  const perDay = frequency.times.length;
  if (frequency.unit === 'per_day') return perDay;
  if (frequency.unit === 'per_week') return perDay * frequency.days.length;
  return perDay * frequency.days.length * 4;
}

const REASON_ORDER: readonly ShortfallReason[] = ['blackout', 'holiday', 'gap', 'capacity'];

function lineWarnings(
  line: EffectiveLine, placement: LinePlacement, own: readonly Blackout[], input: PlanInput, blackoutPlace: (b: Blackout) => Place,
): PlanWarning[] {
  const { network, frequency } = line;
  const out: PlanWarning[] = [];
  const capacity = capacityOf(frequency);
  const short = frequency.target > capacity;
  if (short) {
    out.push({
      ...about(line.file, ['frequency']),
      code: 'capacity',
      network,
      message: msg('plan.warn.capacity', { network, target: frequency.target, unit: ref(`plan.unit.${frequency.unit}`), capacity }),
    });
  }
  for (const b of own) {
    if (b.to < input.from || b.from > input.to) continue;
    out.push({
      ...blackoutPlace(b),
      code: 'blackout',
      network,
      period: { from: b.from, to: b.to },
      message: msg(b.reason ? 'plan.warn.blackout_reason' : 'plan.warn.blackout', { network, from: b.from, to: b.to, reason: b.reason ?? '' }),
    });
  }
  for (const { keyDate, reason } of placement.refusedKeyDates) {
    out.push({
      ...about(line.file, ['frequency']),
      code: 'key-date-dropped',
      network,
      date: keyDate.date,
      message: msg(`plan.warn.key_date_${reason}`, { network, name: keyDate.name, date: keyDate.date }),
    });
  }
  const counts = countByPeriod(placement.drafts);
  for (const period of placement.periods) {
    const count = counts.get(period.key) ?? 0;
    if (!period.full || count >= frequency.min) continue;
    if (frequency.unit === 'per_day' && (period.quota === 0 || period.reasons.has('blackout'))) continue;
    const reason = REASON_ORDER.find((r) => period.reasons.has(r)) ?? 'capacity';
    if (reason === 'capacity' && short) continue;
    out.push(underMin(line, period, count, frequency.min, reason));
  }
  return out;
}

function underMin(line: EffectiveLine, period: Period, count: number, min: number, reason: ShortfallReason): PlanWarning {
  const { network } = line;
  return {
    ...about(line.file, ['frequency']),
    code: 'under-min',
    network,
    period: { from: period.from, to: period.to },
    message: msg('plan.warn.under_min', { network, from: period.from, to: period.to, count, min, reason: ref(`plan.reason.${reason}`) }),
  };
}

function countByPeriod(drafts: readonly Draft[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const draft of drafts) counts.set(draft.period, (counts.get(draft.period) ?? 0) + 1);
  return counts;
}

/** A period is over its max when its slots plus the posts that found no slot in it exceed it. */
function overMaxWarnings(placements: readonly { line: EffectiveLine; placement: LinePlacement }[], extra: readonly DatedPost[]): PlanWarning[] {
  const out: PlanWarning[] = [];
  for (const { line, placement } of placements) {
    const counts = countByPeriod(placement.drafts);
    for (const period of placement.periods) {
      const posts = extra.length === 0 ? 0 : extra.filter((d) => d.network === line.network && period.from <= d.date && d.date <= period.to).length;
      const count = (counts.get(period.key) ?? 0) + posts;
      if (count <= line.frequency.max) continue;
      out.push({
        ...about(line.file, ['frequency']),
        code: 'over-max',
        network: line.network,
        period: { from: period.from, to: period.to },
        message: msg('plan.warn.over_max', { network: line.network, from: period.from, to: period.to, count, max: line.frequency.max }),
      });
    }
  }
  return out;
}
