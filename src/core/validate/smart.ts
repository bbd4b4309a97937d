import { msg, type Finding, type MessageRef } from '../diagnostics.js';
import { KNOWN_KPIS, RELATIVE_TARGET_PATTERN } from '../schemas/common.js';
import type { Objective } from '../schemas/files.js';
import type { CheckContext } from './context.js';

/** A target more than this many times its baseline is not achievable. */
export const ACHIEVABLE_MAX_RATIO = 10;

export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';

export interface SmartFailure {
  letter: SmartLetter;
  key: keyof Objective | undefined;
  message: MessageRef;
}

/** The value the target aims at, in the baseline's unit; undefined when it cannot be known. */
export function targetValue(objective: Objective): number | undefined {
  const { target, baseline } = objective;
  if (typeof target === 'number') return target;
  if (target === undefined || baseline === undefined || !RELATIVE_TARGET_PATTERN.test(target)) return undefined;
  const change = Number(target.replace('%', '').replace(',', '.').trim());
  return baseline * (1 + change / 100);
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Which SMART letters an objective fails, and why. Thresholds (documented in
 * docs/workspace.md#smart-check): Specific = a title and a kind; Measurable =
 * a KPI and a target (a relative one needs a baseline); Ambitious = the target
 * is above the baseline; Achievable = at most 10× the baseline; Time-bound =
 * a deadline, not before the planning period starts.
 */
export function smartFailures(objective: Objective, periodStart?: string): SmartFailure[] {
  const { id } = objective;
  const failures: SmartFailure[] = [];
  const fail = (letter: SmartLetter, key: SmartFailure['key'], message: MessageRef) => failures.push({ letter, key, message });

  if (!objective.title) fail('S', undefined, msg('smart.specific', { id, reason: 'smart.specific.no_title' }));
  else if (!objective.kind) fail('S', undefined, msg('smart.specific', { id, reason: 'smart.specific.no_kind' }));

  if (!objective.kpi) fail('M', undefined, msg('smart.measurable', { id, reason: 'smart.measurable.no_kpi' }));
  else if (objective.target === undefined) fail('M', undefined, msg('smart.measurable', { id, reason: 'smart.measurable.no_target' }));
  else if (typeof objective.target === 'string' && objective.baseline === undefined) {
    fail('M', 'target', msg('smart.measurable', { id, reason: 'smart.measurable.no_baseline' }));
  }

  const goal = targetValue(objective);
  const { baseline } = objective;
  if (goal !== undefined && baseline !== undefined) {
    const target = String(objective.target);
    if (goal <= baseline) fail('A', 'target', msg('smart.ambitious', { id, target, baseline }));
    else if (baseline > 0 && goal / baseline > ACHIEVABLE_MAX_RATIO) {
      fail('R', 'target', msg('smart.achievable', { id, target, baseline, ratio: round(goal / baseline), limit: ACHIEVABLE_MAX_RATIO }));
    }
  }

  if (!objective.deadline) fail('T', undefined, msg('smart.timebound', { id }));
  else if (periodStart && objective.deadline < periodStart) {
    fail('T', 'deadline', msg('smart.timebound.past', { id, deadline: objective.deadline, start: periodStart }));
  }
  return failures;
}

export function checkSmart({ workspace: ws }: CheckContext): Finding[] {
  return ws.objectives.flatMap((objective, index) => {
    const base = ['objectives', index];
    const findings: Finding[] = smartFailures(objective, ws.settings.period?.start).map((failure) => ({
      file: ws.paths.objectives,
      keyPath: failure.key ? [...base, failure.key] : base,
      severity: 'warning',
      code: `smart-${failure.letter.toLowerCase()}`,
      message: failure.message,
      hint: msg('hint.smart'),
    }));
    if (objective.kpi && !(KNOWN_KPIS as readonly string[]).includes(objective.kpi)) {
      findings.push({
        file: ws.paths.objectives, keyPath: [...base, 'kpi'], severity: 'info', code: 'custom-kpi',
        message: msg('smart.custom_kpi', { id: objective.id, kpi: objective.kpi }),
        hint: msg('smart.custom_kpi.hint', { choices: KNOWN_KPIS.join(', ') }),
      });
    }
    return findings;
  });
}
