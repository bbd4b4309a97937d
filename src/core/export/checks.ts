import { msg, type Diagnostic, type DiagnosticSeverity, type MessageRef, type Position } from '../diagnostics.js';
import { findNetwork } from '../networks.js';
import { needsFormulaQuote } from './formula.js';
import { positionOf, type ExportPost, type TargetLimits } from './types.js';

/**
 * The schedulers' import rules as pure checks: each takes the posts of one
 * output file and returns diagnostics of the one model, at the post's line
 * and column, so that they print through the lint reporters. A post with an
 * error here is not exported: the scheduler would refuse the file.
 */

export interface CheckContext {
  /** The target's id, shown in messages. */
  target: string;
  /** The instant taken as now (the upload), milliseconds since the epoch. */
  now: number;
}

const MINUTE = 60_000;

function at(post: ExportPost, place: Position, ruleId: string, severity: DiagnosticSeverity, message: MessageRef): Diagnostic {
  return { file: post.file, ...place, ruleId, severity, message };
}

const dateOf = (post: ExportPost) => positionOf(post.post, 'date');

/** Minutes on the scheduler's grid (Hootsuite: 5): a post off it is an error, never moved in silence. */
export function checkGrid(posts: readonly ExportPost[], limits: TargetLimits, context: CheckContext): Diagnostic[] {
  const grid = limits.grid;
  if (!grid) return [];
  return posts
    .filter((p) => Number(p.at.time.slice(3, 5)) % grid !== 0)
    .map((p) => at(p, dateOf(p), 'export-grid', 'error', msg('export.check.grid', { target: context.target, time: p.at.time, grid })));
}

/** Posts too close to the upload (now): the scheduler refuses them. */
export function checkLeadTime(posts: readonly ExportPost[], limits: TargetLimits, context: CheckContext): Diagnostic[] {
  const lead = limits.minLeadMinutes;
  if (lead === undefined) return [];
  return posts
    .filter((p) => p.at.instant < context.now + lead * MINUTE)
    .map((p) => at(p, dateOf(p), 'export-lead-time', 'error', msg('export.check.lead_time', { target: context.target, date: `${p.at.date} ${p.at.time}`, minutes: lead })));
}

/** Two posts of one file closer than the scheduler allows: the later one is refused. */
export function checkSpacing(posts: readonly ExportPost[], limits: TargetLimits, context: CheckContext): Diagnostic[] {
  const spacing = limits.minSpacingMinutes;
  if (spacing === undefined) return [];
  const out: Diagnostic[] = [];
  let previous: ExportPost | undefined;
  for (const post of [...posts].sort((a, b) => a.at.instant - b.at.instant)) {
    if (previous && post.at.instant - previous.at.instant < spacing * MINUTE) {
      out.push(at(post, dateOf(post), 'export-spacing', 'error', msg('export.check.spacing', {
        target: context.target, minutes: spacing, other: previous.file, time: `${previous.at.date} ${previous.at.time}`,
      })));
      continue;
    }
    previous = post;
  }
  return out;
}

/** The same message twice in one file: every copy after the first is refused. */
export function checkDuplicates(posts: readonly ExportPost[], limits: TargetLimits, context: CheckContext): Diagnostic[] {
  if (!limits.uniqueText) return [];
  const first = new Map<string, ExportPost>();
  const out: Diagnostic[] = [];
  for (const post of posts) {
    const seen = first.get(post.text);
    if (seen) out.push(at(post, post.post.bodyStart, 'export-duplicate', 'error', msg('export.check.duplicate', { target: context.target, other: seen.file })));
    else first.set(post.text, post);
  }
  return out;
}

/** A post on a network the format has no column or file for. */
export function checkNetworks(posts: readonly ExportPost[], limits: TargetLimits, context: CheckContext): Diagnostic[] {
  const networks = limits.networks;
  if (!networks) return [];
  return posts
    .filter((p) => !networks.includes(p.network))
    .map((p) => at(p, positionOf(p.post, 'network'), 'export-network', 'error', msg('export.check.network', {
      target: context.target, network: findNetwork(p.network)?.name ?? p.network, networks: networks.join(', '),
    })));
}

/** An http(s) address: what a scheduler can fetch. Anything else is a path in the workspace. */
export function isUrl(media: string): boolean {
  return /^https?:\/\/\S+$/i.test(media);
}

