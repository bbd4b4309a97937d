import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOf, edit, validateJson } from '../../helpers.js';

const FIXTURE = 'test/fixtures/valid';

async function findings(change: (dir: string) => Promise<void>) {
  const dir = await copyOf(FIXTURE);
  await change(dir);
  const { code, messages } = await validateJson(dir);
  return { code, rows: messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`) };
}

describe('validate: cross references and strategy quality', () => {
  it('flags an objective and a theme used but not defined', async () => {
    const { code, rows } = await findings(async (dir) => {
      await edit(dir, 'charter/networks/linkedin.yaml', (t) => t.replace('[linkedin-followers, site-visits]', '[linkedin-followers, site-visit]'));
      await edit(dir, 'calendar/key-dates.yaml', (t) => t.replace('theme: expertise', 'theme: expert'));
    });
    expect(code).toBe(1);
    expect(rows).toEqual([
      'calendar/key-dates.yaml:9:12 ref-theme unknown theme "expert": no editorial line defines it',
      'charter/networks/linkedin.yaml:3:34 ref-objective unknown objective "site-visit"',
    ]);
  });

  it("flags a persona's network without an editorial line", async () => {
    const { code, rows } = await findings((dir) => edit(dir, 'strategy/personas.yaml', (t) => t.replace('networks: [linkedin]', 'networks: [linkedin, x]')));
    expect(code).toBe(1);
    expect(rows).toEqual(['strategy/personas.yaml:10:26 ref-network persona "claire-dsi" is reached on x, which has no editorial line']);
  });

  it('warns when theme weights do not add up to 100 and a criterion is missing', async () => {
    const { code, rows } = await findings((dir) => edit(dir, 'charter/networks/linkedin.yaml', (t) =>
      t.replace('weight: 40', 'weight: 30').replace(/tone:\n  register: neutral\n  hashtags: \{ min: 1, max: 3 \}\n/, '')));
    expect(code).toBe(0);
    expect(rows).toEqual([
      'charter/networks/linkedin.yaml:1:1 line-criterion the editorial line of LinkedIn has no tone',
      'charter/networks/linkedin.yaml:6:3 line-weights theme weights add up to 90, not 100',
    ]);
  });

  it('warns when a frequency is beyond the network sane bounds', async () => {
    const { rows } = await findings((dir) => edit(dir, 'charter/networks/linkedin.yaml', (t) => t.replace('per_week: { min: 1, max: 2 }', 'per_day: { min: 1, max: 3 }')));
    expect(rows).toEqual(['charter/networks/linkedin.yaml:13:27 line-frequency 21 posts a week on LinkedIn is more than the sensible 7']);
  });

  it('warns on a thin benchmark and a competitor without data on our networks', async () => {
    const { code, rows } = await findings((dir) => writeFile(path.join(dir, 'strategy/competitors.yaml'), 'competitors:\n  - id: solo\n    name: Solo\n    networks:\n      tiktok: { followers: 10 }\n'));
    expect(code).toBe(0);
    expect(rows).toEqual([
      'strategy/competitors.yaml:2:3 bench-few only 1 competitor(s) in the benchmark; at least 3 are needed, 5 recommended',
      'strategy/competitors.yaml:2:5 bench-no-data competitor "solo" has no data on any of our networks (linkedin)',
    ]);
  });

  it('gives SMART warnings located on the objective', async () => {
    const { code, rows } = await findings((dir) => edit(dir, 'strategy/objectives.yaml', (t) => t.replace('target: 600', 'target: 9000')));
    expect(code).toBe(0);
    expect(rows).toEqual(['strategy/objectives.yaml:17:13 smart-r objective "site-visits" is not Achievable: 9000 is 22.5× the baseline 400 (more than 10×)']);
  });

  it('flags an unknown rule id in the charter with did-you-mean', async () => {
    const dir = await copyOf(FIXTURE);
    await edit(dir, 'charter/charter.yaml', (t) => t.replace('all-caps: warning', 'all-cap: warning'));
    const { code, messages } = await validateJson(dir);
    expect(code).toBe(1);
    expect(messages).toMatchObject([{ file: 'charter/charter.yaml', line: 10, column: 3, ruleId: 'ref-rule', message: 'unknown rule "all-cap"', hint: 'did you mean "all-caps"?' }]);
  });

  it('warns when a line allows more hashtags than the platform cap', async () => {
    const dir = await copyOf(FIXTURE);
    await writeFile(path.join(dir, 'charter/networks/instagram.yaml'), 'network: instagram\nthemes:\n  - { id: food, weight: 100 }\nformats: [reel]\ntone:\n  hashtags: { max: 12 }\nfrequency:\n  per_week: { min: 2, max: 2 }\n');
    const { code, messages } = await validateJson(dir);
    expect(code).toBe(0);
    expect(messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.message}`)).toEqual([
      'charter/networks/instagram.yaml:6:20 hashtags.max 12 is above the Instagram cap of 5; posts are held to 5',
    ]);
  });
});
