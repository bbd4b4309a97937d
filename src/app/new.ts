import path from 'node:path';
import { effectiveLines, type EffectiveLine } from '../core/effective.js';
import { addDays } from '../core/init/dates.js';
import { newPost, nextFreeSlot } from '../core/init/new-post.js';
import { canonicalNetworkId, type NetworkId } from '../core/networks.js';
import { plan, type Plan, type Slot } from '../core/planner/index.js';
import { isRealDate, LOCAL_DATE_TIME_PATTERN } from '../core/schemas/common.js';
import type { Workspace } from '../core/workspace.js';
import type { Translate } from '../i18n/index.js';
import '../i18n/init.js';
import { readTemplates, renderPost } from '../io/scaffold.js';
import { todayIn, type AppContext } from './context.js';
import { CannotRun } from './errors.js';
import { requireValidWorkspace, type OpenedWorkspace, type WorkspaceRequest } from './workspace.js';

export interface NewRequest extends WorkspaceRequest {
  network?: string | undefined;
  date?: string | undefined;
  next?: boolean | undefined;
  title?: string | undefined;
  today?: string | undefined;
}

/** How far ahead --next looks when the workspace period has no free slot left. */
const LOOKAHEAD_DAYS = 366;

function lineFor(lines: readonly EffectiveLine[], name: string | undefined, required: boolean): EffectiveLine | undefined {
  const choices = lines.map((l) => l.network).join(', ');
  if (name === undefined) {
    if (lines.length === 1) return lines[0];
    if (required) throw new CannotRun('new.need_network', { choices });
    return undefined;
  }
  const id = canonicalNetworkId(name);
  const line = lines.find((l) => l.network === id);
  if (!line) throw new CannotRun('new.no_line', { network: id ?? name, choices });
  return line;
}

async function planOf(workspace: Workspace, from: string, to: string, today: string, networks: NetworkId[] | undefined): Promise<Plan> {
  const code = workspace.keyDates.holidays?.country ?? workspace.settings.country;
  let holidays: { date: string; name: string }[] = [];
  if (code !== undefined) {
    const { holidaysFor } = await import('../io/holidays.js');
    const found = await holidaysFor(code, from, to, workspace.settings.locale);
    holidays = Array.isArray(found) ? found : [];
  }
  return plan(workspace, { from, to, today, timezone: workspace.settings.timezone, holidays, ...(networks ? { networks } : {}) });
}

/**
 * The slot `edito plan` shows: planned over the workspace period (so that the
 * theme rotation is the same), else over the year ahead once the period is over.
 */
async function nextSlot(workspace: Workspace, today: string, notBefore: Date | undefined, networks: NetworkId[] | undefined): Promise<Slot | undefined> {
  const period = workspace.settings.period;
  if (period && period.end >= today) {
    const found = nextFreeSlot(await planOf(workspace, period.start, period.end, today, networks), notBefore);
    if (found) return found;
  }
  const from = period && period.end >= today ? addDays(period.end, 1) : today;
  return nextFreeSlot(await planOf(workspace, from, addDays(today, LOOKAHEAD_DAYS), today, networks), notBefore);
}

export interface Created {
  /** Absolute path of the new post. */
  file: string;
  root: string;
  network: string;
  date: string;
  time: string;
  slot: Slot | undefined;
  t: Translate;
}

/** `edito new`: a post file for a date or for the next free slot, never replacing one. */
export async function createPost(ctx: AppContext, flags: NewRequest): Promise<Created> {
  if (flags.date !== undefined && flags.next) throw new CannotRun('new.date_and_next');
  const dateMatch = flags.date === undefined ? undefined : LOCAL_DATE_TIME_PATTERN.exec(flags.date.trim());
  if (flags.date !== undefined && (!dateMatch || !isRealDate(dateMatch[1]!))) throw new CannotRun('new.bad_date', { date: flags.date });
  if (flags.today !== undefined && !isRealDate(flags.today)) throw new CannotRun('init.bad_today', { value: flags.today });

  if (dateMatch) return createIn(ctx, flags, dateMatch, await requireValidWorkspace(ctx, flags));
  // The next free slot is chosen and its file created under the posts folder's lock, so that concurrent runs take distinct slots.
  const first = await requireValidWorkspace(ctx, flags);
  return ctx.fs.withLock(path.join(first.root, first.workspace.paths.posts), async () => createIn(ctx, flags, dateMatch, await requireValidWorkspace(ctx, flags)));
}

async function createIn(ctx: AppContext, flags: NewRequest, dateMatch: RegExpExecArray | null | undefined, opened: OpenedWorkspace & { workspace: Workspace }): Promise<Created> {
  const { workspace, t, locale } = opened;
  const lines = effectiveLines(workspace);
  const timezone = workspace.settings.timezone;
  const today = flags.today ?? todayIn(ctx, timezone);

  let line: EffectiveLine;
  let date: string;
  let time: string;
  let slot: Slot | undefined;
  if (dateMatch) {
    line = lineFor(lines, flags.network, true)!;
    date = dateMatch[1]!;
    // Planned over the period that holds the date, so that the slot's theme is the one `edito plan` shows.
    const period = workspace.settings.period;
    const [from, to] = period && period.start <= date && date <= period.end ? [period.start, period.end] : [date, date];
    const onDay = (await planOf(workspace, from, to, today, [line.network])).slots.filter((s) => s.post === null && s.date === date);
    time = dateMatch[2] !== undefined ? `${dateMatch[2]}:${dateMatch[3]}` : (onDay[0]?.time ?? line.frequency.times[0] ?? '09:00');
    slot = onDay.find((s) => s.time === time);
  } else {
    const chosen = lineFor(lines, flags.network, false);
    // With --today the whole day counts; otherwise a slot whose time has passed is behind us.
    const notBefore = flags.today === undefined ? ctx.now : undefined;
    slot = await nextSlot(workspace, today, notBefore, chosen ? [chosen.network] : undefined);
    if (!slot) throw new CannotRun('new.no_free_slot', { network: chosen?.profile.name ?? '—', days: LOOKAHEAD_DAYS }, 'new.no_free_slot.hint');
    line = chosen ?? lines.find((l) => l.network === slot!.network)!;
    ({ date, time } = slot);
  }

  const post = newPost({ line, date, time, ...(slot ? { slot } : {}), ...(flags.title ? { title: flags.title } : {}) });
  const text = renderPost((await readTemplates(locale)).post, post.frontMatter);
  const target = path.join(workspace.root, workspace.paths.posts, post.file);
  const base = path.basename(target, '.md');
  const written = await ctx.fs.createExclusive(path.dirname(target), (n) => (n === 1 ? `${base}.md` : `${base}-${n}.md`), text);
  return { file: written, root: workspace.root, network: line.profile.name, date, time, slot, t };
}
