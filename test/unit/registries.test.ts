import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/main.js';
import { NETWORK_IDS } from '../../src/core/networks.js';
import { RULE_IDS, RULE_LOADERS } from '../../src/core/rules/index.js';
import { PLAN_EXPORTERS, PLAN_FORMATS } from '../../src/io/exporters/index.js';
import { REPORT_FORMATS, REPORTERS } from '../../src/io/reporters/index.js';

const doc = (file: string) => readFile(new URL(`../../${file}`, import.meta.url), 'utf8');

describe('registries: one list each, the keys are the ids, every key documented', () => {
  it('every rule loader gives the rule of its key', async () => {
    for (const id of RULE_IDS) expect((await RULE_LOADERS[id]()).id).toBe(id);
  });

  it('every exporter has its key as id, and docs/plan.md has a row for each', async () => {
    const plan = await doc('docs/plan.md');
    for (const id of PLAN_FORMATS) {
      expect((await PLAN_EXPORTERS[id]()).id).toBe(id);
      expect(plan, id).toContain(`| \`${id}\` |`);
    }
  });

  it('every reporter loads, and docs/workspace.md names each for validate', async () => {
    const workspace = await doc('docs/workspace.md');
    for (const id of REPORT_FORMATS) {
      expect(typeof (await REPORTERS[id]())).toBe('function');
      expect(workspace, id).toContain(`\`${id}\``);
    }
  });

  it('every network has a row in docs/networks.md', async () => {
    const networks = await doc('docs/networks.md');
    for (const id of NETWORK_IDS) expect(networks, id).toMatch(new RegExp(`^\\| \`${id}\``, 'm'));
  });

  it('every command is in the README command table', async () => {
    const readme = await doc('README.md');
    for (const { name } of COMMANDS) expect(readme, name).toContain(`| \`${name}\` |`);
  });
});
