import { mkdtemp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countryFromLang, defaultAnswers, defaultLine, defaultPeriod, normaliseWeights, parseTarget, postFileName, samplePostFor,
  splitList, type Locale,
} from '../../../src/core/init/answers.js';
import { addMonths } from '../../../src/core/init/dates.js';
import { NETWORK_IDS } from '../../../src/core/networks.js';
import { RULE_IDS } from '../../../src/core/rules/index.js';
import { checkWorkspace } from '../../../src/core/validate/index.js';
import { translator } from '../../../src/i18n/init.js';
import { nodeFs } from '../../../src/io/node-fs.js';
import { loadWorkspace } from '../../../src/io/workspace-loader.js';
import { readTemplates, renderWorkspace } from '../../../src/io/scaffold.js';

describe('theme weights', () => {
  it.each([
    [[60, 30], [67, 33]],
    [[1, 1, 1], [34, 33, 33]],
    [[0, 0], [50, 50]],
    [[50, 50], [50, 50]],
    [[10, 20, 30, 41], [10, 20, 30, 40]],
  ])('normalises %j to %j, which add up to 100', (weights, expected) => {
    const result = normaliseWeights(weights);
    expect(result).toEqual(expected);
    expect(result.reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe('answer parsing', () => {
  it.each([
    ['1300', 1300], ['1300,5', 1300.5], ['+30%', '+30%'], ['+30 %', '+30%'], ['-10%', '-10%'], ['+2,5%', '+2,5%'], ['30 %', undefined], ['abc', undefined],
  ])('target %s → %j', (text, target) => {
    expect(parseTarget(text)).toEqual(target);
  });

  it('splits lists on commas and semicolons', () => {
    expect(splitList(' cloud, sécurité ;; IA ,')).toEqual(['cloud', 'sécurité', 'IA']);
  });

  it('reads the country of LANG', () => {
    expect(countryFromLang('fr_FR.UTF-8')).toBe('FR');
    expect(countryFromLang('fr_CA')).toBe('CA');
    expect(countryFromLang('C.UTF-8')).toBeUndefined();
    expect(countryFromLang(undefined)).toBeUndefined();
  });
});

describe('dates', () => {
  it('plans three months by default, month ends clamped', () => {
    expect(defaultPeriod('2027-01-08')).toEqual({ start: '2027-01-08', end: '2027-04-07' });
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
  });

  it('files posts by year and month', () => {
    expect(postFileName('2027-01-12', 'linkedin', 'cloud')).toBe('2027/01/2027-01-12-linkedin-cloud.md');
  });
});

describe('default editorial lines', () => {
  const context = { locale: 'fr' as Locale, objectives: [], personas: [], themes: [{ id: 'a', label: 'A', weight: 100 }] };

  it('follow the network profile, within its hashtag cap, with French day names in French', () => {
    const threads = defaultLine('threads', context);
    expect(threads.tone?.hashtags).toEqual({ min: 0, max: 1 });
    expect(threads.frequency).toMatchObject({ per_day: { min: 1, max: 1 } });
    const linkedin = defaultLine('linkedin', context);
    expect(linkedin.frequency?.days).toEqual(['mar', 'jeu']);
    expect(linkedin.tone?.register).toBe('vous');
    expect(defaultLine('linkedin', { ...context, locale: 'en' }).frequency?.days).toEqual(['tue', 'thu']);
  });
});

async function writeWorkspace(locale: Locale, networks: readonly (typeof NETWORK_IDS)[number][], country?: string) {
  const t = translator(locale);
  const strategy = defaultAnswers({ brand: 'Brand', locale, timezone: 'Europe/Paris', country, networks, today: '2027-01-08' }, t);
  const files = renderWorkspace({ ...strategy, samplePost: samplePostFor(strategy, '2027-01-08', t) }, await readTemplates(locale));
  const dir = await mkdtemp(path.join(tmpdir(), 'edito-answers-'));
  for (const [file, text] of files) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

describe('the --yes workspace', () => {
  for (const locale of ['en', 'fr'] as const) {
    it(`validates with no finding at all, every network at once (${locale})`, async () => {
      const dir = await writeWorkspace(locale, NETWORK_IDS, 'FR');
      const loaded = await loadWorkspace(nodeFs, dir);
      expect(loaded.findings).toEqual([]);
      const findings = checkWorkspace({ workspace: loaded.workspace!, broken: loaded.broken, ruleIds: RULE_IDS });
      expect(findings).toEqual([]);
      expect(loaded.workspace!.lines.map((l) => l.network).sort()).toEqual([...NETWORK_IDS].sort());
      expect(loaded.workspace!.posts).toHaveLength(1);
      expect(loaded.workspace!.posts[0]!.meta).toMatchObject({ network: 'linkedin', date: '2027-01-26T08:30', status: 'idea' });
    });
  }

  it('passes, file by file, the JSON Schema its first line points at (what an editor checks)', async () => {
    const dir = await writeWorkspace('fr', ['linkedin', 'tiktok'], 'FR');
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.yaml'));
    expect(files).toHaveLength(8);
    for (const file of files) {
      const text = await readFile(path.join(dir, file), 'utf8');
      const pointer = /^# yaml-language-server: \$schema=(\S+)/.exec(text)![1]!;
      const schema = JSON.parse(await readFile(path.resolve(path.dirname(path.join(dir, file)), pointer), 'utf8')) as object;
      const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
      expect(validate(parse(text)) ? [] : validate.errors, file).toEqual([]);
    }
  });

  it('leaves holidays out when there is no country', async () => {
    const dir = await writeWorkspace('en', ['instagram']);
    const loaded = await loadWorkspace(nodeFs, dir);
    expect(loaded.workspace!.keyDates.holidays).toBeUndefined();
    expect(loaded.workspace!.settings.country).toBeUndefined();
  });
});
