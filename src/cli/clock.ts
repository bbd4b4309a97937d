import { localDateTimeOf } from '../core/init/dates.js';
import type { CliIo } from './context.js';

/**
 * The only place that reads the clock: the core takes "today" as a parameter.
 * EDITO_NOW (an ISO 8601 instant) pins it, for reproducible demos and tests.
 */
export function now(io: CliIo): Date {
  const pinned = io.env.EDITO_NOW ? new Date(io.env.EDITO_NOW) : undefined;
  return pinned && !Number.isNaN(pinned.getTime()) ? pinned : new Date();
}

/** Today's date (YYYY-MM-DD) on the wall clock of an IANA zone. */
export function todayIn(io: CliIo, timeZone: string): string {
  return localDateTimeOf(now(io), timeZone).date;
}
