import type { NetworkId } from '../networks.js';
import type { Finding } from '../diagnostics.js';

/** A public holiday on a local date (YYYY-MM-DD), computed in src/io from date-holidays. */
export interface Holiday {
  date: string;
  name: string;
}

export interface PlanInput {
  /** Inclusive local dates, YYYY-MM-DD. */
  from: string;
  to: string;
  /** "Today" as a local date: the core never reads the clock. */
  today: string;
  /** IANA zone of the workspace: slot times are wall-clock times there. */
  timezone: string;
  /** Only these networks (canonical ids); all lines when absent. */
  networks?: readonly NetworkId[];
  holidays: readonly Holiday[];
}

/** One publishing slot of the calendar. */
export interface Slot {
  network: NetworkId;
  /** Local date and time in the workspace zone. */
  date: string;
  time: string;
  /** ISO 8601 instant with the zone's offset, e.g. 2027-01-12T08:30:00+01:00. */
  start: string;
  theme: string | null;
  /** The theme's label in its editorial line (the id when the line gives none). */
  themeLabel: string | null;
  format: string | null;
  persona: string | null;
  objectives: string[];
  keyDate: string | null;
  holiday: string | null;
  /** Workspace-relative path of the post that fills the slot. */
  post: string | null;
}

export type PlanWarningCode =
  | 'past-range' | 'capacity' | 'blackout' | 'key-date-dropped' | 'under-min' | 'over-max' | 'dst-gap' | 'skipped-day';

/**
 * A warning of the plan: a finding of the diagnostic model (file, key path,
 * severity, code, message), pointing at the setting that causes it, with the
 * network, period or date it is about.
 */
export interface PlanWarning extends Finding {
  code: PlanWarningCode;
  network?: NetworkId;
  /** The week, month or day (or blackout) the warning is about. */
  period?: { from: string; to: string };
  /** The local date the warning is about. */
  date?: string;
}

export interface OffPlanPost {
  post: string;
  network: string;
  /** YYYY-MM-DD, or YYYY-MM-DDTHH:MM when the post has a time. */
  date: string;
  /** HH:MM, or null for a post dated by day only. */
  time: string | null;
  reason: 'no-line' | 'no-slot' | 'slot-taken';
  /** The first free slot of its network in the same week (Monday to Sunday), if there is one. */
  freeSlot: { date: string; time: string } | null;
}

export interface Plan {
  range: { from: string; to: string };
  timezone: string;
  slots: Slot[];
  /**
   * Posts off the plan: written for a day with no free slot of their network.
   * They will be published all the same, so every calendar view shows them on
   * their day, marked, with the free slot of that week they could take.
   */
  unplanned: OffPlanPost[];
  warnings: PlanWarning[];
  /** Public holidays inside the range (with or without a slot), for the calendar views. */
  holidays?: Holiday[];
}
