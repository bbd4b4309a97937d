import path from 'node:path';
import { countryFromLang, defaultAnswers, samplePostFor, SAMPLE_POST_LEAD_DAYS, type InitAnswers, type Locale, type StrategyAnswers } from '../core/init/answers.js';
import { addDays } from '../core/init/dates.js';
import { canonicalNetworkId, NETWORK_IDS, type NetworkId } from '../core/networks.js';
import { country as countrySchema, isRealDate, isTimeZone } from '../core/schemas/common.js';
import { DEFAULT_PATHS } from '../core/workspace.js';
import { isLocale, localeFromEnv, translator, type Translate } from '../i18n/init.js';
import { exists, writeFilesAtomic } from '../io/atomic-write.js';
import { jsonSchemas } from '../io/json-schemas.js';
import { readTemplates, renderWorkspace, SCHEMAS_DIR } from '../io/scaffold.js';
import { CannotRun, EXIT, type CliIo, type GlobalOptions } from './context.js';
import { todayIn } from './clock.js';

export interface InitFlags {
  yes?: boolean;
  brand?: string;
  timezone?: string;
  country?: string;
  networks?: string;
  force?: boolean;
  today?: string;
}

/** What the flags and the environment say, before any question: the wizard's defaults, or --yes's answers. */
export interface InitStart {
  dir: string;
  locale: Locale;
  brand: string | undefined;
  timezone: string;
  country: string | undefined;
  networks: NetworkId[] | undefined;
  today: (timezone: string) => string;
  /** Whether the holidays library knows a country code (FR, CA-QC): `edito plan` needs it to. */
  knownCountry: (code: string) => Promise<boolean>;
}

async function knownCountry(code: string): Promise<boolean> {
  if (!countrySchema.safeParse(code).success) return false;
  const { holidaysFor } = await import('../io/holidays.js');
  // Any day tells whether the library knows the code.
  return Array.isArray(await holidaysFor(code, '2030-01-01', '2030-01-01', 'en'));
}

