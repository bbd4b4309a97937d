import type { ExportTarget } from './target.js';

export type { ExportOptions, ExportTarget, HeaderCell } from './target.js';

// Targets of every extra type live in one registry.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyTarget = ExportTarget<any>;

/** Export targets by --to value, each loaded only when asked for. */
export const EXPORT_TARGETS = {
  hootsuite: async () => (await import('./hootsuite.js')).hootsuite,
  sprout: async () => (await import('./sprout.js')).sprout,
  publer: async () => (await import('./publer.js')).publer,
  metricool: async () => (await import('./metricool.js')).metricool,
  csv: async () => (await import('./csv.js')).csv,
  json: async () => (await import('./json.js')).json,
  ics: async () => (await import('./ics.js')).ics,
  md: async () => (await import('./md.js')).md,
} as const satisfies Record<string, () => Promise<AnyTarget>>;

export type ExportTargetId = keyof typeof EXPORT_TARGETS;
export const EXPORT_TARGET_IDS = Object.keys(EXPORT_TARGETS) as ExportTargetId[];
