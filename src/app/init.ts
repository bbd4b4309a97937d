import path from 'node:path';
import { countryFromLang, defaultAnswers, samplePostFor, SAMPLE_POST_LEAD_DAYS, type InitAnswers, type Locale, type StrategyAnswers } from '../core/init/answers.js';
import { addDays } from '../core/init/dates.js';
import { canonicalNetworkId, NETWORK_IDS, type NetworkId } from '../core/networks.js';
import { country as countrySchema, isRealDate, isTimeZone } from '../core/schemas/common.js';
import { DEFAULT_PATHS } from '../core/workspace.js';
import { isLocale, localeFromEnv, translator, type Translate } from '../i18n/init.js';
import { jsonSchemas } from '../io/json-schemas.js';
import { readTemplates, renderWorkspace, SCHEMAS_DIR } from '../io/scaffold.js';
import { todayIn, type AppContext } from './context.js';
import { CannotRun } from './errors.js';

export interface InitRequest {
  /** The folder argument, and the global --dir. */
  arg?: string | undefined;
  dir?: string | undefined;
  locale?: string | undefined;
  brand?: string | undefined;
  timezone?: string | undefined;
  country?: string | undefined;
  networks?: string | undefined;
  force?: boolean | undefined;
  today?: string | undefined;
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

export function systemTimeZone(env: AppContext['env']): string {
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

function targetDir(io: Pick<AppContext, 'cwd'>, arg: string | undefined, globalDir: string | undefined): string {
  const fromArg = arg === undefined ? undefined : path.resolve(io.cwd, arg);
  const fromFlag = globalDir === undefined ? undefined : path.resolve(io.cwd, globalDir);
  if (fromArg && fromFlag && fromArg !== fromFlag) throw new CannotRun('init.two_dirs', { arg: arg!, dir: globalDir! });
  return fromArg ?? fromFlag ?? io.cwd;
}

export function readStart(io: Pick<AppContext, 'cwd' | 'env' | 'now'>, flags: InitRequest): InitStart {
  const timezone = flags.timezone ?? systemTimeZone(io.env);
  if (!isTimeZone(timezone)) throw new CannotRun('init.bad_timezone', { zone: timezone });
  const country = flags.country === undefined ? countryFromLang(io.env.LC_ALL || io.env.LANG) : flags.country.trim().toUpperCase() || undefined;
  if (flags.today !== undefined && !isRealDate(flags.today)) throw new CannotRun('init.bad_today', { value: flags.today });
  if (country !== undefined && !countrySchema.safeParse(country).success) throw new CannotRun('init.bad_country', { country });
  return {
    dir: targetDir(io, flags.arg, flags.dir),
    locale: isLocale(flags.locale) ? flags.locale : (localeFromEnv(io.env) ?? 'en'),
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

/** The files of a new workspace that already exist in its folder: checked before the first question, so nobody answers them all for nothing. */
export async function existingFiles(ctx: AppContext, start: InitStart): Promise<string[]> {
  const files = fixedFiles();
  const found = await Promise.all(files.map(async (file) => ((await ctx.fs.kind(path.join(start.dir, file))) ? file : undefined)));
  return found.filter((file): file is string => file !== undefined);
}

/** A path as the user would type it from where they stand. */
export function shown(cwd: string, target: string): string {
  const relative = path.relative(cwd, target);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? target : relative;
}

export function isPromptExit(error: unknown): boolean {
  return error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError');
}

export function nextSteps(io: Pick<AppContext, 'cwd'>, t: Translate, start: InitStart, answers: InitAnswers): string {
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

/** The start of `edito init`: flags and environment checked, an unknown guessed country dropped. */
export async function startInit(ctx: AppContext, request: InitRequest): Promise<InitStart> {
  const start = readStart(ctx, request);
  if (start.country && !(await knownCountry(start.country))) {
    if (request.country) throw new CannotRun('init.bad_country', { country: start.country });
    start.country = undefined; // a guess from LANG that the holidays library does not know
  }
  return start;
}

/** The answers of --yes: the flags and documented defaults. */
export function defaultStrategy(start: InitStart, t: Translate): StrategyAnswers {
  const networks = start.networks ?? ['linkedin'];
  const brand = start.brand ?? path.basename(start.dir);
  return defaultAnswers({ ...start, brand, networks, today: start.today(start.timezone) }, t);
}

export type InitWritten = { ok: true; answers: InitAnswers; count: number } | { ok: false; conflicts: string[] };

/** Renders the workspace from the answers and writes it as one change; nothing is written when a file is in the way. */
export async function writeWorkspace(ctx: AppContext, start: InitStart, strategy: StrategyAnswers, locale: Locale, force: boolean): Promise<InitWritten> {
  const t = translator(locale);
  const today = start.today(strategy.settings.timezone);
  const answers: InitAnswers = { ...strategy, samplePost: samplePostFor(strategy, today, t, await holidayDates(strategy, today)) };
  const rendered = renderWorkspace(answers, await readTemplates(locale));
  // An existing .gitignore is the project's own: keep it rather than call it a conflict.
  if (await ctx.fs.kind(path.join(start.dir, '.gitignore'))) rendered.delete('.gitignore');
  const targets = new Map([...rendered].map(([file, text]) => [path.join(start.dir, file), text]));
  const refusals = await ctx.fs.writeAllAtomic(targets, { force });
  if (refusals.length > 0) return { ok: false, conflicts: refusals.map((r) => path.relative(start.dir, r.reason === 'exists' ? r.file : r.dir)) };
  return { ok: true, answers, count: rendered.size };
}
