import { localDateTimeOf } from '../core/init/dates.js';
import type { Fs } from './fs.js';

/** What every use case gets of the outside world: the file system, where the user stands, and the time. */
export interface AppContext {
  fs: Fs;
  /** Absolute folder the command runs from. */
  cwd: string;
  env: Record<string, string | undefined>;
  /** The instant taken as now (EDITO_NOW pins it): the one clock of the run. */
  now: Date;
}

/** Today's date (YYYY-MM-DD) on the wall clock of an IANA zone. */
export function todayIn(ctx: Pick<AppContext, 'now'>, timeZone: string): string {
  return localDateTimeOf(ctx.now, timeZone).date;
}
