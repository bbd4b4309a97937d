import ICAL from 'ical.js';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyOf, edit, runBin } from '../helpers.js';

const FOURNIL = 'examples/fournil-lyon';
const SAAS = 'examples/saas-consultant';
let out: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(tmpdir(), 'edito-plan-'));
});

interface JsonPlan {
  range: { from: string; to: string };
  timezone: string;
  slots: { network: string; start: string; date: string; time: string; keyDate: string | null; post: string | null }[];
  unplanned: { post: string; reason: string }[];
  warnings: { code: string; message: string }[];
}

async function jsonPlan(dir: string, extra: string[] = []): Promise<JsonPlan> {
  const { code, stdout, stderr } = await runBin(['plan', '--dir', dir, '--format', 'json', '--today', '2026-12-01', ...extra]);
  expect(stderr).not.toContain('internal error');
  expect(code).toBe(0);
  return JSON.parse(stdout) as JsonPlan;
}

describe('edito plan (built CLI)', () => {
  it('writes an ICS file that ical.js imports with one event per slot', async () => {
    const file = path.join(out, 'fournil.ics');
    const { code, stdout } = await runBin(['plan', '--dir', FOURNIL, '--format', 'ics', '--out', file, '--today', '2026-12-01']);
    expect(code).toBe(0);
    expect(stdout).toContain('fournil.ics');
    const plan = await jsonPlan(FOURNIL);
    expect(plan.slots.length).toBeGreaterThan(10);
    const calendar = new ICAL.Component(ICAL.parse(await readFile(file, 'utf8')));
    for (const vtz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
    const vevents = calendar.getAllSubcomponents('vevent');
    const isOffPlan = (v: ICAL.Component) => (v.getFirstProperty('categories')?.getValues() as string[]).includes('off-plan');
    const events = vevents.filter((v) => !isOffPlan(v)).map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(plan.slots.length);
    expect(events.map((e) => e.startDate.toJSDate().getTime())).toEqual(plan.slots.map((s) => Date.parse(s.start)));
    // And one more event for each post off the plan, on its day.
    expect(vevents.filter(isOffPlan)).toHaveLength(plan.unplanned.length);
  });

  it('plans the French example over its period, in French, with its key dates and posts', async () => {
    const plan = await jsonPlan(FOURNIL);
    expect(plan.range).toEqual({ from: '2027-01-04', to: '2027-01-31' });
    expect(plan.timezone).toBe('Europe/Paris');
    expect(plan.slots.filter((s) => s.date === '2027-01-06').map((s) => s.keyDate)).toEqual([
      'Épiphanie, date traditionnelle de la galette des rois',
      'Épiphanie, date traditionnelle de la galette des rois',
      'Épiphanie, date traditionnelle de la galette des rois',
    ]);
    expect(plan.slots.some((s) => s.date >= '2027-01-25' && s.date <= '2027-01-26')).toBe(false);
    expect(plan.slots.filter((s) => s.post).length).toBeGreaterThan(5);
    const { stdout, stderr } = await runBin(['plan', '--dir', FOURNIL, '--today', '2026-12-01']);
    expect(stdout).toContain('mer. 6 janv.');
    expect(stdout).toContain('Réseau');
    expect(stderr).toMatch(/\d+ créneau\(x\) sur 3 réseau\(x\)/);
  });

  it('plans the English example in America/Toronto with -05:00 offsets in winter', async () => {
    const plan = await jsonPlan(SAAS);
    expect(plan.timezone).toBe('America/Toronto');
    expect(plan.slots.length).toBeGreaterThan(0);
    for (const slot of plan.slots) expect(slot.start).toBe(`${slot.date}T${slot.time}:00${slot.date < '2027-03-14' ? '-05:00' : '-04:00'}`);
  });

  it('--from/--to and --network narrow the plan', async () => {
    const plan = await jsonPlan(FOURNIL, ['--from', '2027-01-11', '--to', '2027-01-17', '--network', 'instagram']);
    expect(plan.range).toEqual({ from: '2027-01-11', to: '2027-01-17' });
    expect(new Set(plan.slots.map((s) => s.network))).toEqual(new Set(['instagram']));
    expect(plan.slots.map((s) => s.date)).toEqual(['2027-01-13', '2027-01-16']);
  });

  it('html: a month with every slot, the blackout days hatched, a legend, nothing fetched from the network', async () => {
    const plan = await jsonPlan(FOURNIL);
    const { code, stdout } = await runBin(['plan', '--dir', FOURNIL, '--format', 'html', '--today', '2026-12-01']);
    expect(code).toBe(0);
    expect(stdout.match(/<h2>Janvier 2027<\/h2>/g)).toHaveLength(1);
    expect(stdout.match(/<div class="slot"/g)).toHaveLength(plan.slots.length);
    expect([...stdout.matchAll(/<td class="blackout" data-date="([\d-]+)"/g)].map((m) => m[1])).toEqual(['2027-01-25', '2027-01-26']);
    expect(stdout).toMatch(/<ul class="legend"><li><span class="swatch" style="--c:#3B5998"><\/span>Facebook \(\d+\)/);
    expect(stdout).not.toMatch(/<script|<link|\ssrc=|\shref=|url\(/);
  });

  it('every format is byte-identical from one run to the next', async () => {
    for (const format of ['table', 'calendar', 'md', 'csv', 'ics', 'json', 'html']) {
      const a = await runBin(['plan', '--dir', FOURNIL, '--format', format, '--today', '2026-12-01']);
      const b = await runBin(['plan', '--dir', FOURNIL, '--format', format, '--today', '2026-12-01']);
      expect(a.code).toBe(0);
      expect(a.stdout.length).toBeGreaterThan(100);
      expect(a.stdout).toBe(b.stdout);
    }
  });

  it('--out refuses to overwrite without --force, and needs an existing folder', async () => {
    const file = path.join(out, 'plan.csv');
    await writeFile(file, 'keep me');
    const refused = await runBin(['plan', '--dir', FOURNIL, '--format', 'csv', '--out', file]);
    expect(refused.code).toBe(2);
    // The workspace is French: so are its messages, flag errors included.
    expect(refused.stderr).toContain('existe déjà ; ajoutez --force pour l’écraser');
    expect(await readFile(file, 'utf8')).toBe('keep me');
    const forced = await runBin(['plan', '--dir', FOURNIL, '--format', 'csv', '--excel', '--out', file, '--force']);
    expect(forced.code).toBe(0);
    expect((await readFile(file, 'utf8')).startsWith('\uFEFFdate;time;start;network')).toBe(true);
    const missing = await runBin(['plan', '--dir', FOURNIL, '--out', path.join(out, 'nope', 'plan.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/le dossier .*nope n'existe pas/);
  });

  it.each([
    [['--from', '2027-02-30'], '--from 2027-02-30 is not a date'],
    [['--from', '2027-03-01', '--to', '2027-02-01'], '--from 2027-03-01 is after --to 2027-02-01'],
    [['--network', 'myspace'], '--network myspace is not a known network'],
    [['--network', 'tiktok'], 'this workspace has no editorial line for it (lines: facebook, instagram, linkedin)'],
    [['--format', 'pdf'], "argument 'pdf' is invalid"],
    [['--excel'], '--excel only applies to --format csv'],
  ])('exits 2 with a clear message on bad flags: %j', async (flags, message) => {
    const { code, stderr, stdout } = await runBin(['plan', '--dir', FOURNIL, '--locale', 'en', ...flags]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });

  it('speaks French when asked', async () => {
    const { code, stderr } = await runBin(['plan', '--dir', FOURNIL, '--locale', 'fr', '--from', '2027-13-01']);
    expect(code).toBe(2);
    expect(stderr).toContain('n’est pas une date');
  });

  it('refuses an invalid workspace with exit 2', async () => {
    const dir = await copyOf(FOURNIL);
    await edit(dir, 'charter/networks/linkedin.yaml', (text) => text.replace('per_week: { min: 1, max: 2, target: 1 }', 'per_week: { min: 3, max: 2 }'));
    const { code, stderr } = await runBin(['plan', '--dir', dir]);
    expect(code).toBe(2);
    expect(stderr).toContain('linkedin.yaml');
  });

  it('fails clearly on a country date-holidays does not know', async () => {
    const dir = await copyOf(FOURNIL);
    await edit(dir, 'calendar/key-dates.yaml', (text) => text.replace('country: FR', 'country: ZZ'));
    const { code, stderr } = await runBin(['plan', '--dir', dir, '--locale', 'en']);
    expect(code).toBe(2);
    expect(stderr).toContain('no public holidays known for "ZZ"');
  });
});
