import type { ExportTarget } from './target.js';

export type { ExportOptions, ExportTarget, HeaderCell } from './target.js';

// Targets of every extra type live in one registry.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTarget = ExportTarget<any>;

/** Export targets by --to value: each module's default export, loaded only when asked for. */
const LOADERS = {
  hootsuite: () => import('./hootsuite.js'),
  sprout: () => import('./sprout.js'),
  publer: () => import('./publer.js'),
  metricool: () => import('./metricool.js'),
  csv: () => import('./csv.js'),
  json: () => import('./json.js'),
  ics: () => import('./ics.js'),
  md: () => import('./md.js'),
} as const satisfies Record<string, () => Promise<{ default: AnyTarget }>>;

export type ExportTargetId = keyof typeof LOADERS;
export const EXPORT_TARGET_IDS = Object.keys(LOADERS) as ExportTargetId[];

export async function loadTarget(id: ExportTargetId): Promise<AnyTarget> {
  return (await LOADERS[id]()).default;
}