export function systemTimeZone(env: CliIo['env']): string {
  if (env.TZ && isTimeZone(env.TZ)) return env.TZ;
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function parseNetworks(list: string | undefined): NetworkId[] | undefined {
  if (list === undefined) return undefined;
  const ids = list.split(',').map((name) => name.trim()).filter(Boolean).map((name) => {
    const id = canonicalNetworkId(name);
    if (!id) throw new CannotRun('init.unknown_network', { name, choices: NETWORK_IDS.join(', ') });
    return id;
  });
  return [...new Set(ids)];
}

function targetDir(io: CliIo, arg: string | undefined, globalDir: string | undefined): string {
  const fromArg = arg === undefined ? undefined : path.resolve(io.cwd, arg);
  const fromFlag = globalDir === undefined ? undefined : path.resolve(io.cwd, globalDir);
  if (fromArg && fromFlag && fromArg !== fromFlag) throw new CannotRun('init.two_dirs', { arg: arg!, dir: globalDir! });
  return fromArg ?? fromFlag ?? io.cwd;
}

export function readStart(io: CliIo, globals: GlobalOptions, flags: InitFlags, arg: string | undefined): InitStart {
  const timezone = flags.timezone ?? systemTimeZone(io.env);
  if (!isTimeZone(timezone)) throw new CannotRun('init.bad_timezone', { zone: timezone });
  const country = flags.country === undefined ? countryFromLang(io.env.LC_ALL || io.env.LANG) : flags.country.trim().toUpperCase() || undefined;
  if (flags.today !== undefined && !isRealDate(flags.today)) throw new CannotRun('init.bad_today', { value: flags.today });
  if (country !== undefined && !countrySchema.safeParse(country).success) throw new CannotRun('init.bad_country', { country });
  return {
    dir: targetDir(io, arg, globals.dir),
    locale: isLocale(globals.locale) ? globals.locale : (localeFromEnv(io.env) ?? 'en'),
    brand: flags.brand?.trim() || undefined,
    timezone,
    country,
    networks: parseNetworks(flags.networks),
    today: (zone) => flags.today ?? todayIn(io, zone),
    knownCountry,
  };
}

/** Files every new workspace has: checked before the first question, so nobody answers them all for nothing. */
function fixedFiles(): string[] {
  const { settings, objectives, personas, competitors, charter, keyDates } = DEFAULT_PATHS;
  return [settings, objectives, personas, competitors, charter, keyDates, ...[...jsonSchemas().keys()].map((name) => `${SCHEMAS_DIR}/${name}`)];
}

async function existingOf(dir: string, files: readonly string[]): Promise<string[]> {
  const found = await Promise.all(files.map(async (file) => ((await exists(path.join(dir, file))) ? file : undefined)));
  return found.filter((file): file is string => file !== undefined);
}

function reportConflicts(io: CliIo, t: Translate, files: readonly string[]): number {
  io.stderr.write(`edito: ${t('init.conflicts')}\n${files.map((file) => `  ${file}\n`).join('')}  → ${t('init.conflicts.hint')}\n`);
  return EXIT.cannotRun;
}

/** A path as the user would type it from where they stand. */
function shown(cwd: string, target: string): string {
  const relative = path.relative(cwd, target);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? target : relative;
}

function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

function nextSteps(io: CliIo, t: Translate, start: InitStart, answers: InitAnswers): string {
  const network = answers.lines[0]?.network ?? 'linkedin';
  const steps: [string, string][] = [];
  const where = shown(io.cwd, start.dir);
  if (where !== '.') steps.push([`cd ${/\s/.test(where) ? JSON.stringify(where) : where}`, t('init.step.cd')]);
  steps.push(['edito validate', t('init.step.validate')], ['edito plan', t('init.step.plan')], [`edito new --next --network ${network}`, t('init.step.new')]);
  const width = Math.max(...steps.map(([command]) => command.length)) + 3;
  return `${t('init.next_steps')}\n${steps.map(([command, what]) => `  ${command.padEnd(width)}${what}\n`).join('')}`;
}

/** Public holidays near the sample post's date, so that it lands on a day the plan keeps. */
async function holidayDates(strategy: StrategyAnswers, today: string): Promise<Set<string>> {
  const country = strategy.keyDates.holidays?.country;
  if (!country) return new Set();
  const { holidaysFor } = await import('../io/holidays.js');
  const found = await holidaysFor(country, today, addDays(today, SAMPLE_POST_LEAD_DAYS + 60), strategy.settings.locale);
  return new Set(Array.isArray(found) ? found.map((holiday) => holiday.date) : []);
}

export async function runInit(io: CliIo, globals: GlobalOptions, flags: InitFlags, arg: string | undefined): Promise<number> {
  const start = readStart(io, globals, flags, arg);
  if (start.country && !(await knownCountry(start.country))) {
    if (flags.country) throw new CannotRun('init.bad_country', { country: start.country });
    start.country = undefined; // a guess from LANG that the holidays library does not know
  }
  let t = translator(start.locale);
  const force = Boolean(flags.force);
  if (!flags.yes && io.stdin?.isTTY !== true) throw new CannotRun('init.no_tty', {}, 'init.no_tty.hint');
  if (!force) {
    const early = await existingOf(start.dir, fixedFiles());
    if (early.length > 0) return reportConflicts(io, t, early);
  }

  let strategy: StrategyAnswers;
  let locale = start.locale;
  if (flags.yes) {
    const networks = start.networks ?? ['linkedin'];
    const brand = start.brand ?? path.basename(start.dir);
    strategy = defaultAnswers({ ...start, brand, networks, today: start.today(start.timezone) }, t);
  } else {
    const { runWizard, inquirerAsk } = await import('./init-wizard.js');
    try {
      const result = await runWizard(inquirerAsk(io, start.locale), start);
      strategy = result.answers;
      locale = result.locale;
      t = translator(locale);
    } catch (error) {
      if (!isPromptExit(error)) throw error;
      io.stderr.write(`\n${t('init.cancelled')}\n`);
      return EXIT.interrupted;
    }
  }

  const today = start.today(strategy.settings.timezone);
  const answers: InitAnswers = { ...strategy, samplePost: samplePostFor(strategy, today, t, await holidayDates(strategy, today)) };
  const rendered = renderWorkspace(answers, await readTemplates(locale));
  // An existing .gitignore is the project's own: keep it rather than call it a conflict.
  if (await exists(path.join(start.dir, '.gitignore'))) rendered.delete('.gitignore');
  const targets = new Map([...rendered].map(([file, text]) => [path.join(start.dir, file), text]));
  const refusals = await writeFilesAtomic(targets, { force });
  if (refusals.length > 0) {
    return reportConflicts(io, t, refusals.map((r) => path.relative(start.dir, r.reason === 'exists' ? r.file : r.dir)));
  }
  if (!globals.quiet) {
    io.stdout.write(`${t('init.created', { brand: answers.settings.brand, dir: shown(io.cwd, start.dir), count: rendered.size })}\n`);
    if (flags.yes) io.stdout.write(`${t('init.examples_note')}\n`);
    io.stdout.write(`\n${nextSteps(io, t, start, answers)}`);
  }
  return EXIT.ok;
}
