// Types of year-workspace.mjs, for the tests that plan the bench's workspace.
export const NETWORKS: readonly string[];
/** A fresh temporary folder holding the workspace: 1 year (2027) × 12 networks. */
export function yearWorkspace(): Promise<string>;
