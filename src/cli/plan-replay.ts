import path from 'node:path';
import { sameAnswers } from '../io/cache.js';
import { nodeFs } from '../io/node-fs.js';
import type { Fs } from '../app/fs.js';
import { planCacheFile, planRunKey, readPlanRecord, type PlanRecord } from '../io/plan-cache.js';
import { FOLDER_PATTERN, findWorkspaceRoot } from '../io/workspace-root.js';
import { now } from './clock.js';
import { EXIT, type CliIo } from './context.js';
import { VERSION } from './version.js';

/** The last value of a flag on the command line (`--dir x` or `--dir=x`), as commander keeps the last one. */
function lastValue(argv: readonly string[], flag: string): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, at) => {
    if (arg === flag && at + 1 < argv.length) value = argv[at + 1];
    else if (arg.startsWith(`${flag}=`)) value = arg.slice(flag.length + 1);
  });
  return value;
}

/**
 * `edito plan --cache` when an earlier run with the same key left its record
 * and the disk and today are as it saw them: prints and writes what it did,
 * byte for byte, and returns its exit code; otherwise undefined, and the
 * command runs. Loaded before commander, the workspace loader or the planner.
 * The command line is only searched for --dir and --cache-location, to find
 * the record: the key holds the whole line, so a misread one only misses.
 */
export async function replayCachedPlan(io: CliIo): Promise<number | undefined> {
  if (!io.argv.includes('plan') || !io.argv.includes('--cache')) return undefined;
  // `performance` loads a dozen modules of Node's: only when asked for.
  const started = io.env.EDITO_DEBUG ? performance.now() : 0;
  const fs = io.fs ?? nodeFs;
  // Anything unexpected before a byte is written (a folder that cannot be read…): the run itself goes on.
  const found = await cachedRun(io, fs).catch(() => undefined);
  if (!found) return undefined;
  const { record, calendar } = found;
  if (record.out) {
    try {
      // As the run itself: never over an existing file without --force. Any refusal: the run says why.
      await fs.writeAtomic(record.out.file, Buffer.from(calendar).toString('utf8'), { exclusive: !record.out.force });
    } catch {
      return undefined;
    }
  } else if (calendar.length > 0) io.stdout.write(calendar);
  if (record.stderr !== '') io.stderr.write(record.stderr);
  if (record.trailer !== '') io.stdout.write(record.trailer);
  if (io.env.EDITO_DEBUG) io.stderr.write(`edito: plan replayed from the cache in ${Math.round(performance.now() - started)} ms\n`);
  return EXIT.ok;
}

/** The record of this run, if one was made and the disk and the clock are as it saw them. */
async function cachedRun(io: CliIo, fs: Fs): Promise<{ record: PlanRecord; calendar: Uint8Array } | undefined> {
  const dir = lastValue(io.argv, '--dir');
  // Several workspaces (--dir repeated or a pattern): each run keeps its own record, none holds the whole output.
  if (io.argv.filter((arg) => arg === '--dir' || arg.startsWith('--dir=')).length > 1 || (dir !== undefined && FOLDER_PATTERN.test(dir))) return undefined;
  const root = dir === undefined ? await findWorkspaceRoot(fs, io.cwd) : path.resolve(io.cwd, dir);
  if (root === undefined) return undefined;
  const key = planRunKey(io, VERSION);
  const found = await readPlanRecord(fs, await planCacheFile(fs, { cwd: io.cwd, root, location: lastValue(io.argv, '--cache-location'), key }), key);
  if (!found) return undefined;
  // Today is the same day as long as the clock is within it (no time zone data to load for that).
  const { clock } = found.record;
  const at = now(io).getTime();
  if (clock && !(clock.from <= at && at < clock.until)) return undefined;
  return (await sameAnswers(fs, found.record.observations)) ? found : undefined;
}
