import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOf, edit, runCli, validateJson } from '../../helpers.js';

const FIXTURE = 'test/fixtures/valid';

interface Case {
  name: string;
  prepare: (dir: string) => Promise<void>;
  expected: { file: string; line: number; column: number; ruleId: string; keyPath?: string; message: string; hint?: string };
}

const write = (file: string, content: string | Buffer) => (dir: string) => writeFile(path.join(dir, file), content);

const cases: Case[] = [
  {
    name: 'a YAML syntax error',
    prepare: write('strategy/competitors.yaml', 'competitors:\n  - id: x\n    name: [unclosed\n'),
    expected: { file: 'strategy/competitors.yaml', line: 4, column: 1, ruleId: 'yaml-syntax', message: 'YAML syntax error', hint: 'indentation' },
  },
  {
    name: 'a wrong type',
    prepare: (dir) => edit(dir, 'strategy/objectives.yaml', (t) => t.replace('baseline: 1200', 'baseline: [1200]')),
    expected: { file: 'strategy/objectives.yaml', line: 7, column: 15, ruleId: 'schema', keyPath: 'objectives[0].baseline', message: 'must be a number, not a list' },
  },
  {
    name: 'an unknown key that is a typo of a known key',
    prepare: (dir) => edit(dir, 'strategy/objectives.yaml', (t) => t.replace('    deadline: 2027-06-30', '    deadlnie: 2027-06-30')),
    expected: { file: 'strategy/objectives.yaml', line: 9, column: 5, ruleId: 'schema-unknown-key', keyPath: 'objectives[0].deadlnie', message: 'unknown key "deadlnie"', hint: 'did you mean "deadline"?' },
  },
  {
    name: 'a duplicate key',
    prepare: (dir) => edit(dir, 'edito.yaml', (t) => t.replace('country: FR', 'country: FR\nlocale: fr')),
    expected: { file: 'edito.yaml', line: 5, column: 1, ruleId: 'yaml-duplicate-key', message: 'the key "locale" appears twice' },
  },
  {
    name: 'a duplicate id',
    prepare: (dir) => edit(dir, 'strategy/objectives.yaml', (t) => t.replace('id: site-visits', 'id: linkedin-followers')),
    expected: { file: 'strategy/objectives.yaml', line: 11, column: 9, ruleId: 'duplicate-id', keyPath: 'objectives[1].id', message: 'the id "linkedin-followers" is already used at line 2' },
  },
  {
    name: 'an alias bomb (billion laughs)',
    prepare: write('calendar/key-dates.yaml', [
      'a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]',
      ...['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((name, i, all) => {
        const previous = i === 0 ? 'a' : all[i - 1];
        return `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`;
      }),
    ].join('\n')),
    expected: { file: 'calendar/key-dates.yaml', line: 2, column: 8, ruleId: 'yaml-alias-bomb', message: 'billion laughs' },
  },
  {
    name: 'a file that is not UTF-8',
    prepare: write('strategy/personas.yaml', Buffer.concat([Buffer.from('personas:\n  - id: caf'), Buffer.from([0xe9]), Buffer.from('\n')])),
    expected: { file: 'strategy/personas.yaml', line: 2, column: 12, ruleId: 'encoding', message: 'not valid UTF-8', hint: 'UTF-8' },
  },
  {
    name: 'a missing required file',
    prepare: (dir) => rm(path.join(dir, 'strategy/personas.yaml')),
    expected: { file: 'strategy/personas.yaml', line: 1, column: 1, ruleId: 'missing-file', message: 'required file strategy/personas.yaml is missing', hint: 'edito init' },
  },
  {
    name: 'an empty file',
    prepare: write('charter/charter.yaml', '# nothing yet\n'),
    expected: { file: 'charter/charter.yaml', line: 1, column: 1, ruleId: 'empty', message: 'the file is empty' },
  },
  {
    name: 'an unknown IANA time zone',
    prepare: (dir) => edit(dir, 'edito.yaml', (t) => t.replace('Europe/Paris', 'Europe/Pariss')),
    expected: { file: 'edito.yaml', line: 3, column: 11, ruleId: 'schema', keyPath: 'timezone', message: 'not a known IANA time zone', hint: 'did you mean "Europe/Paris"?' },
  },
  {
    name: 'an unknown persona in an editorial line',
    prepare: (dir) => edit(dir, 'charter/networks/linkedin.yaml', (t) => t.replace('personas: [claire-dsi]', 'personas: [claire-dis]')),
    expected: { file: 'charter/networks/linkedin.yaml', line: 4, column: 12, ruleId: 'ref-persona', keyPath: 'personas[0]', message: 'unknown persona "claire-dis"', hint: 'did you mean "claire-dsi"?' },
  },
  {
    name: 'a missing required key',
    prepare: (dir) => edit(dir, 'edito.yaml', (t) => t.replace('brand: Atelier Test\n', '')),
    expected: { file: 'edito.yaml', line: 1, column: 1, ruleId: 'schema', keyPath: 'brand', message: 'is required' },
  },
  {
    name: 'an unknown network with a suggestion',
    prepare: (dir) => edit(dir, 'strategy/personas.yaml', (t) => t.replace('networks: [linkedin]', 'networks: [linkdin]')),
    expected: { file: 'strategy/personas.yaml', line: 10, column: 16, ruleId: 'schema', keyPath: 'personas[0].networks[0]', message: 'is not a known network', hint: 'did you mean "linkedin"?' },
  },
];

