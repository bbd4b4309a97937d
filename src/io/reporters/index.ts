import type { ChunkedReporter, Reporter } from './common.js';

export type { ChunkedReporter, ReportOptions, Reporter, RuleDescriptor, ToolLinks } from './common.js';
export { checkDescriptor } from './common.js';

/** Reporters of validate and lint by --format value, each loaded only when asked for. */
export const REPORTERS = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
} as const satisfies Record<string, () => Promise<Reporter>>;

export type ReportFormat = keyof typeof REPORTERS;
export const REPORT_FORMATS = Object.keys(REPORTERS) as ReportFormat[];

/** The same reporters in pieces (a file or a finding at a time), for lint's reports of thousands of files. */
export const REPORT_CHUNKS = {
  stylish: async () => (await import('./stylish.js')).stylishChunks,
  json: async () => (await import('./json.js')).jsonChunks,
  sarif: async () => (await import('./sarif.js')).sarifChunks,
  github: async () => (await import('./github.js')).githubChunks,
  junit: async () => (await import('./junit.js')).junitChunks,
} as const satisfies Record<ReportFormat, () => Promise<ChunkedReporter>>;
