import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../../src/io/exporters/csv.js';
import { PLAN_EXPORTERS, PLAN_FORMATS, prepareExport, type AnyExporter, type PlanFormat } from '../../../src/io/exporters/index.js';
import { CannotRun } from '../../../src/app/errors.js';
import { translator, type Locale } from '../../../src/i18n/index.js';
import '../../../src/i18n/plan.js';
import type { Plan } from '../../../src/core/planner/types.js';
import { linkedin, run, workspace } from './build.js';

function parisPlan(): Plan {
  const x = {
    network: 'x',
    themes: [{ id: 'tips', label: 'Tips, "quick" ones', weight: 100 }],
    formats: ['text'],
    frequency: { per_day: { min: 1, max: 1 }, days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], times: ['08:30'], min_gap_hours: 2 },
  };
  const ws = workspace({
    lines: [linkedin({ themes: [{ id: 'expertise', label: 'Expertise', weight: 60 }, { id: 'culture', label: 'Culture', weight: 40 }] }), x],
    keyDates: { events: [{ name: 'Printemps', date: '2027-03-24', networks: ['linkedin'], priority: 'high' }] },
    posts: [{ file: 'posts/2027/03/launch.md', meta: { network: 'linkedin', date: '2027-03-23T08:30' } }],
  });
  return run(ws, { from: '2027-03-22', to: '2027-04-11' }, [{ date: '2027-03-29', name: 'Lundi de Pâques' }]);
}

const POSTS = [{ file: 'posts/2027/03/launch.md', body: 'We launch today, with a comma, and "quotes"; folded lines keep every byte of é, 👑 and 日本語 intact, even when a long line has to be cut many times over.' }];

interface Options {
  locale?: Locale;
  color?: boolean;
  excel?: boolean;
}

/** Exports as `edito plan` does: the exporter's own options checked by its schema, its prepare step, then render. */
async function exportAs(format: PlanFormat, plan: Plan, opts: Options = {}): Promise<string> {
  const exporter: AnyExporter = await PLAN_EXPORTERS[format]();
  const locale = opts.locale ?? 'en';
  const own = exporter.options ? exporter.options.parse(opts.excel ? { excel: true } : {}) : {};
  const extra = await prepareExport(exporter, plan, { posts: POSTS, timezone: plan.timezone });
  return exporter.render(plan, { t: translator(locale), locale, color: opts.color ?? false, brand: 'Atelier Test', ...own, ...extra });
}

