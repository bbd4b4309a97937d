import { msg, type Diagnostic } from '../diagnostics.js';
import { localDateTimeOf } from '../init/dates.js';
import { replaceComments } from '../lint/text.js';
import { canonicalNetworkId, type NetworkId } from '../networks.js';
import { zonedStart } from '../planner/dates.js';
import type { Post, Workspace } from '../workspace.js';
import { positionOf, type ExportPost, type Moment } from './types.js';

export interface Selection {
  /** Local dates, inclusive. */
  from?: string | undefined;
  until?: string | undefined;
  networks?: readonly NetworkId[] | undefined;
  statuses: readonly string[];
  timezone: string;
  /** The scheduler account's zone, when it is not the workspace's. */
  targetTimezone?: string | undefined;
}

/** What a scheduler publishes: the body without its HTML comments (edito-disable directives), trimmed. */
export function publishedText(body: string): string {
  return replaceComments(body, '').replace(/\n{3,}/g, '\n\n').trim();
}

function asList(value: string | readonly string[] | undefined): string[] {
  if (value === undefined) return [];
  return (typeof value === 'string' ? [value] : [...value]).map((item) => item.trim()).filter(Boolean);
}

function moment(date: string, time: string, timezone: string): Moment {
  const { iso, instant } = zonedStart(date, time, timezone);
  return { date, time, iso, instant };
}

/** The same instant on the wall clock of another zone. */
function inZone(local: Moment, timezone: string): Moment {
  const { date, time } = localDateTimeOf(new Date(local.instant), timezone);
  return { ...moment(date, time, timezone), instant: local.instant };
}

function themeLabel(workspace: Workspace, network: NetworkId, theme: string | undefined): string | undefined {
  if (theme === undefined) return undefined;
  const line = workspace.lines.find((entry) => entry.network === network)?.line;
  return line?.themes?.find((t) => t.id === theme)?.label ?? theme;
}

/**
 * The posts to export, in date order: valid front matter, inside the range,
 * on the networks and with the statuses asked for. A post dated by day only
 * cannot be scheduled: it is returned as an error instead.
 */
export function selectPosts(workspace: Workspace, selection: Selection): { posts: ExportPost[]; undated: Diagnostic[] } {
  const posts: ExportPost[] = [];
  const undated: Diagnostic[] = [];
  for (const post of workspace.posts) {
    const meta = post.meta;
    if (!meta) continue;
    const network = canonicalNetworkId(meta.network);
    const date = meta.date.slice(0, 10);
    if (!network || (selection.networks && !selection.networks.includes(network))) continue;
    if ((selection.from && date < selection.from) || (selection.until && date > selection.until)) continue;
    if (!selection.statuses.includes(meta.status ?? '')) continue;
    if (meta.date.length < 16) {
      undated.push({ file: post.file, ...positionOf(post, 'date'), ruleId: 'export-time', severity: 'error', message: msg('export.check.no_time', { date }) });
      continue;
    }
    const local = moment(date, meta.date.slice(11, 16), selection.timezone);
    posts.push(exportPost(workspace, post, network, local, selection.targetTimezone ? inZone(local, selection.targetTimezone) : local));
  }
  posts.sort((a, b) => a.local.instant - b.local.instant || a.file.localeCompare(b.file));
  return { posts, undated };
}

function exportPost(workspace: Workspace, post: Post, network: NetworkId, local: Moment, at: Moment): ExportPost {
  const meta = post.meta!;
  return {
    post, file: post.file, network, local, at,
    status: meta.status, format: meta.format, theme: meta.theme, themeLabel: themeLabel(workspace, network, meta.theme),
    persona: meta.persona, objective: meta.objective, account: meta.account, title: meta.title, link: meta.link,
    media: asList(meta.media), tags: asList(meta.tags), body: post.body, text: publishedText(post.body),
  };
}
