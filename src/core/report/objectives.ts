import { dayNumber } from '../dates.js';
import { effectiveLines } from '../effective.js';
import type { Slot } from '../planner/types.js';
import { smartFailures, targetValue } from '../validate/smart.js';
import type { Workspace } from '../workspace.js';
import type { ObjectiveFigures } from './types.js';

/** The objectives a slot serves: its post's own objective, else its line's. */
export function slotObjectives(slot: Slot, postObjective: (file: string) => string | undefined): string[] {
  const own = slot.post === null ? undefined : postObjective(slot.post);
  return own === undefined ? slot.objectives : [own];
}

/** Section 1: each objective, how far its deadline is, its SMART letters, what serves it. */
export function objectiveFigures(workspace: Workspace, slots: readonly Slot[], today: string): ObjectiveFigures[] {
  const lines = effectiveLines(workspace);
  const objectiveOf = postLookup(workspace, (meta) => meta.objective);
  return workspace.objectives.map((objective) => {
    const serving = slots.filter((slot) => slotObjectives(slot, objectiveOf).includes(objective.id));
    const servingLines = lines.filter((line) => line.objectives.includes(objective.id)).map((line) => line.network);
    return {
      id: objective.id,
      title: objective.title ?? null,
      kind: objective.kind ?? null,
      kpi: objective.kpi ?? null,
      network: objective.network ?? 'all',
      baseline: objective.baseline ?? null,
      target: targetValue(objective) ?? null,
      deadline: objective.deadline ?? null,
      daysLeft: objective.deadline ? dayNumber(objective.deadline) - dayNumber(today) : null,
      smartFails: [...new Set(smartFailures(objective, workspace.settings.period?.start).map((f) => f.letter))],
      lines: servingLines,
      planned: serving.length,
      written: serving.filter((slot) => slot.post !== null).length,
      unserved: servingLines.length === 0 && serving.length === 0,
    };
  });
}

type Meta = NonNullable<Workspace['posts'][number]['meta']>;

/** A front-matter value of the post at a workspace path. */
export function postLookup(workspace: Workspace, pick: (meta: Meta) => string | undefined): (file: string) => string | undefined {
  const byFile = new Map(workspace.posts.map((post) => [post.file, post.meta]));
  return (file) => {
    const meta = byFile.get(file);
    return meta ? pick(meta) : undefined;
  };
}
