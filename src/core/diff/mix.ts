import type { Plan } from '../planner/types.js';

export type MixDimension = 'theme' | 'format' | 'persona';

export interface MixRow {
  network: string;
  dimension: MixDimension;
  value: string;
  /** Share of the network's slots, in %, one decimal. */
  before: number;
  after: number;
  /** after − before, in points. */
  points: number;
  /** The head line's weight for a theme, in %. */
  weight: number | undefined;
}

const round = (n: number) => Math.round(n * 10) / 10;

function shares(plan: Plan, dimension: MixDimension): Map<string, number> {
  const totals = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const slot of plan.slots) {
    totals.set(slot.network, (totals.get(slot.network) ?? 0) + 1);
    const value = slot[dimension];
    if (value === null) continue;
    const id = `${slot.network}\0${value}`;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return new Map([...counts].map(([id, count]) => [id, (100 * count) / totals.get(id.split('\0')[0]!)!]));
}

/** Per network, the theme, format and persona shares of the plan before → after: only the ones that moved. */
export function diffMix(before: Plan, after: Plan, weight: (network: string, theme: string) => number | undefined): MixRow[] {
  const rows: MixRow[] = [];
  for (const dimension of ['theme', 'format', 'persona'] as const) {
    const old = shares(before, dimension);
    const now = shares(after, dimension);
    for (const id of [...new Set([...old.keys(), ...now.keys()])].sort()) {
      const [network = '', value = ''] = id.split('\0');
      const row = { before: round(old.get(id) ?? 0), after: round(now.get(id) ?? 0) };
      if (row.before === row.after) continue;
      rows.push({ network, dimension, value, ...row, points: round(row.after - row.before), weight: dimension === 'theme' ? weight(network, value) : undefined });
    }
  }
  return rows.sort((a, b) => (a.network === b.network ? 0 : a.network < b.network ? -1 : 1));
}
