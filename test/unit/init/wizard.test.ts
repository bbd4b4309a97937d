import { describe, expect, it } from 'vitest';
import type { Ask } from '../../../src/cli/init-wizard.js';
import { runWizard } from '../../../src/cli/init-wizard.js';
import type { InitStart } from '../../../src/app/init.js';

/** null takes the question's default, as Enter does. */
type Answer = string | string[] | null;

/** Answers by question name, in order; a missing or null answer takes the question's default. Rejections are recorded. */
function scripted(script: Record<string, Answer[]>) {
  const rejected: { name: string; value: string; message: string }[] = [];
  const asked: string[] = [];
  const take = (name: string): Exclude<Answer, null> | undefined => {
    asked.push(name);
    return script[name]?.shift() ?? undefined;
  };
  const ask: Ask = {
    setLocale: () => undefined,
    note: () => undefined,
    async text(q) {
      for (;;) {
        const answer = take(q.name);
        const value = answer === undefined ? (q.default ?? '') : String(answer);
        const verdict = q.validate ? await q.validate(value) : true;
        if (verdict === true) return value;
        rejected.push({ name: q.name, value, message: verdict });
        if (answer === undefined) throw new Error(`the default of ${q.name} was rejected: ${verdict}`);
      }
    },
    async choose(q) {
      const answer = take(q.name);
      const value = answer ?? q.default ?? q.choices[0]!.value;
      const choice = q.choices.find((c) => c.value === value);
      if (!choice) throw new Error(`${String(value)} is not a choice of ${q.name}`);
      return choice.value;
    },
    async tick(q) {
      const answer = take(q.name);
      const values = (answer === undefined ? q.choices.filter((c) => c.checked).map((c) => c.value) : answer) as (typeof q.choices)[number]['value'][];
      const verdict = q.validate ? await q.validate(values) : true;
      if (verdict !== true) throw new Error(`${q.name}: ${verdict}`);
      return values;
    },
  };
  return { ask, rejected, asked };
}

const start: InitStart = {
  dir: '/tmp/x', locale: 'en', brand: undefined, timezone: 'Europe/Paris', country: 'FR', networks: undefined,
  today: () => '2027-01-08', knownCountry: async (code) => ['FR', 'BE', 'CA-QC'].includes(code),
};

