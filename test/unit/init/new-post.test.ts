import { describe, expect, it } from 'vitest';
import type { EffectiveLine } from '../../../src/core/effective.js';
import { newPost, nextFreeSlot } from '../../../src/core/init/new-post.js';
import type { Plan, Slot } from '../../../src/core/planner/types.js';

const slot = (date: string, time: string, post: string | null, theme = 'tips'): Slot => ({
  network: 'linkedin', date, time, start: `${date}T${time}:00+01:00`, theme, themeLabel: theme, format: 'carousel', persona: 'claire',
  objectives: ['linkedin-followers', 'site-visits'], keyDate: null, holiday: null, post,
});
const plan = (slots: Slot[]): Plan => ({ range: { from: '2027-01-04', to: '2027-01-31' }, timezone: 'Europe/Paris', slots, unplanned: [], warnings: [] });
const line = { network: 'linkedin', account: 'brand', formats: ['text', 'carousel'] } as unknown as EffectiveLine;

describe('nextFreeSlot', () => {
  const slots = [slot('2027-01-05', '08:30', 'posts/a.md'), slot('2027-01-07', '08:30', null), slot('2027-01-12', '08:30', null)];

  it('skips filled slots', () => {
    expect(nextFreeSlot(plan(slots))?.date).toBe('2027-01-07');
  });

  it('skips slots whose time has passed', () => {
    expect(nextFreeSlot(plan(slots), new Date('2027-01-07T08:00:00Z'))?.date).toBe('2027-01-12');
    expect(nextFreeSlot(plan(slots), new Date('2027-01-07T07:00:00Z'))?.date).toBe('2027-01-07');
    expect(nextFreeSlot(plan(slots), new Date('2027-02-01T00:00:00Z'))).toBeUndefined();
  });
});

describe('newPost', () => {
  it('takes theme, format, persona and the first objective from the slot', () => {
    const post = newPost({ line, date: '2027-01-07', time: '08:30', slot: slot('2027-01-07', '08:30', null, 'behind_scenes') });
    expect(post).toEqual({
      file: '2027/01/2027-01-07-linkedin-behind-scenes.md',
      frontMatter: {
        network: 'linkedin', date: '2027-01-07T08:30', format: 'carousel', theme: 'behind_scenes', persona: 'claire',
        objective: 'linkedin-followers', account: 'brand', status: 'draft',
      },
    });
  });

  it('without a slot, takes the line\'s first format and names the file from the title', () => {
    const post = newPost({ line, date: '2027-03-03', time: '18:45', title: 'Déjà 10 ans !' });
    expect(post).toEqual({
      file: '2027/03/2027-03-03-linkedin-deja-10-ans.md',
      frontMatter: { network: 'linkedin', date: '2027-03-03T18:45', title: 'Déjà 10 ans !', format: 'text', account: 'brand', status: 'draft' },
    });
    expect(newPost({ line, date: '2027-03-03', time: '18:45' }).file).toBe('2027/03/2027-03-03-linkedin-post.md');
  });
});
