import type { Workspace } from '../workspace.js';
import type { Plan } from '../planner/types.js';
import { effectiveLines } from '../effective.js';
import { diffCalendar, type CalendarDiff, type PostState } from './calendar.js';
import { diffCharter, type CharterChange } from './charter.js';
import { diffFindings, fingerprintOf, type FindingsDiff, type FingerprintedFinding } from './findings.js';
import { diffMix, type MixRow } from './mix.js';

export type { CalendarDiff, CharterChange, FindingsDiff, FingerprintedFinding, MixRow, PostState };

/** One side of the comparison: the workspace (absent at a base without one), its plan over the range, its posts and lint findings. */
export interface DiffSide {
  workspace: Workspace | undefined;
  plan: Plan;
  posts: readonly PostState[];
  findings: readonly FingerprintedFinding[];
}

export interface WorkspaceDiff {
  range: { from: string; to: string };
  /** false when the base had no workspace: everything is "added". */
  baseExists: boolean;
  calendar: CalendarDiff;
  mix: MixRow[];
  charter: CharterChange[];
  findings: FindingsDiff;
}

/** The four sections of `edito diff`, from the two states. */
export function diffWorkspaces(before: DiffSide, after: DiffSide & { workspace: Workspace }): WorkspaceDiff {
  const lines = new Map(effectiveLines(after.workspace).map((line) => [line.network as string, line]));
  const calendar = diffCalendar(before, after, (network) => {
    const line = lines.get(network);
    return line?.frequency.unit === 'per_week' ? { min: line.frequency.min, max: line.frequency.max } : undefined;
  });
  // A renamed post keeps its findings: the base's are fingerprinted under the new name.
  const renamed = new Map(calendar.renamed.map((r) => [r.from, r.to]));
  const base = before.findings.map((f) => (renamed.has(f.file) ? { ...f, fingerprint: fingerprintOf(f.ruleId, renamed.get(f.file)!, f.excerpt) } : f));
  const findings = diffFindings(base, after.findings);
  // A finding is about a network when it is in one of its posts or in its editorial line's file.
  const lineFiles = [before.workspace, after.workspace].flatMap((w) => w?.lines ?? []).map((entry) => ({ file: entry.file, network: entry.network as string }));
  const networks = new Map([...before.posts, ...after.posts, ...lineFiles].map((p) => [p.file, p.network]));
  return {
    range: after.plan.range,
    baseExists: before.workspace !== undefined,
    calendar,
    mix: diffMix(before.plan, after.plan, (network, theme) => lines.get(network)?.themes.find((t) => t.id === theme)?.weight),
    charter: diffCharter(before.workspace, after.workspace, findings, (file) => networks.get(file)),
    findings,
  };
}
