import { localDateTimeOf } from '../core/init/dates.js';
import type { CliIo } from './context.js';

/**
 * The current instant. EDITO_NOW (an ISO 8601 instant, e.g.
 * 2027-01-04T09:00:00Z) pins it, so that tests and examples are reproducible.
 */
export function now(io: CliIo): Date {
  const pinned = io.env.EDITO_NOW;
  if (pinned) {
    const date = new Date(pinned);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return new Date();
}

/** Today's date (YYYY-MM-DD) in an IANA zone. */
export function todayIn(io: CliIo, timeZone: string): string {
  return localDateTimeOf(now(io), timeZone).date;
}