/** Media a target cannot take: a local path where only URLs go (an error), any media where there is no column (a warning). */
export function checkMediaKinds(posts: readonly ExportPost[], limits: TargetLimits, context: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const post of posts) {
    if (limits.media === 'none' && post.media.length > 0) {
      out.push(at(post, positionOf(post.post, 'media'), 'export-media', 'warning', msg('export.check.media_dropped', { target: context.target, count: post.media.length })));
      continue;
    }
    if (limits.maxMedia !== undefined && post.media.length > limits.maxMedia) {
      out.push(at(post, positionOf(post.post, 'media'), 'export-media', 'error', msg('export.check.media_count', { target: context.target, count: post.media.length, max: limits.maxMedia })));
    }
    if (limits.media !== 'urls') continue;
    post.media.forEach((media, index) => {
      if (!isUrl(media)) out.push(at(post, mediaPosition(post, index), 'export-media', 'error', msg('export.check.media_url', { target: context.target, media })));
    });
  }
  return out;
}

function mediaPosition(post: ExportPost, index: number): Position {
  const raw = (post.post.raw as { media?: unknown } | undefined)?.media;
  return positionOf(post.post, Array.isArray(raw) ? ['media', index] : 'media');
}

/**
 * Local media that cannot be found: an error for every target, at the list
 * item. `problems` says, for each workspace path, why it cannot be used
 * (the app layer asked the file system).
 */
export function checkMediaFiles(posts: readonly ExportPost[], problems: ReadonlyMap<string, 'missing' | 'outside' | 'not-file'>): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const post of posts) {
    post.media.forEach((media, index) => {
      const problem = isUrl(media) ? undefined : problems.get(media);
      if (problem) out.push(at(post, mediaPosition(post, index), 'export-media', 'error', msg(`export.check.media_${problem.replace('-', '_')}`, { media })));
    });
  }
  return out;
}

/** A `link:` the format has no column for and the text does not hold: it would be lost. */
export function checkLinkDropped(posts: readonly ExportPost[], limits: TargetLimits, context: CheckContext): Diagnostic[] {
  if (limits.link) return [];
  return posts
    .filter((p) => p.link !== undefined && !p.text.includes(p.link))
    .map((p) => at(p, positionOf(p.post, 'link'), 'export-link', 'warning', msg('export.check.link_dropped', { target: context.target })));
}

/** A text that will reach the scheduler with a `'` before it, because it starts like a formula: a warning. */
export function checkFormulaStart(posts: readonly ExportPost[], limits: TargetLimits, context: CheckContext): Diagnostic[] {
  if (!limits.csv) return [];
  return posts
    .filter((p) => needsFormulaQuote(p.text))
    .map((p) => at(p, p.post.bodyStart, 'export-formula', 'warning', msg('export.check.formula', { target: context.target, start: JSON.stringify(p.text[0]) })));
}

/** Every check, in the order a user fixes things. */
export const VENDOR_CHECKS = [checkNetworks, checkGrid, checkLeadTime, checkSpacing, checkDuplicates, checkMediaKinds, checkLinkDropped, checkFormulaStart] as const;

/** The vendor checks of one output file. */
export function vendorFindings(posts: readonly ExportPost[], limits: TargetLimits, context: CheckContext): Diagnostic[] {
  return VENDOR_CHECKS.flatMap((check) => check(posts, limits, context));
}

/** Items in runs of at most `max` (the scheduler's rows per file); one run when no maximum. */
export function splitRows<T>(items: readonly T[], max: number | undefined): T[][] {
  if (!max || items.length <= max) return [[...items]];
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += max) parts.push(items.slice(i, i + max));
  return parts;
}

/**
 * A template's header against what the target needs: `fixed`, exactly these
 * columns in this order (Publer); `required`, at least these (Metricool).
 * Cells carry their place in the template file.
 */
export function checkHeader(
  file: string,
  header: readonly { value: string; line: number; column: number }[],
  spec: { target: string; fixed?: readonly string[]; required?: readonly string[] },
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const where = (index: number): Position => header[index] ?? header.at(-1) ?? { line: 1, column: 1 };
  const diagnostic = (place: Position, message: MessageRef): Diagnostic => ({ file, ...place, ruleId: 'export-template', severity: 'error', message });
  if (spec.fixed) {
    spec.fixed.forEach((expected, index) => {
      const found = header[index]?.value.trim();
      if (found !== expected) out.push(diagnostic(where(index), msg('export.check.template_fixed', { target: spec.target, index: index + 1, expected, found: found ?? '' })));
    });
    if (header.length > spec.fixed.length) out.push(diagnostic(where(spec.fixed.length), msg('export.check.template_extra', { target: spec.target, count: spec.fixed.length })));
  }
  const names = new Set(header.map((cell) => cell.value.trim().toLowerCase()));
  for (const column of spec.required ?? []) {
    if (!names.has(column.toLowerCase())) out.push(diagnostic(where(0), msg('export.check.template_missing', { target: spec.target, column })));
  }
  return out;
}
