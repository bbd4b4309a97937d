import { checkDescriptor, type RuleDescriptor } from '../io/reporters/common.js';
import type { AppContext } from './context.js';
import { openWorkspace, type OpenedWorkspace, type WorkspaceRequest } from './workspace.js';

export interface Validated extends OpenedWorkspace {
  /** The checks that found something, described for sarif. */
  checks: RuleDescriptor[];
}

/** `edito validate`: every file loaded and checked; the report holds every finding. */
export async function validate(ctx: AppContext, request: WorkspaceRequest): Promise<Validated> {
  const opened = await openWorkspace(ctx, request);
  const codes = [...new Set(opened.report.messages.map((m) => m.ruleId))].sort();
  return { ...opened, checks: codes.map(checkDescriptor) };
}
