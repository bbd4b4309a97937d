import { dayNumber, fromDayNumber, weekStartDay } from '../dates.js';
import type { Plan, Slot } from '../planner/types.js';

/** A post as the calendar diff sees it: where and when it goes, and what it says. */
export interface PostState {
  file: string;
  network: string;
  /** YYYY-MM-DD or YYYY-MM-DDTHH:MM, as written. */
  date: string;
  status: string | undefined;
  body: string;
}

export interface SlotKey {
  network: string;
  date: string;
  time: string;
}

export interface WeekCount {
  network: string;
  /** Monday of the week, YYYY-MM-DD. */
  week: string;
  before: number;
  after: number;
  /** The head line's bounds per week, when its frequency is weekly. */
  min: number | undefined;
  max: number | undefined;
}

export interface CalendarDiff {
  slotsAdded: SlotKey[];
  slotsRemoved: SlotKey[];
  postsAdded: PostState[];
  postsRemoved: PostState[];
  /** The same text under another file name (and maybe another date). */
  renamed: { from: string; to: string; network: string; date: string }[];
  /** The same post file on another date or time. */
  moved: { file: string; network: string; from: string; to: string }[];
  status: { file: string; network: string; from: string | undefined; to: string | undefined }[];
  /** Only the weeks whose count changed. */
  weeks: WeekCount[];
}

const slotId = (s: SlotKey) => `${s.network} ${s.date} ${s.time}`;
const byDate = <T extends { date: string; network: string }>(a: T, b: T) => (a.date === b.date ? (a.network < b.network ? -1 : a.network > b.network ? 1 : 0) : a.date < b.date ? -1 : 1);
const key = (s: Slot): SlotKey => ({ network: s.network, date: s.date, time: s.time });

/** Weekly bounds of a network in the head, when its line counts per week. */
export type WeekBounds = (network: string) => { min: number; max: number } | undefined;

/** What the change does to the calendar: slots, posts, statuses and the count of each network's weeks. */
export function diffCalendar(before: { plan: Plan; posts: readonly PostState[] }, after: { plan: Plan; posts: readonly PostState[] }, bounds: WeekBounds): CalendarDiff {
  const oldSlots = new Map(before.plan.slots.map((s) => [slotId(s), key(s)]));
  const newSlots = new Map(after.plan.slots.map((s) => [slotId(s), key(s)]));
  const slotsAdded = [...newSlots].filter(([id]) => !oldSlots.has(id)).map(([, s]) => s).sort(byDate);
  const slotsRemoved = [...oldSlots].filter(([id]) => !newSlots.has(id)).map(([, s]) => s).sort(byDate);

  const oldPosts = new Map(before.posts.map((p) => [p.file, p]));
  const newPosts = new Map(after.posts.map((p) => [p.file, p]));
  let postsAdded = after.posts.filter((p) => !oldPosts.has(p.file));
  let postsRemoved = before.posts.filter((p) => !newPosts.has(p.file));
  const renamed: CalendarDiff['renamed'] = [];
  for (const gone of [...postsRemoved]) {
    const same = postsAdded.find((p) => p.body.trim() === gone.body.trim() && p.network === gone.network);
    if (!same) continue;
    renamed.push({ from: gone.file, to: same.file, network: same.network, date: same.date });
    postsAdded = postsAdded.filter((p) => p !== same);
    postsRemoved = postsRemoved.filter((p) => p !== gone);
  }
  const moved: CalendarDiff['moved'] = [];
  const status: CalendarDiff['status'] = [];
  for (const post of after.posts) {
    const old = oldPosts.get(post.file);
    if (!old) continue;
    if (old.date !== post.date) moved.push({ file: post.file, network: post.network, from: old.date, to: post.date });
    if (old.status !== post.status) status.push({ file: post.file, network: post.network, from: old.status, to: post.status });
  }
  return {
    slotsAdded, slotsRemoved, postsAdded: postsAdded.sort(byDate), postsRemoved: postsRemoved.sort(byDate),
    renamed, moved: moved.sort((a, b) => (a.to < b.to ? -1 : 1)), status, weeks: weekCounts(before.plan, after.plan, bounds),
  };
}

function countsByWeek(plan: Plan): Map<string, number> {
  const counts = new Map<string, number>();
  for (const slot of plan.slots) {
    const id = `${slot.network} ${fromDayNumber(weekStartDay(dayNumber(slot.date)))}`;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

function weekCounts(before: Plan, after: Plan, bounds: WeekBounds): WeekCount[] {
  const old = countsByWeek(before);
  const now = countsByWeek(after);
  const ids = [...new Set([...old.keys(), ...now.keys()])].sort();
  return ids.flatMap((id) => {
    const [network = '', week = ''] = id.split(' ');
    const counts = { before: old.get(id) ?? 0, after: now.get(id) ?? 0 };
    if (counts.before === counts.after) return [];
    const bound = bounds(network);
    return [{ network, week, ...counts, min: bound?.min, max: bound?.max }];
  }).sort((a, b) => (a.network === b.network ? (a.week < b.week ? -1 : 1) : a.network < b.network ? -1 : 1));
}
