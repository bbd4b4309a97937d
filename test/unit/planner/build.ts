import { canonicalNetworkId } from '../../../src/core/networks.js';
import type { EditorialLine, KeyDates, PostFrontMatter } from '../../../src/core/schemas/files.js';
import { DEFAULT_PATHS, type Workspace } from '../../../src/core/workspace.js';
import { plan } from '../../../src/core/planner/index.js';
import type { Holiday, PlanInput } from '../../../src/core/planner/types.js';

/** A hand-built workspace: only what the planner reads. */
export function workspace(options: {
  timezone?: string;
  lines: EditorialLine[];
  keyDates?: KeyDates;
  posts?: { file: string; meta: PostFrontMatter }[];
}): Workspace {
  return {
    root: '/ws',
    paths: DEFAULT_PATHS,
    settings: { brand: 'Test', locale: 'en', timezone: options.timezone ?? 'Europe/Paris' },
    objectives: [],
    personas: [],
    competitors: [],
    hasCompetitorsFile: true,
    charter: {},
    lines: options.lines.map((line) => ({ file: `charter/networks/${line.network}.yaml`, network: canonicalNetworkId(line.network)!, line })),
    keyDates: options.keyDates ?? {},
    posts: (options.posts ?? []).map((p) => ({
      file: p.file, meta: p.meta, raw: p.meta, body: 'Body', bodyStart: { line: 5, column: 1 }, keyPosition: () => undefined, problems: [],
    })),
  };
}

export function run(ws: Workspace, input: Partial<PlanInput> & { from: string; to: string }, holidays: Holiday[] = []) {
  return plan(ws, { today: '2027-01-01', timezone: ws.settings.timezone, holidays, ...input });
}

export const linkedin = (extra: Partial<EditorialLine> = {}): EditorialLine => ({
  network: 'linkedin',
  objectives: ['followers'],
  personas: ['claire'],
  themes: [{ id: 'expertise', weight: 60 }, { id: 'culture', weight: 40 }],
  formats: ['text', 'carousel'],
  frequency: { per_week: { min: 1, max: 2 }, days: ['tue', 'thu'], times: ['08:30'], min_gap_hours: 24 },
  ...extra,
});
