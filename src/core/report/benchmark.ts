import { dayNumber } from '../dates.js';
import { canonicalNetworkId, type NetworkId } from '../networks.js';
import type { Slot } from '../planner/types.js';
import type { Workspace } from '../workspace.js';
import { median, round } from './stats.js';
import { BENCHMARK_THRESHOLD, type BenchmarkNetwork } from './types.js';

/** Weeks in an inclusive range of days (4 for 28 days). */
export function weeksIn(range: { from: string; to: string }): number {
  return (dayNumber(range.to) - dayNumber(range.from) + 1) / 7;
}

/**
 * Section 3: per network, each competitor next to our planned posts per week
 * over the range; the medians; and whether we publish below (1 − threshold)
 * or above (1 + threshold) times the median.
 */
export function benchmarkFigures(workspace: Workspace, slots: readonly Slot[], range: { from: string; to: string }): { weeks: number; threshold: number; networks: BenchmarkNetwork[] } {
  const weeks = weeksIn(range);
  const presences = workspace.competitors.flatMap((competitor) =>
    Object.entries(competitor.networks ?? {}).map(([name, presence]) => ({ competitor, network: canonicalNetworkId(name), presence })));
  const lineNetworks = workspace.lines.map((l) => l.network);
  const networks = [...new Set([...lineNetworks, ...presences.map((p) => p.network).filter((n): n is NetworkId => n !== undefined)])].sort();
  const result = networks.map((network): BenchmarkNetwork => {
    const mine = slots.filter((slot) => slot.network === network);
    const ours = lineNetworks.includes(network)
      ? { postsPerWeek: round(mine.length / weeks, 2), formats: [...new Set(mine.map((s) => s.format).filter((f): f is string => f !== null))].sort() }
      : null;
    const competitors = presences.filter((p) => p.network === network).map(({ competitor, presence }) => ({
      id: competitor.id,
      name: competitor.name,
      followers: presence.followers ?? null,
      postsPerWeek: presence.posts_per_week ?? null,
      formats: [...(presence.formats ?? [])],
      engagementRate: presence.engagement_rate ?? null,
    }));
    const med = (pick: (c: (typeof competitors)[number]) => number | null) => median(competitors.map(pick).filter((v): v is number => v !== null));
    const postsMedian = med((c) => c.postsPerWeek);
    return {
      network,
      ours,
      competitors,
      median: { followers: med((c) => c.followers), postsPerWeek: postsMedian, engagementRate: med((c) => c.engagementRate) },
      verdict: ours === null || postsMedian === null || postsMedian === 0 ? null : verdictOf(ours.postsPerWeek, postsMedian),
    };
  });
  return { weeks: round(weeks, 2), threshold: BENCHMARK_THRESHOLD, networks: result };
}

function verdictOf(ours: number, median: number): BenchmarkNetwork['verdict'] {
  if (ours < median * (1 - BENCHMARK_THRESHOLD)) return 'below';
  if (ours > median * (1 + BENCHMARK_THRESHOLD)) return 'above';
  return 'in-line';
}
