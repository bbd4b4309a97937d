import ICAL from 'ical.js';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOf, edit, runBin } from '../helpers.js';

/** `edito plan` against hostile workspaces (issue 14, items 21–24): docs/plan.md, "Bounds". */

const FOURNIL = 'examples/fournil-lyon';

/** A small valid workspace in English with no holidays: the lines given, each `network: yaml`. */
async function workspace(lines: Record<string, string>, settings = 'timezone: Europe/Paris'): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'edito-plan-bounds-'));
  const files: Record<string, string> = {
    'edito.yaml': `brand: Bounds\nlocale: en\n${settings}\n`,
    'strategy/objectives.yaml': 'objectives:\n  - { id: reach, title: Reach more people, kind: notoriety, kpi: followers, network: all, baseline: 100, target: "+30%", deadline: 2030-12-31 }\n',
    'strategy/personas.yaml': 'personas:\n  - { id: ana, name: Ana, sector: Retail, role: Owner, age: 30-45, location: Lyon, interests: [bread], challenges: [time] }\n',
    'charter/charter.yaml': 'voice: [warm]\n',
    'calendar/key-dates.yaml': 'events: []\n',
  };
  for (const [network, frequency] of Object.entries(lines)) {
    files[`charter/networks/${network}.yaml`] = `network: ${network}\nobjectives: [reach]\npersonas: [ana]\nthemes:\n  - { id: news, weight: 100 }\nformats: [text]\nfrequency:\n${frequency}`;
  }
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

const everyTwoMinutes = (count: number) => Array.from({ length: count }, (_, i) => `"${String(Math.floor((2 * i) / 60)).padStart(2, '0')}:${String((2 * i) % 60).padStart(2, '0')}"`).join(', ');

interface JsonPlan {
  slots: { network: string; start: string; date: string; time: string }[];
  warnings: { code: string; date: string | null; message: string }[];
}

const plan = (dir: string, args: string[]) => runBin(['plan', '--dir', dir, '--today', '2027-01-01', ...args]);

