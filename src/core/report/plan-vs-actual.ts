import { dayNumber } from '../dates.js';
import type { Slot } from '../planner/types.js';
import { instant, type Publication } from './link.js';
import { ACTUAL_CLASSES, type ActualClass, type ActualEntry, type PlanVsActual, type ReportOptions } from './types.js';

/**
 * Section 5: each publication against the slot planned for it. A post that
 * fills a slot is that slot's publication; any other publication claims the
 * free slot of its network nearest in time among those from `lateDays` days
 * before it up to `tolerance` minutes after it. Within `tolerance` minutes of
 * the slot (or the same day when an hour is missing) it is on time, later
 * it is late; a slot before today that nothing claimed was missed, one from
 * today on is upcoming; a publication that claims no slot is off-plan.
 */
export function planVsActual(slots: readonly Slot[], published: readonly Publication[], today: string, options: Pick<ReportOptions, 'toleranceMinutes' | 'lateDays'>): PlanVsActual {
  const tolerance = options.toleranceMinutes;
  const claimed = new Map<Slot, Publication>();
  const bySlotPost = new Map(slots.filter((s) => s.post !== null).map((s) => [s.post!, s]));
  const rest: Publication[] = [];
  for (const pub of published) {
    const slot = pub.post ? bySlotPost.get(pub.post.file) : undefined;
    if (slot && !claimed.has(slot)) claimed.set(slot, pub);
    else rest.push(pub);
  }
  const offPlan: Publication[] = [];
  const open = openSlots(slots);
  const timed = rest.map((pub) => ({ pub, at: instant(pub.date, pub.time), day: dayNumber(pub.date) })).sort((a, b) => a.at - b.at);
  for (const { pub, at, day } of timed) {
    const mine = open.get(pub.network) ?? [];
    let best: OpenSlot | undefined;
    // Slots sorted by time: only those from lateDays (and a day) before up to `tolerance` after can be claimed.
    for (let i = firstAtOrAfter(mine, at - (options.lateDays + 1) * 1440); i < mine.length && mine[i]!.at <= at + tolerance + 1440; i++) {
      const candidate = mine[i]!;
      const { slot } = candidate;
      if (claimed.has(slot) || (slot.post !== null && pub.post !== null)) continue;
      const early = pub.time === null ? candidate.day <= day : candidate.at <= at + tolerance;
      if (!early || day - candidate.day > options.lateDays) continue;
      if (!best || Math.abs(candidate.at - at) < Math.abs(best.at - at)) best = candidate;
    }
    if (best) claimed.set(best.slot, pub);
    else offPlan.push(pub);
  }
  const entries: ActualEntry[] = slots.map((slot) => {
    const pub = claimed.get(slot);
    if (!pub) return entry(slot.date < today ? 'missed' : 'upcoming', slot, null, null);
    const delay = delayOf(slot, pub);
    const late = delay === null ? pub.date > slot.date : delay > tolerance;
    return entry(late ? 'late' : 'on-time', slot, pub, delay);
  });
  for (const pub of offPlan) entries.push(entry('off-plan', null, pub, null, pub.network));
  const counts = Object.fromEntries(ACTUAL_CLASSES.map((c) => [c, entries.filter((e) => e.class === c).length])) as Record<ActualClass, number>;
  return { entries, counts };
}

function delayOf(slot: Slot, pub: Publication): number | null {
  if (pub.time === null) return pub.date === slot.date ? null : (dayNumber(pub.date) - dayNumber(slot.date)) * 1440;
  return instant(pub.date, pub.time) - instant(slot.date, slot.time);
}

function entry(cls: ActualClass, slot: Slot | null, pub: Publication | null, delay: number | null, network = slot?.network): ActualEntry {
  return {
    class: cls,
    network: network!,
    planned: slot ? { date: slot.date, time: slot.time } : null,
    actual: pub ? { date: pub.date, time: pub.time, from: pub.from } : null,
    post: pub?.post?.file ?? slot?.post ?? null,
    delay,
    matchedBy: pub?.matchedBy ?? null,
  };
}

interface OpenSlot {
  slot: Slot;
  at: number;
  day: number;
}

/** Each network's slots with their instants, in time order. */
function openSlots(slots: readonly Slot[]): Map<string, OpenSlot[]> {
  const out = new Map<string, OpenSlot[]>();
  for (const slot of slots) {
    const list = out.get(slot.network) ?? [];
    list.push({ slot, at: instant(slot.date, slot.time), day: dayNumber(slot.date) });
    out.set(slot.network, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.at - b.at);
  return out;
}

/** Index of the first slot at or after `at` (a binary search). */
function firstAtOrAfter(list: readonly OpenSlot[], at: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (list[mid]!.at < at) low = mid + 1;
    else high = mid;
  }
  return low;
}
