import type { ChunkedReporter, Reporter } from './common.js';

export type { ChunkedReporter, ReportOptions, Reporter, RuleDescriptor, ToolLinks } from './common.js';

/**
 * Reporters of validate and lint by --format value, each loaded only when
 * asked for, in pieces (a file or a finding at a time): lint writes a report
 * of thousands of files as it is produced.
 */
export const REPORT_CHUNKS = {
  stylish: async () => (await import('./stylish.js')).stylishChunks,
  json: async () => (await import('./json.js')).jsonChunks,
  sarif: async () => (await import('./sarif.js')).sarifChunks,
  github: async () => (await import('./github.js')).githubChunks,
  junit: async () => (await import('./junit.js')).junitChunks,
} as const satisfies Record<string, () => Promise<ChunkedReporter>>;

export type ReportFormat = keyof typeof REPORT_CHUNKS;
export const REPORT_FORMATS = Object.keys(REPORT_CHUNKS) as ReportFormat[];

/** The same reporters, their pieces joined into one text (common.js, with the catalogs, loaded only then: not for `--help`). */
export const REPORTERS = Object.fromEntries(
  REPORT_FORMATS.map((format) => [format, async () => (await import('./common.js')).joined(await REPORT_CHUNKS[format]())]),
) as Record<ReportFormat, () => Promise<Reporter>>;