describe('plan refuses a range or a plan past its limits, before placing a slot', () => {
  it('a range over 10 years is exit 2 with its day count and the flag that raises the limit', async () => {
    const refused = await plan(FOURNIL, ['--from', '2027-01-01', '--to', '2037-01-01', '--locale', 'en']);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe('edito: the range from 2027-01-01 to 2037-01-01 is 3,654 days, more than the 10 years (3,653 days) a plan covers: narrow --from/--to, or raise the limit with --max-years N\n');
    const french = await plan(FOURNIL, ['--from', '2027-01-01', '--to', '9999-12-31']);
    expect(french.code).toBe(2);
    expect(french.stderr).toContain('2\u202f912\u202f078 jours');
    expect(french.stderr).toContain('--max-years N');
    // Ten calendar years pass; --max-years raises the limit.
    expect((await plan(FOURNIL, ['--from', '2027-01-01', '--to', '2036-12-31', '--format', 'json', '--quiet'])).code).toBe(0);
    expect((await plan(FOURNIL, ['--from', '2027-01-01', '--to', '2037-01-01', '--max-years', '11', '--format', 'json', '--quiet'])).code).toBe(0);
  });

  it('480 times a day over 10 years is exit 2 with the estimated slot count and --max-slots, at once', async () => {
    const dir = await workspace({ x: `  per_day: { min: 1, max: 480 }\n  times: [${everyTwoMinutes(480)}]\n  min_gap_hours: 0\n` });
    const refused = await plan(dir, ['--from', '2027-01-01', '--to', '2036-12-31', '--format', 'json']);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
    // 480 a day × 3,653 days, estimated from the frequency: nothing was placed.
    expect(refused.stderr).toBe('edito: this plan would hold up to 1,753,440 slots, more than the 200,000 a plan may: narrow the range or --network, lower the frequencies, or raise the limit with --max-slots N\n');

    const month = ['--from', '2027-01-01', '--to', '2027-01-31', '--format', 'json', '--quiet'];
    const small = await plan(dir, [...month, '--max-slots', '10000']);
    expect(small.code).toBe(2);
    expect(small.stderr).toContain('14,880 slots, more than the 10,000');
    const raised = await plan(dir, [...month, '--max-slots', '20000']);
    expect(raised.code).toBe(0);
    expect((JSON.parse(raised.stdout) as JsonPlan).slots).toHaveLength(14_880);

    const bad = await plan(dir, [...month, '--max-slots', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('edito: --max-slots 0 is not a whole number from 1\n');
  });

  it('validate refuses a frequency the network does not take in a day, and plan does not run', async () => {
    const dir = await workspace({ linkedin: `  per_day: { min: 1, max: 480 }\n  times: [${everyTwoMinutes(480)}]\n` });
    const validate = await runBin(['validate', '--dir', dir, '--format', 'json']);
    expect(validate.code).toBe(1);
    const report = JSON.parse(validate.stdout) as { messages: { ruleId: string; severity: number; message: string; keyPath: string }[] }[];
    expect(report.flatMap((f) => f.messages).filter((m) => m.ruleId === 'line-frequency-cap')).toEqual([expect.objectContaining({
      severity: 2, keyPath: 'frequency.per_day.max',
      message: 'up to 480 posts a day on LinkedIn: it takes at most 150 a day from one account, so no such plan can be published',
    })]);
    expect((await plan(dir, ['--from', '2027-01-01', '--to', '2027-01-31'])).code).toBe(2);
  });
});

describe('years 0001 to 9999, the last day included', () => {
  it('plans January of year 0001, with Paris local mean time as a whole-minute offset', async () => {
    const result = await plan(FOURNIL, ['--from', '0001-01-01', '--to', '0001-01-31', '--format', 'json', '--quiet']);
    expect(result.code).toBe(0);
    const { slots } = JSON.parse(result.stdout) as JsonPlan;
    expect(slots.length).toBeGreaterThan(5);
    for (const slot of slots) {
      expect(slot.date.startsWith('0001-01-')).toBe(true);
      expect(slot.start).toBe(`${slot.date}T${slot.time}:00+00:09`);
    }
    // 0001-01-01 was a Monday (proleptic Gregorian): Facebook's Tuesday/Friday slots fall on the 2nd and 5th.
    expect(slots.filter((s) => s.network === 'facebook').map((s) => s.date).slice(0, 2)).toEqual(['0001-01-02', '0001-01-05']);
  });

  it('writes a pre-1911 Paris date with a whole-minute offset in json and csv, and ICS offsets as ±hhmm', async () => {
    const range = ['--from', '1900-06-01', '--to', '1900-06-30', '--quiet'];
    const json = await plan(FOURNIL, [...range, '--format', 'json']);
    expect(json.code).toBe(0);
    const { slots } = JSON.parse(json.stdout) as JsonPlan;
    expect(slots.length).toBeGreaterThan(5);
    for (const slot of slots) expect(slot.start).toBe(`${slot.date}T${slot.time}:00+00:09`);
    const csv = await plan(FOURNIL, [...range, '--format', 'csv']);
    expect(csv.stdout).toContain('1900-06-01,12:00,1900-06-01T12:00:00+00:09,facebook');
    expect(csv.stdout).not.toMatch(/\+00:9\./);
    const ics = await plan(FOURNIL, [...range, '--format', 'ics']);
    expect(ics.code).toBe(0);
    for (const line of ics.stdout.split('\r\n').filter((l) => l.startsWith('TZOFFSET'))) expect(line).toMatch(/^TZOFFSET(FROM|TO):[+-]\d{4}$/);
  });

  it('plans a range that holds 9999-12-31, and that day alone, and ends', async () => {
    const december = await plan(FOURNIL, ['--from', '9999-12-01', '--to', '9999-12-31', '--format', 'json', '--quiet']);
    expect(december.code).toBe(0);
    const dates = (JSON.parse(december.stdout) as JsonPlan).slots.map((s) => s.date);
    expect(dates.at(-1)).toBe('9999-12-31');
    expect(dates.every((d) => d >= '9999-12-01' && d <= '9999-12-31')).toBe(true);
    const last = await plan(FOURNIL, ['--from', '9999-12-31', '--to', '9999-12-31', '--format', 'ics', '--quiet']);
    expect(last.code).toBe(0);
    expect(last.stdout).toContain('DTSTART;TZID=Europe/Paris:99991231T120000');
    for (const format of ['table', 'calendar', 'md', 'csv', 'html']) {
      expect((await plan(FOURNIL, ['--from', '9999-12-27', '--to', '9999-12-31', '--format', format, '--quiet'])).code).toBe(0);
    }
  });

  it('lint and validate finish on a period ending 9999-12-31', async () => {
    const dir = await copyOf(FOURNIL);
    await edit(dir, 'edito.yaml', (text) => text.replace(/start: \S+/, 'start: 9999-01-01').replace(/end: \S+/, 'end: 9999-12-31'));
    const lint = await runBin(['lint', '--dir', dir, '--today', '9999-01-01', '--format', 'json']);
    expect([0, 1]).toContain(lint.code);
    expect(() => JSON.parse(lint.stdout) as unknown).not.toThrow();
    expect((await runBin(['validate', '--dir', dir])).code).toBe(0);
    expect((await plan(dir, ['--format', 'json', '--quiet'])).code).toBe(0);
  });

  it('refuses year 0000 and years past 9999 as dates', async () => {
    for (const value of ['0000-12-31', '10000-01-01']) {
      const result = await plan(FOURNIL, ['--from', value, '--locale', 'en']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`--from ${value} is not a date`);
    }
  });
});

describe('a day the zone skips', () => {
  it('Pacific/Apia 2011-12-30 is reported, has no slot, and no UID is doubled', async () => {
    const dir = await workspace({ x: '  per_day: { min: 1, max: 1 }\n  times: ["08:30"]\n  min_gap_hours: 20\n' }, 'timezone: Pacific/Apia');
    const range = ['--from', '2011-12-26', '--to', '2012-01-01'];
    const ics = await plan(dir, [...range, '--format', 'ics']);
    expect(ics.code).toBe(0);
    expect(ics.stderr).toContain('warning: x: 2011-12-30 does not exist in Pacific/Apia (the zone skips that day): no slot that day\n');
    const calendar = new ICAL.Component(ICAL.parse(ics.stdout));
    const uids = calendar.getAllSubcomponents('vevent').map((event) => String(event.getFirstPropertyValue('uid')));
    expect(uids).toHaveLength(6);
    expect(new Set(uids).size).toBe(6);
    expect(uids.some((uid) => uid.includes('20111230'))).toBe(false);
    expect(uids.filter((uid) => uid.includes('20111231'))).toHaveLength(1);

    const json = await plan(dir, [...range, '--format', 'json', '--quiet']);
    const { slots, warnings } = JSON.parse(json.stdout) as JsonPlan;
    expect(slots.map((s) => s.date)).toEqual(['2011-12-26', '2011-12-27', '2011-12-28', '2011-12-29', '2011-12-31', '2012-01-01']);
    expect(warnings.filter((w) => w.code === 'skipped-day').map((w) => w.date)).toEqual(['2011-12-30']);
    const french = await plan(dir, [...range, '--format', 'json', '--locale', 'fr']);
    expect(french.stderr).toContain('x : le 2011-12-30 n’existe pas dans le fuseau Pacific/Apia (il saute ce jour-là) : aucun créneau ce jour-là');
  });
});

describe('event UIDs of a long brand', () => {
  it('a 100,000-character brand gives UIDs of bounded length, distinct and the same run after run', async () => {
    const dir = await copyOf(FOURNIL);
    await edit(dir, 'edito.yaml', (text) => text.replace(/^brand: .*$/m, `brand: ${'Fournil '.repeat(12_500)}`));
    const first = await plan(dir, ['--format', 'ics', '--quiet']);
    expect(first.code).toBe(0);
    const uids = first.stdout.split('\r\n').filter((line) => line.startsWith('UID:')).map((line) => line.slice(4));
    expect(uids.length).toBeGreaterThan(10);
    expect(new Set(uids).size).toBe(uids.length);
    for (const uid of uids) {
      expect(uid.length).toBeLessThanOrEqual(80);
      // A slot (network, day, time) or a post off the plan (a hash of its path).
      expect(uid).toMatch(/^([a-z]+-\d{8}T\d{4}|post-[0-9a-f]{16})@fournil-fournil-fournil-[0-9a-f]{16}\.edito$/);
    }
    expect((await plan(dir, ['--format', 'ics', '--quiet'])).stdout).toBe(first.stdout);
  });
});
