import { describe, expect, it } from 'vitest';
import type { EditorialLine } from '../../../src/core/schemas/files.js';
import { linkedin, run, workspace } from './build.js';

const x = (extra: Partial<EditorialLine> = {}): EditorialLine => ({
  network: 'x',
  formats: ['text'],
  frequency: { per_day: { min: 1, max: 1 }, days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], times: ['09:00'], min_gap_hours: 2 },
  ...extra,
});

const when = (slots: { date: string; time: string }[]) => slots.map((s) => `${s.date} ${s.time}`);

describe('plan: regular slots', () => {
  it('LinkedIn 1–2/week on Tue/Thu 08:30 over 4 weeks gives exactly the 8 expected slots', () => {
    const result = run(workspace({ lines: [linkedin()] }), { from: '2027-01-04', to: '2027-01-31' });
    expect(when(result.slots)).toEqual([
      '2027-01-05 08:30', '2027-01-07 08:30', '2027-01-12 08:30', '2027-01-14 08:30',
      '2027-01-19 08:30', '2027-01-21 08:30', '2027-01-26 08:30', '2027-01-28 08:30',
    ]);
    expect(result.slots.map((s) => s.start)).toContain('2027-01-05T08:30:00+01:00');
    expect(result.slots.every((s) => s.network === 'linkedin' && s.objectives.join() === 'followers')).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it('plans the target inside {min, max}, spread over the week rather than at its start', () => {
    const ig: EditorialLine = {
      network: 'instagram',
      frequency: { per_week: { min: 1, max: 3, target: 2 }, days: ['mon', 'wed', 'fri'], times: ['11:00'], min_gap_hours: 24 },
    };
    const result = run(workspace({ lines: [ig] }), { from: '2027-01-04', to: '2027-01-10' });
    expect(when(result.slots)).toEqual(['2027-01-04 11:00', '2027-01-08 11:00']);
  });

  it('spreads a monthly frequency over the month', () => {
    const fb: EditorialLine = {
      network: 'facebook',
      frequency: { per_month: { min: 4, max: 4 }, days: ['mon', 'tue', 'wed', 'thu', 'fri'], times: ['12:00'], min_gap_hours: 24 },
    };
    const result = run(workspace({ lines: [fb] }), { from: '2027-02-01', to: '2027-02-28' });
    expect(when(result.slots)).toEqual(['2027-02-03 12:00', '2027-02-10 12:00', '2027-02-17 12:00', '2027-02-24 12:00']);
  });

  it('pro-rates a week cut by the range and checks no minimum there', () => {
    const result = run(workspace({ lines: [linkedin({ frequency: { per_week: { min: 2, max: 2 }, days: ['tue', 'thu'], times: ['08:30'] } })] }), { from: '2027-01-07', to: '2027-01-14' });
    expect(when(result.slots)).toEqual(['2027-01-07 08:30', '2027-01-12 08:30', '2027-01-14 08:30']);
    expect(result.warnings).toEqual([]);
  });

  it('never places two slots closer than min_gap_hours, and says so when the minimum cannot be met', () => {
    const line: EditorialLine = {
      network: 'x',
      frequency: { per_day: { min: 3, max: 3 }, days: ['mon'], times: ['09:00', '10:00', '12:00', '13:00'], min_gap_hours: 2.5 },
    };
    const result = run(workspace({ lines: [line] }), { from: '2027-01-04', to: '2027-01-04' });
    expect(when(result.slots)).toEqual(['2027-01-04 09:00', '2027-01-04 12:00']);
    expect(result.warnings.map((w) => [w.code, w.message.params?.reason])).toEqual([['under-min', { ref: 'plan.reason.gap' }]]);
  });

  it('warns once when the days and times cannot hold the target', () => {
    const result = run(workspace({ lines: [linkedin({ frequency: { per_week: { min: 3, max: 3 }, days: ['tue', 'thu'], times: ['08:30'] } })] }), { from: '2027-01-04', to: '2027-01-17' });
    expect(result.slots).toHaveLength(4);
    expect(result.warnings.map((w) => w.code)).toEqual(['capacity']);
  });

  it('rotates formats and personas and carries the line objectives', () => {
    const line = linkedin({ personas: ['claire', 'marc', 'lea'], formats: ['text', 'carousel'] });
    const result = run(workspace({ lines: [line] }), { from: '2027-01-04', to: '2027-01-17' });
    expect(result.slots.map((s) => s.format)).toEqual(['text', 'carousel', 'text', 'carousel']);
    expect(result.slots.map((s) => s.persona)).toEqual(['claire', 'marc', 'lea', 'claire']);
  });
});

describe('plan: holidays and blackouts', () => {
  const holidays = [{ date: '2027-05-06', name: 'Ascension' }];
  const keyDates = (policy: 'skip' | 'mark') => ({
    holidays: { policy },
    blackout: [{ from: '2027-05-10', to: '2027-05-11', reason: 'Offsite', networks: ['x'] }],
  });

  it('X daily with policy skip: the holiday slot moves to the next day, the blackout has none', () => {
    const result = run(workspace({ lines: [x()], keyDates: keyDates('skip') }), { from: '2027-05-03', to: '2027-05-16' }, holidays);
    expect(result.slots.map((s) => s.date)).toEqual([
      '2027-05-03', '2027-05-04', '2027-05-05', '2027-05-07', '2027-05-08', '2027-05-09',
      '2027-05-12', '2027-05-13', '2027-05-14', '2027-05-15', '2027-05-16',
    ]);
    expect(result.slots.every((s) => s.time === '09:00' && s.holiday === null)).toBe(true);
    expect(result.warnings.map((w) => [w.code, w.period?.from, w.message.params?.reason])).toEqual([
      ['blackout', '2027-05-10', 'Offsite'],
      ['under-min', '2027-05-06', { ref: 'plan.reason.holiday' }],
    ]);
  });

  it('X daily with policy mark: the holiday keeps its slot, labelled', () => {
    const result = run(workspace({ lines: [x()], keyDates: keyDates('mark') }), { from: '2027-05-03', to: '2027-05-09' }, holidays);
    expect(result.slots).toHaveLength(7);
    expect(result.slots.find((s) => s.date === '2027-05-06')?.holiday).toBe('Ascension');
    expect(result.slots.filter((s) => s.holiday !== null)).toHaveLength(1);
  });

  it('skip moves a weekly slot to the next allowed day of the same week, never beyond max', () => {
    const line = linkedin({ frequency: { per_week: { min: 1, max: 2, target: 1 }, days: ['mon', 'thu'], times: ['08:30'] } });
    // The week's single slot would go to Thursday 6 May (Ascension): it moves to… no other allowed day after it.
    const result = run(workspace({ lines: [line], keyDates: { holidays: { policy: 'skip' } } }), { from: '2027-05-03', to: '2027-05-09' }, holidays);
    expect(when(result.slots)).toEqual([]);
    expect(result.warnings.map((w) => w.message.params?.reason)).toEqual([{ ref: 'plan.reason.holiday' }]);
    const tuesday = linkedin({ frequency: { per_week: { min: 1, max: 2, target: 1 }, days: ['tue', 'thu', 'fri'], times: ['08:30'] } });
    const moved = run(workspace({ lines: [tuesday], keyDates: { holidays: { policy: 'skip' } } }), { from: '2027-05-03', to: '2027-05-09' }, holidays);
    expect(when(moved.slots)).toEqual(['2027-05-07 08:30']);
  });

  it('under skip, a key date on a holiday moves to the next allowed day unless it is high priority', () => {
    const line = linkedin({ frequency: { per_week: { min: 1, max: 2 }, days: ['tue', 'fri'], times: ['08:30'] } });
    const event = (priority: 'low' | 'high') => ({ holidays: { policy: 'skip' as const }, events: [{ name: 'Ascension sale', date: '2027-05-06', networks: ['linkedin'], priority }] });
    const low = run(workspace({ lines: [line], keyDates: event('low') }), { from: '2027-05-03', to: '2027-05-09' }, holidays);
    expect(low.slots.map((s) => `${s.date} ${s.keyDate ?? '-'} ${s.holiday ?? '-'}`)).toEqual(['2027-05-04 - -', '2027-05-07 Ascension sale -']);
    const high = run(workspace({ lines: [line], keyDates: event('high') }), { from: '2027-05-03', to: '2027-05-09' }, holidays);
    expect(high.slots.map((s) => `${s.date} ${s.keyDate ?? '-'} ${s.holiday ?? '-'}`)).toContain('2027-05-06 Ascension sale Ascension');
  });

  it('a blackout week is not made up elsewhere and says why it is short', () => {
    const line = linkedin({ frequency: { per_week: { min: 2, max: 2 }, days: ['tue', 'thu'], times: ['08:30'] } });
    const result = run(workspace({ lines: [line], keyDates: { blackout: [{ from: '2027-01-12', to: '2027-01-12' }] } }), { from: '2027-01-11', to: '2027-01-24' });
    expect(when(result.slots)).toEqual(['2027-01-14 08:30', '2027-01-19 08:30', '2027-01-21 08:30']);
    expect(result.warnings.map((w) => [w.code, w.period?.from])).toEqual([['blackout', '2027-01-12'], ['under-min', '2027-01-11']]);
  });

  it('a blackout for other networks does not touch this one', () => {
    const result = run(workspace({ lines: [linkedin()], keyDates: { blackout: [{ from: '2027-01-04', to: '2027-01-31', networks: ['instagram'] }] } }), { from: '2027-01-04', to: '2027-01-10' });
    expect(result.slots).toHaveLength(2);
  });
});

describe('plan: key dates', () => {
  it('a key date produces its slot that day at the first allowed time, counted inside the week', () => {
    const events = [{ name: 'Launch', date: '2027-01-20', networks: ['linkedin'], theme: 'culture', priority: 'high' as const }];
    const line = linkedin({ frequency: { per_week: { min: 1, max: 2 }, days: ['tue', 'thu'], times: ['08:30', '17:00'], min_gap_hours: 24 } });
    const result = run(workspace({ lines: [line], keyDates: { events } }), { from: '2027-01-18', to: '2027-01-24' });
    expect(result.slots.map((s) => [s.date, s.time, s.keyDate, s.theme])).toEqual([
      ['2027-01-20', '08:30', 'Launch', 'culture'],
      ['2027-01-21', '08:30', null, 'expertise'],
    ]);
  });

  it("an event's theme applies only on lines that have that theme", () => {
    const events = [{ name: 'Sale', date: '2027-01-19', theme: 'promo', priority: 'high' as const }];
    const ig: EditorialLine = { network: 'instagram', themes: [{ id: 'promo', weight: 10 }, { id: 'daily', weight: 90 }], frequency: { per_week: { min: 1, max: 2, target: 1 }, days: ['tue'], times: ['11:00'] } };
    const result = run(workspace({ lines: [linkedin(), ig], keyDates: { events } }), { from: '2027-01-18', to: '2027-01-24' });
    expect(result.slots.filter((s) => s.keyDate).map((s) => [s.network, s.theme])).toEqual([['linkedin', 'expertise'], ['instagram', 'promo']]);
  });

  it('high priority goes above max and is flagged; normal priority is dropped when the week is full', () => {
    const events = [
      { name: 'A', date: '2027-01-18', priority: 'high' as const },
      { name: 'B', date: '2027-01-20', priority: 'high' as const },
      { name: 'C', date: '2027-01-22', priority: 'normal' as const },
    ];
    const result = run(workspace({ lines: [linkedin()], keyDates: { events } }), { from: '2027-01-18', to: '2027-01-24' });
    expect(result.slots.map((s) => s.keyDate)).toEqual(['A', 'B']);
    expect(result.warnings.map((w) => [w.code, w.date])).toEqual([['key-date-dropped', '2027-01-22']]);
    const third = run(workspace({ lines: [linkedin()], keyDates: { events: events.map((e) => ({ ...e, priority: 'high' as const })) } }), { from: '2027-01-18', to: '2027-01-24' });
    expect(third.slots).toHaveLength(3);
    expect(third.warnings.map((w) => w.code)).toEqual(['over-max']);
  });

  it('an event spanning days makes one slot on its first day; none inside a blackout', () => {
    const events = [{ name: 'Fair', from: '2027-01-13', to: '2027-01-15', networks: ['linkedin'] }, { name: 'Closed day', date: '2027-01-26' }];
    const result = run(workspace({ lines: [linkedin()], keyDates: { events, blackout: [{ from: '2027-01-26', to: '2027-01-26' }] } }), { from: '2027-01-11', to: '2027-01-31' });
    expect(result.slots.filter((s) => s.keyDate).map((s) => s.date)).toEqual(['2027-01-13']);
    expect(result.warnings.map((w) => w.message.id)).toContain('plan.warn.key_date_blackout');
  });
});

describe('plan: themes', () => {
  it('each theme share stays within ±1 slot of its weight over 12 weeks', () => {
    const themes = [{ id: 'a', weight: 50 }, { id: 'b', weight: 30 }, { id: 'c', weight: 20 }];
    const result = run(workspace({ lines: [x({ themes })] }), { from: '2027-01-04', to: '2027-03-28' });
    expect(result.slots).toHaveLength(84);
    const count = (id: string) => result.slots.filter((s) => s.theme === id).length;
    expect([count('a'), count('b'), count('c')]).toEqual([42, 25, 17]);
    const li = run(workspace({ lines: [linkedin()] }), { from: '2027-01-04', to: '2027-03-28' });
    const shares = ['expertise', 'culture'].map((id) => li.slots.filter((s) => s.theme === id).length);
    expect(shares).toEqual([14, 10]);
    expect(Math.abs(shares[0]! - 24 * 0.6)).toBeLessThanOrEqual(1);
  });

  it('keeps every prefix of the plan close to the weights, not just the total', () => {
    const result = run(workspace({ lines: [linkedin()] }), { from: '2027-01-04', to: '2027-01-31' });
    expect(result.slots.map((s) => s.theme)).toEqual(['expertise', 'culture', 'expertise', 'culture', 'expertise', 'expertise', 'culture', 'expertise']);
  });
});

describe('plan: posts', () => {
  const post = (file: string, date: string, extra = {}) => ({ file, meta: { network: 'linkedin', date, ...extra } });

  it('a post fills the slot nearest its time that day and its theme and format show', () => {
    const posts = [post('posts/a.md', '2027-01-05T09:00', { theme: 'culture', format: 'poll' })];
    const result = run(workspace({ lines: [linkedin({ frequency: { per_week: { min: 1, max: 2 }, days: ['tue', 'thu'], times: ['08:30', '17:00'] } })], posts }), { from: '2027-01-04', to: '2027-01-10' });
    const filled = result.slots.find((s) => s.post === 'posts/a.md');
    expect([filled?.date, filled?.time, filled?.theme, filled?.format]).toEqual(['2027-01-05', '08:30', 'culture', 'poll']);
  });

  it('lists posts without a slot and flags the week above max', () => {
    const posts = [
      post('posts/mon.md', '2027-01-04T08:30'),
      post('posts/tue.md', '2027-01-05T08:30'),
      post('posts/tue-2.md', '2027-01-05T10:00'),
      post('posts/thu.md', '2027-01-07'),
      { file: 'posts/ig.md', meta: { network: 'instagram', date: '2027-01-06T11:00' } },
    ];
    const result = run(workspace({ lines: [linkedin()], posts }), { from: '2027-01-04', to: '2027-01-10' });
    expect(result.slots.map((s) => s.post)).toEqual(['posts/tue.md', 'posts/thu.md']);
    expect(result.unplanned).toEqual([
      { post: 'posts/mon.md', network: 'linkedin', date: '2027-01-04T08:30', time: '08:30', reason: 'no-slot', freeSlot: null },
      { post: 'posts/tue-2.md', network: 'linkedin', date: '2027-01-05T10:00', time: '10:00', reason: 'slot-taken', freeSlot: null },
      { post: 'posts/ig.md', network: 'instagram', date: '2027-01-06T11:00', time: '11:00', reason: 'no-line', freeSlot: null },
    ]);
    expect(result.warnings.map((w) => [w.code, w.message.params?.count])).toEqual([['over-max', 4]]);
  });

  it('a post off the plan is given the first free slot of its network in its week, Monday to Sunday', () => {
    const posts = [post('posts/wed.md', '2027-01-06T09:00'), post('posts/sun.md', '2027-01-17')];
    const result = run(workspace({ lines: [linkedin()], posts }), { from: '2027-01-04', to: '2027-01-17' });
    expect(result.unplanned).toEqual([
      { post: 'posts/wed.md', network: 'linkedin', date: '2027-01-06T09:00', time: '09:00', reason: 'no-slot', freeSlot: { date: '2027-01-05', time: '08:30' } },
      { post: 'posts/sun.md', network: 'linkedin', date: '2027-01-17', time: null, reason: 'no-slot', freeSlot: { date: '2027-01-12', time: '08:30' } },
    ]);
  });

  it('posts get slots beyond the target, up to max', () => {
    const line = linkedin({ frequency: { per_week: { min: 1, max: 2, target: 1 }, days: ['tue', 'thu'], times: ['08:30'] } });
    const posts = [post('posts/tue.md', '2027-01-05T08:30'), post('posts/thu.md', '2027-01-07T08:30')];
    const result = run(workspace({ lines: [line], posts }), { from: '2027-01-04', to: '2027-01-17' });
    expect(result.slots.map((s) => [s.date, s.post])).toEqual([
      ['2027-01-05', 'posts/tue.md'], ['2027-01-07', 'posts/thu.md'], ['2027-01-14', null],
    ]);
    expect(result.unplanned).toEqual([]);
  });

  it('a post on an allowed day gets a slot there even when the spread would pick another day', () => {
    const line = linkedin({ frequency: { per_week: { min: 1, max: 2, target: 1 }, days: ['tue', 'thu'], times: ['08:30'] } });
    const without = run(workspace({ lines: [line] }), { from: '2027-01-04', to: '2027-01-10' });
    expect(when(without.slots)).toEqual(['2027-01-07 08:30']);
    const withPost = run(workspace({ lines: [line], posts: [post('posts/tue.md', '2027-01-05T08:30')] }), { from: '2027-01-04', to: '2027-01-10' });
    expect(withPost.slots.map((s) => [s.date, s.post])).toEqual([['2027-01-05', 'posts/tue.md']]);
  });
});

describe('plan: scope and determinism', () => {
  it('--network keeps only the lines asked for', () => {
    const result = run(workspace({ lines: [linkedin(), x()] }), { from: '2027-01-04', to: '2027-01-10', networks: ['x'] });
    expect(new Set(result.slots.map((s) => s.network))).toEqual(new Set(['x']));
  });

  it('the same workspace and range give the same plan', () => {
    const build = () => workspace({
      lines: [linkedin(), x({ themes: [{ id: 'a', weight: 70 }, { id: 'b', weight: 30 }] })],
      keyDates: { holidays: { policy: 'skip' }, events: [{ name: 'Launch', date: '2027-01-20', priority: 'high' }], blackout: [{ from: '2027-01-25', to: '2027-01-26' }] },
    });
    const a = JSON.stringify(run(build(), { from: '2027-01-01', to: '2027-03-31' }, [{ date: '2027-01-01', name: 'New Year' }]));
    const b = JSON.stringify(run(build(), { from: '2027-01-01', to: '2027-03-31' }, [{ date: '2027-01-01', name: 'New Year' }]));
    expect(a).toBe(b);
  });

  it('warns when the whole range is in the past', () => {
    const result = run(workspace({ lines: [linkedin()] }), { from: '2026-01-05', to: '2026-01-11', today: '2026-06-01' });
    expect(result.warnings.map((w) => w.code)).toEqual(['past-range']);
  });
});