describe('the init wizard', () => {
  it('walks the methodology in order and explains the SMART letter a target fails', async () => {
    const { ask, rejected, asked } = scripted({
      locale: ['en'],
      brand: ['', 'Acme'],
      timezone: ['Europe/Pariss', 'Europe/Paris'],
      country: ['ZZ', 'be'],
      networks: [['linkedin', 'instagram']],
      'objective.title': ['More followers', 'More followers again'],
      'objective.baseline': ['1 000'],
      'objective.target': ['lots', '+2000%', '900', '+30 %', '1500'],
      'objective.deadline': ['2026-12-01', '2027-06-30'],
      'objective.more': ['yes', 'no'],
      'persona.name': ['Claire, DSI'],
      'persona.age': ['old', '35-50'],
      'persona.interests': ['cloud, security'],
      'persona.networks': [['linkedin']],
      'competitor.more': ['yes', 'no'],
      'competitor.name': ['Rival'],
      'competitor.followers': ['12.5', '1200', ''],
      'competitor.posts': ['1,5', ''],
      'line.themes': ['Tips, News', null],
      'line.weight': ['50', '40', '60', '40', null, null],
      'line.weights_off': ['reask'],
      'line.hashtags_max': ['5', '6', '5'],
      'line.frequency_max': ['0', '3'],
      'line.times': ['8h30', '12:00, 08:30'],
    });
    const { locale, answers } = await runWizard(ask, start);

    expect(locale).toBe('en');
    expect(asked.slice(0, 5)).toEqual(['locale', 'brand', 'brand', 'timezone', 'timezone']);
    expect(rejected.map((r) => [r.name, r.value, r.message])).toEqual([
      ['brand', '', 'a name is needed'],
      ['timezone', 'Europe/Pariss', '"Europe/Pariss" is not a known IANA time zone (e.g. Europe/Paris, America/Toronto)'],
      ['country', 'ZZ', '"ZZ" is not a country code known for public holidays (e.g. FR, BE, CA-QC)'],
      ['objective.target', 'lots', 'write a number (1300) or a change like +30%'],
      ['objective.target', '+2000%', 'R — objective "linkedin-followers" is not Achievable: +2000% is 21× the baseline 1000 (more than 10×)'],
      ['objective.target', '900', 'A — objective "linkedin-followers" is not Ambitious: the target 900 is not above the baseline 1000'],
      ['objective.deadline', '2026-12-01', 'T — objective "linkedin-followers" is not Time-bound: the deadline 2026-12-01 is before the planning period starts (2027-01-08)'],
      ['persona.age', 'old', 'write an age range like 35-50 or 55+'],
      ['competitor.followers', '12.5', 'write a number'],
      ['line.frequency_max', '0', 'must not be below the minimum (1)'],
      ['line.times', '8h30', 'write times as HH:MM, separated by commas (e.g. 08:30, 12:00)'],
      ['line.hashtags_max', '6', 'Instagram allows at most 5'],
    ]);

    expect(answers.settings).toEqual({ brand: 'Acme', locale: 'en', timezone: 'Europe/Paris', country: 'BE', period: { start: '2027-01-08', end: '2027-04-07' } });
    expect(answers.objectives).toEqual([
      { id: 'linkedin-followers', title: 'More followers', kind: 'notoriety', kpi: 'followers', network: 'linkedin', baseline: 1000, target: '+30%', deadline: '2027-06-30' },
      { id: 'linkedin-followers-2', title: 'More followers again', kind: 'notoriety', kpi: 'followers', network: 'linkedin', target: 1500, deadline: '2027-04-07' },
    ]);
    expect(answers.personas).toEqual([{ id: 'claire-dsi', name: 'Claire, DSI', age: '35-50', interests: ['cloud', 'security'], networks: ['linkedin'] }]);
    expect(answers.competitors).toEqual([{ id: 'rival', name: 'Rival', networks: { linkedin: { followers: 1200, posts_per_week: 1.5 } } }]);

    const [linkedin, instagram] = answers.lines;
    expect(linkedin).toMatchObject({
      network: 'linkedin',
      objectives: ['linkedin-followers', 'linkedin-followers-2'],
      personas: ['claire-dsi'],
      themes: [{ id: 'tips', label: 'Tips', weight: 60 }, { id: 'news', label: 'News', weight: 40 }],
      formats: ['text', 'image', 'carousel'],
      tone: { register: 'neutral', emojis: { max: 3 }, hashtags: { min: 0, max: 5 } },
      frequency: { per_week: { min: 1, max: 3 }, days: ['tue', 'thu'], times: ['08:30', '12:00'], min_gap_hours: 24 },
    });
    // The second line starts from the first one's themes and weights.
    expect(instagram).toMatchObject({ network: 'instagram', objectives: [], personas: [], themes: linkedin!.themes, tone: { hashtags: { max: 5 } } });
    expect(answers.keyDates).toEqual({ holidays: { country: 'BE', policy: 'skip' }, events: [], blackout: [] });
  });

  it('offers to normalise weights that do not add up to 100, and writes French day names', async () => {
    const { ask } = scripted({
      locale: ['fr'],
      brand: ['Fournil'],
      networks: [['linkedin']],
      'objective.title': ['Notoriété'],
      'objective.target': ['2000'],
      'persona.name': ['Léa'],
      'competitor.more': ['no'],
      'line.themes': ['Pain, Viennoiseries, Coulisses'],
      'line.weight': ['1', '1', '1'],
      'line.weights_off': ['normalise'],
      'line.register': ['tu'],
      'line.days': [['mon', 'sat']],
    });
    const { locale, answers } = await runWizard(ask, { ...start, locale: 'fr' });
    expect(locale).toBe('fr');
    expect(answers.lines[0]).toMatchObject({
      themes: [{ id: 'pain', weight: 34 }, { id: 'viennoiseries', weight: 33 }, { id: 'coulisses', weight: 33 }],
      tone: { register: 'tu' },
      frequency: { days: ['lun', 'sam'] },
    });
    expect(answers.charter.spelling).toEqual({ enabled: true, language: 'fr', words: ['Fournil'] });
    expect(answers.competitors).toEqual([]);
    expect(answers.personas).toEqual([{ id: 'lea', name: 'Léa', networks: ['linkedin'] }]);
  });
});
