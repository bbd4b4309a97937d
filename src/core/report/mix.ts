import { effectiveLines } from '../effective.js';
import type { Slot } from '../planner/types.js';
import type { Workspace } from '../workspace.js';
import { postLookup, slotObjectives } from './objectives.js';
import { percentOf, round, tally } from './stats.js';
import type { MixLine, MixShare } from './types.js';

const NONE = '—';

/**
 * Section 4: per editorial line, what the range actually holds (posts and
 * empty slots alike) by theme, format, persona and objective; for themes the
 * line's weight and the gap in points (share − weight).
 */
export function mixFigures(workspace: Workspace, slots: readonly Slot[]): MixLine[] {
  const objectiveOf = postLookup(workspace, (meta) => meta.objective);
  return effectiveLines(workspace).map((line) => {
    const mine = slots.filter((slot) => slot.network === line.network);
    const shares = (keys: string[], label: (key: string) => string = (k) => k): MixShare[] =>
      [...tally(keys)].map(([id, count]) => ({ id, label: label(id), count, share: percentOf(count, mine.length) }));
    const themeCounts = tally(mine.map((s) => s.theme ?? NONE));
    const themes: MixShare[] = line.themes.map((theme) => {
      const count = themeCounts.get(theme.id) ?? 0;
      const share = percentOf(count, mine.length);
      return { id: theme.id, label: theme.label, count, share, weight: theme.weight, gap: round(share - theme.weight) };
    });
    for (const [id, count] of themeCounts) {
      if (!line.themes.some((t) => t.id === id)) themes.push({ id, label: id, count, share: percentOf(count, mine.length), weight: 0, gap: percentOf(count, mine.length) });
    }
    return {
      network: line.network,
      slots: mine.length,
      themes,
      formats: shares(mine.map((s) => s.format ?? NONE)),
      personas: shares(mine.map((s) => s.persona ?? NONE)),
      objectives: shares(mine.flatMap((s) => {
        const served = slotObjectives(s, objectiveOf);
        return served.length === 0 ? [NONE] : served;
      })),
    };
  });
}