describe('workspace loader', () => {
  it('accepts the valid fixture with no finding', async () => {
    const { code, messages } = await validateJson(await copyOf(FIXTURE));
    expect(messages).toEqual([]);
    expect(code).toBe(0);
  });

  for (const { name, prepare, expected } of cases) {
    it(`reports ${name} at its file:line:col`, async () => {
      const dir = await copyOf(FIXTURE);
      await prepare(dir);
      const { code, messages } = await validateJson(dir);
      // Other files may show consequences (a reference to the renamed id): this file shows one error.
      const errors = messages.filter((m) => m.severity === 2 && m.file === expected.file);
      expect(errors).toHaveLength(1);
      const [error] = errors;
      expect({ file: error!.file, line: error!.line, column: error!.column, ruleId: error!.ruleId }).toEqual({
        file: expected.file, line: expected.line, column: expected.column, ruleId: expected.ruleId,
      });
      if (expected.keyPath) expect(error!.keyPath).toBe(expected.keyPath);
      expect(error!.message).toContain(expected.message);
      if (expected.hint) expect(error!.hint).toContain(expected.hint);
      expect(code).toBe(1);
    });
  }

  it('treats a missing optional file as information, not an error', async () => {
    const dir = await copyOf(FIXTURE);
    await rm(path.join(dir, 'strategy/competitors.yaml'));
    const { code, messages } = await validateJson(dir);
    expect(code).toBe(0);
    expect(messages.map((m) => [m.file, m.ruleId, m.severity])).toEqual([
      ['strategy/competitors.yaml', 'missing-file', 0],
      ['strategy/competitors.yaml', 'bench-few', 1],
    ]);
  });

  it('warns, without failing, about an unknown key that is no typo', async () => {
    const dir = await copyOf(FIXTURE);
    await edit(dir, 'strategy/personas.yaml', (t) => t.replace('    sector: Industry', '    sector: Industry\n    favourite_colour: blue'));
    const { code, messages } = await validateJson(dir);
    expect(code).toBe(0);
    expect(messages).toMatchObject([{ file: 'strategy/personas.yaml', line: 5, column: 5, ruleId: 'schema-unknown-key', severity: 1, message: 'unknown key "favourite_colour" is ignored' }]);
  });

  it('refuses an alias bomb quickly', async () => {
    const dir = await copyOf(FIXTURE);
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 12; i++) levels.push(`l${i}: &l${i} [${Array(10).fill(i === 1 ? '*a' : `*l${i - 1}`).join(',')}]`);
    await writeFile(path.join(dir, 'calendar/key-dates.yaml'), levels.join('\n'));
    const started = process.hrtime.bigint();
    const { messages } = await validateJson(dir);
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    expect(messages.map((m) => m.ruleId)).toContain('yaml-alias-bomb');
    // 10^12 nodes if expanded: finishing at all proves nothing was expanded.
    expect(elapsedMs).toBeLessThan(20_000);
  });

  it('reads a file with a long comment header (regression: a backtracking "empty file" test took seconds)', async () => {
    const dir = await copyOf(FIXTURE);
    await edit(dir, 'edito.yaml', (t) => `${'# a comment explaining the workspace\n'.repeat(60)}${t}`);
    const started = process.hrtime.bigint();
    const { code, messages } = await validateJson(dir);
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(20_000);
    expect(messages).toEqual([]);
    expect(code).toBe(0);
  });

  it('reads the files where `paths:` puts them', async () => {
    const dir = await copyOf(FIXTURE);
    await rename(path.join(dir, 'calendar/key-dates.yaml'), path.join(dir, 'dates.yaml'));
    await edit(dir, 'dates.yaml', (t) => t.replace('theme: expertise', 'theme: expert'));
    await edit(dir, 'edito.yaml', (t) => `${t}paths:\n  key_dates: dates.yaml\n`);
    const { messages } = await validateJson(dir);
    expect(messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}`)).toEqual(['dates.yaml:9:12 ref-theme']);
  });

  it('reports every broken file at once', async () => {
    const dir = await copyOf(FIXTURE);
    for (const { prepare } of cases.slice(0, 4)) await prepare(dir);
    const { messages } = await validateJson(dir);
    expect(new Set(messages.filter((m) => m.severity === 2).map((m) => m.ruleId))).toEqual(
      new Set(['yaml-syntax', 'schema', 'schema-unknown-key', 'yaml-duplicate-key']),
    );
  });

  it('translates messages into French with --locale fr', async () => {
    const dir = await copyOf(FIXTURE);
    await cases[2]!.prepare(dir);
    const { messages } = await validateJson(dir, ['--locale', 'fr']);
    expect(messages.find((m) => m.ruleId === 'schema-unknown-key')).toMatchObject({ message: 'clé inconnue « deadlnie »', hint: 'vouliez-vous dire « deadline » ?' });
    expect(messages.find((m) => m.ruleId === 'smart-t')?.message).toBe("l'objectif « linkedin-followers » n'est pas Temporellement défini : il n'a pas d'échéance (deadline)");
  });

  it('exits 2 with a clear message when no workspace is found', async () => {
    const dir = await copyOf('test/fixtures/valid/strategy');
    const result = await runCli(['validate'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no edito.yaml found in');
    expect(result.stderr).not.toMatch(/\bat \w+ \(/);
  });
});
