import type { Plan } from '../../core/planner/types.js';
import { defineExporter, type CommonOptions } from './shared.js';

/** The documented machine format (docs/plan.md): keys in a fixed order, warnings translated. */
function render(plan: Plan, options: CommonOptions): string {
  const out = {
    range: { from: plan.range.from, to: plan.range.to },
    timezone: plan.timezone,
    slots: plan.slots.map((slot) => ({
      network: slot.network,
      start: slot.start,
      date: slot.date,
      time: slot.time,
      theme: slot.theme,
      format: slot.format,
      persona: slot.persona,
      objectives: slot.objectives,
      keyDate: slot.keyDate,
      holiday: slot.holiday,
      post: slot.post,
    })),
    unplanned: plan.unplanned.map((u) => ({
      post: u.post, network: u.network, date: u.date, time: u.time, reason: u.reason, offPlan: true, freeSlot: u.freeSlot,
    })),
    warnings: plan.warnings.map((w) => ({
      code: w.code,
      network: w.network ?? null,
      period: w.period ?? null,
      date: w.date ?? null,
      message: options.t(w.message),
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

export const json = defineExporter({ id: 'json', render });
