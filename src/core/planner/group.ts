import type { PlanWarning } from './types.js';

/** Warnings of one kind on one network: the summary prints them as one line. */
export interface WarningGroup {
  code: PlanWarning['code'];
  network: PlanWarning['network'];
  warnings: PlanWarning[];
}

/** The local date a warning is about: its day, else the first day of its period. */
export const warningDate = (warning: PlanWarning): string | undefined => warning.date ?? warning.period?.from;

/**
 * Groups warnings by kind and network, in the order each group first appears;
 * within a group, the warnings keep their order (by date, as the planner made them).
 */
export function groupWarnings(warnings: readonly PlanWarning[]): WarningGroup[] {
  const groups = new Map<string, WarningGroup>();
  for (const warning of warnings) {
    const key = `${warning.code}\u0000${warning.network ?? ''}`;
    const group = groups.get(key);
    if (group) group.warnings.push(warning);
    else groups.set(key, { code: warning.code, network: warning.network, warnings: [warning] });
  }
  return [...groups.values()];
}
