import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers.js';

/**
 * A post written for a day with no slot of its network will still be
 * published: every calendar view shows it on its day, marked off plan, with
 * the free slot of that week it could take. The French example has three.
 */
const plan = (format: string) => runBin(['plan', '--dir', 'examples/fournil-lyon', '--today', '2027-01-02', '--format', format, '--locale', 'fr']);
const POST = 'posts/2027/01/2027-01-05-facebook-precommandes-galettes.md';

describe('posts off the plan appear on their own day in every calendar format', () => {
  it('json: each with its time, offPlan: true and the free slot of its week', async () => {
    const { code, stdout } = await plan('json');
    expect(code).toBe(0);
    const { unplanned } = JSON.parse(stdout) as { unplanned: Record<string, unknown>[] };
    expect(unplanned).toEqual([
      { post: POST, network: 'facebook', date: '2027-01-05T12:00', time: '12:00', reason: 'no-slot', offPlan: true, freeSlot: { date: '2027-01-06', time: '12:00' } },
      { post: 'posts/2027/01/2027-01-15-facebook-galette-geante.md', network: 'facebook', date: '2027-01-15T12:00', time: '12:00', reason: 'no-slot', offPlan: true, freeSlot: { date: '2027-01-12', time: '12:00' } },
      { post: 'posts/2027/01/2027-01-30-instagram-bugnes.md', network: 'instagram', date: '2027-01-30T11:00', time: '11:00', reason: 'no-slot', offPlan: true, freeSlot: { date: '2027-01-29', time: '07:30' } },
    ]);
  });

  it('ics: one event at its time in the workspace zone, category off-plan, a stable UID', async () => {
    const { stdout } = await plan('ics');
    const { default: ICAL } = await import('ical.js');
    const events = new ICAL.Component(ICAL.parse(stdout)).getAllSubcomponents('vevent');
    const off = events.filter((e) => (e.getFirstProperty('categories')?.getValues() as string[]).includes('off-plan'));
    expect(off).toHaveLength(3);
    const first = off[0]!;
    expect(first.getFirstPropertyValue('dtstart')!.toString()).toBe('2027-01-05T12:00:00');
    expect(first.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Paris');
    expect(first.getFirstProperty('categories')!.getValues()).toEqual(['facebook', 'off-plan']);
    expect(first.getFirstPropertyValue('summary')).toBe('Facebook · ◇ hors plan');
    expect(String(first.getFirstPropertyValue('description'))).toContain('créneau libre cette semaine : mer. 6 janv. 12:00');
    expect(String(first.getFirstPropertyValue('uid'))).toMatch(/^post-[0-9a-f]{16}@le-fournil-de-la-croix-rousse\.edito$/);
    const again = await plan('ics');
    expect(again.stdout).toBe(stdout);
    expect(new Set(events.map((e) => e.getFirstPropertyValue('uid'))).size).toBe(events.length);
  });

  it('table, month grid, Markdown and HTML: on its day, between the slots of that day, marked', async () => {
    const table = (await plan('table')).stdout;
    expect(table).toMatch(/│ mar\. 5 janv\.\s+│ Facebook\s+│ 12:00 │ ◇ hors plan · créneau libre cette semaine : mer\. 6 janv\. 12:00\s+│ —\s+│ —\s+│ 2027-01-05-facebook-precommandes-galettes\.md\s+│/);
    expect(table.indexOf('2027-01-05-facebook')).toBeLessThan(table.indexOf('2027-01-06-instagram'));
    const grid = (await plan('calendar')).stdout;
    expect(grid).toContain('│          │fb 12:00+ │ig 07:30* │');
    expect(grid).toContain('+ post hors plan (aucun créneau libre de son réseau ce jour-là)');
    const md = (await plan('md')).stdout;
    expect(md).toContain(`| mar. 5 janv. | 12:00 | Facebook |  |  |  | ◇ hors plan · créneau libre cette semaine : mer. 6 janv. 12:00 | [${POST}](`);
    const html = (await plan('html')).stdout;
    expect(html).toMatch(/<td data-date="2027-01-05">.*<div class="slot off-plan" data-network="facebook" data-date="2027-01-05T12:00" data-off-plan="true"/);
    expect(html).toContain('◇ post hors plan (aucun créneau libre de son réseau ce jour-là) (3)');
  });
});
