import { canonicalNetworkId, type NetworkId } from '../networks.js';
import { effectiveLines } from '../effective.js';
import type { Slot } from '../planner/types.js';
import type { Workspace } from '../workspace.js';
import type { PersonaFigures } from './types.js';

/** Section 2: who we reach where (persona × network), and the slots written for each persona. */
export function personaFigures(workspace: Workspace, slots: readonly Slot[]): { networks: NetworkId[]; rows: PersonaFigures[] } {
  const lines = effectiveLines(workspace);
  const declared = (networks: readonly string[] | undefined) => (networks ?? []).map(canonicalNetworkId).filter((n): n is NetworkId => n !== undefined);
  const networks = [...new Set([...lines.map((l) => l.network), ...workspace.personas.flatMap((p) => declared(p.networks))])].sort();
  const rows = workspace.personas.map((persona) => {
    const own = declared(persona.networks);
    const mine = slots.filter((slot) => slot.persona === persona.id);
    const cells: PersonaFigures['cells'] = {};
    for (const network of networks) {
      cells[network] = {
        declared: own.includes(network),
        line: lines.some((line) => line.network === network && line.personas.includes(persona.id)),
        planned: mine.filter((slot) => slot.network === network).length,
      };
    }
    return { id: persona.id, name: persona.name, cells, planned: mine.length, unaddressed: mine.length === 0 };
  });
  return { networks, rows };
}