describe('exporter options', () => {
  it('csv declares --excel; every other format refuses it', async () => {
    for (const format of PLAN_FORMATS) {
      const exporter = await PLAN_EXPORTERS[format]();
      const accepts = exporter.options?.safeParse({ excel: true }).success ?? false;
      expect(accepts, format).toBe(format === 'csv');
    }
  });
  it('ics prepares the VTIMEZONE of the zone, and stops with plan.no_vtimezone on one it does not know', async () => {
    const ics = await PLAN_EXPORTERS.ics();
    const plan = parisPlan();
    await expect(prepareExport(ics, plan, { posts: [], timezone: 'Europe/Paris' })).resolves.toMatchObject({ vtimezone: expect.stringContaining('TZID:Europe/Paris') });
    const failure = await prepareExport(ics, plan, { posts: [], timezone: 'Mars/Olympus' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CannotRun);
    expect(failure).toMatchObject({ messageId: 'plan.no_vtimezone', params: { timezone: 'Mars/Olympus' } });
  });
  it('a slot carries its theme label from its line', () => {
    const labels = new Set(parisPlan().slots.map((slot) => `${slot.theme}=${slot.themeLabel}`));
    expect(labels).toEqual(new Set(['expertise=Expertise', 'culture=Culture', 'tips=Tips, "quick" ones']));
  });
});

describe('plan exporters', () => {
  let plan: Plan;
  beforeAll(() => {
    plan = parisPlan();
  });

  it('the plan under test crosses the March DST change and has a filled slot and a key date', () => {
    expect(plan.slots.length).toBe(21 + 6);
    expect(plan.slots.some((s) => s.post)).toBe(true);
    expect(plan.slots.some((s) => s.keyDate)).toBe(true);
    expect(new Set(plan.slots.map((s) => s.start.slice(-6)))).toEqual(new Set(['+01:00', '+02:00']));
  });

  it('ics: ical.js reads every event back at its local time and UTC instant, with stable UIDs', async () => {
    const text = await exportAs('ics', plan);
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toMatch(/DTSTAMP:20270322T000000Z\r\n/);
    expect(text).toContain('DTSTART;TZID=Europe/Paris:20270328T083000\r\n');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(text));
    const vtimezones = calendar.getAllSubcomponents('vtimezone');
    expect(vtimezones).toHaveLength(1);
    for (const vtz of vtimezones) ICAL.TimezoneService.register(vtz);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(plan.slots.length);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    events.forEach((event, i) => {
      const slot = plan.slots[i]!;
      expect(event.startDate.zone?.tzid).toBe('Europe/Paris');
      const local = `${String(event.startDate.hour).padStart(2, '0')}:${String(event.startDate.minute).padStart(2, '0')}`;
      expect([event.startDate.toString().slice(0, 10), local]).toEqual([slot.date, slot.time]);
      expect(event.startDate.toJSDate().getTime()).toBe(Date.parse(slot.start));
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(30 * 60_000);
      expect(event.summary.startsWith(slot.network === 'x' ? 'X (Twitter) · ' : 'LinkedIn · ')).toBe(true);
    });
    const filled = events.find((e) => e.uid === 'linkedin-20270323T0830@atelier-test.edito');
    expect(filled?.description).toContain('We launch today, with a comma, and "quotes"; folded lines keep every byte of é, 👑 and 日本語 intact, even when a long line has to be cut many times over.');
    expect(filled?.description).toContain('Objectives: followers');
    expect(events.find((e) => e.uid === 'x-20270328T0830@atelier-test.edito')?.startDate.toJSDate().toISOString()).toBe('2027-03-28T06:30:00.000Z');
    expect(events.find((e) => e.uid === 'x-20270327T0830@atelier-test.edito')?.startDate.toJSDate().toISOString()).toBe('2027-03-27T07:30:00.000Z');
  });

  it('ics: Toronto events carry their zone too', async () => {
    const ws = workspace({ timezone: 'America/Toronto', lines: [linkedin()] });
    const toronto = run(ws, { from: '2027-03-08', to: '2027-03-21' });
    const text = await exportAs('ics', toronto);
    const calendar = new ICAL.Component(ICAL.parse(text));
    for (const vtz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
    const instants = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).startDate.toJSDate().toISOString());
    expect(instants).toEqual(['2027-03-09T13:30:00.000Z', '2027-03-11T13:30:00.000Z', '2027-03-16T12:30:00.000Z', '2027-03-18T12:30:00.000Z']);
  });

  it('csv: RFC 4180 with a BOM and CRLF, parsed back row for row; --excel uses ";"', async () => {
    for (const excel of [false, true]) {
      const text = await exportAs('csv', plan, { excel });
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(excel ? ';' : ',')}`);
      const rows = parseCsv(text, { bom: true, columns: true, delimiter: excel ? ';' : ',' }) as Record<string, string>[];
      expect(rows).toHaveLength(plan.slots.length);
      rows.forEach((row, i) => {
        const slot = plan.slots[i]!;
        expect([row.date, row.time, row.start, row.network, row.theme, row.post]).toEqual([slot.date, slot.time, slot.start, slot.network, slot.theme, slot.post ?? '']);
      });
      expect(rows.find((r) => r.network === 'x')?.theme_label).toBe('Tips, "quick" ones');
      expect(rows.find((r) => r.key_date)?.key_date).toBe('Printemps');
    }
  });

  it('json: the documented shape', async () => {
    const out = JSON.parse(await exportAs('json', plan)) as Record<string, unknown> & { slots: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['range', 'timezone', 'slots', 'unplanned', 'warnings']);
    expect(out.range).toEqual({ from: '2027-03-22', to: '2027-04-11' });
    expect(out.slots[0]).toEqual({
      network: 'x', start: '2027-03-22T08:30:00+01:00', date: '2027-03-22', time: '08:30', theme: 'tips', format: 'text',
      persona: null, objectives: [], keyDate: null, holiday: null, post: null,
    });
    expect(out.slots.find((s) => s.post)?.post).toBe('posts/2027/03/launch.md');
  });

  it('html: self-contained, one section per month, one block per slot, a legend', async () => {
    const text = await exportAs('html', plan, { locale: 'fr' });
    expect(text.match(/<section class="month"/g)).toHaveLength(2);
    expect([...text.matchAll(/<h2>([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual(['Mars 2027', 'Avril 2027']);
    expect(text.match(/<div class="slot"/g)).toHaveLength(plan.slots.length);
    expect(text.match(/<ul class="legend"><li>.*?LinkedIn.*?X \(Twitter\)/)).not.toBeNull();
    expect(text).not.toMatch(/<script|<link|\ssrc=|\shref=|url\(/);
    expect(text).toContain('@media print');
    expect(text).toContain('Lundi de Pâques');
    expect(text).toContain('data-start="2027-03-28T08:30:00+02:00"');
  });

  it('md: a table per month with the French dates', async () => {
    const text = await exportAs('md', plan, { locale: 'fr' });
    expect(text.match(/^## /gm)).toHaveLength(2);
    expect(text).toContain('## Mars 2027');
    expect(text.match(/^\| (lun|mar|mer|jeu|ven|sam|dim)\. /gm)).toHaveLength(plan.slots.length);
    expect(text).toContain('| mar. 23 mars | 08:30 | LinkedIn | Expertise |');
    expect(text).toContain('[posts/2027/03/launch.md](posts/2027/03/launch.md)');
  });

  it('table: French short dates « mar. 23 mars », one row per slot', async () => {
    const text = await exportAs('table', plan, { locale: 'fr' });
    expect(text).toContain('mar. 23 mars');
    expect(text).toContain('Réseau');
    expect(text.match(/│ (lun|mar|mer|jeu|ven|sam|dim)\. /g)).toHaveLength(plan.slots.length);
  });

  it('calendar: fits 80 columns, with and without colours', async () => {
    for (const color of [false, true]) {
      const text = await exportAs('calendar', plan, { color });
      // eslint-disable-next-line no-control-regex
      const visible = text.replace(/\u001b\[[0-9;]*m/g, '');
      expect(Math.max(...visible.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
      expect(visible.match(/x  08:30/g)).toHaveLength(21);
      expect(visible).toContain('li 08:30*');
      expect(text.includes('\u001b[')).toBe(color);
    }
  });

  it('every format is byte-identical from one run to the next', async () => {
    for (const format of PLAN_FORMATS) {
      expect(await exportAs(format, parisPlan())).toBe(await exportAs(format, parisPlan()));
    }
  });
});
