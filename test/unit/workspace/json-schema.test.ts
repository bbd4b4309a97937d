import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../../src/io/json-schemas.js';
import { REPO } from '../../helpers.js';

const SCHEMA_OF: [RegExp, string][] = [
  [/^edito\.yaml$/, 'edito.schema.json'],
  [/^strategy\/objectives\.yaml$/, 'objectives.schema.json'],
  [/^strategy\/personas\.yaml$/, 'personas.schema.json'],
  [/^strategy\/competitors\.yaml$/, 'competitors.schema.json'],
  [/^charter\/charter\.yaml$/, 'charter.schema.json'],
  [/^charter\/networks\/[^/]+\.yaml$/, 'network.schema.json'],
  [/^calendar\/key-dates\.yaml$/, 'key-dates.schema.json'],
];

async function workspaceFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true });
  return entries.map((e) => e.split(path.sep).join('/')).filter((e) => SCHEMA_OF.some(([re]) => re.test(e))).sort();
}

function frontMatter(text: string): unknown {
  return parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!);
}

const workspaces = ['test/fixtures/valid', ...(await readdir(path.join(REPO, 'examples')).catch(() => [])).map((e) => `examples/${e}`)];

describe('JSON Schemas from the zod schemas', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const generated = jsonSchemas();
  const validators = new Map([...generated].map(([name, text]) => [name, ajv.compile(JSON.parse(text))]));

  it('match the committed docs/schemas (run `edito schema --out docs/schemas --force` after changing a schema)', async () => {
    for (const [name, text] of generated) {
      expect(await readFile(path.join(REPO, 'docs/schemas', name), 'utf8'), name).toBe(text);
    }
  });

  for (const workspace of workspaces) {
    it(`validate every file of ${workspace}`, async () => {
      const root = path.join(REPO, workspace);
      const files = await workspaceFiles(root);
      expect(files.length).toBeGreaterThanOrEqual(6);
      for (const file of files) {
        const schema = SCHEMA_OF.find(([re]) => re.test(file))![1];
        const validate = validators.get(schema)!;
        const data = parse(await readFile(path.join(root, file), 'utf8'));
        expect(validate(data) ? [] : validate.errors, `${workspace}/${file}`).toEqual([]);
      }
      const posts = (await readdir(path.join(root, 'posts'), { recursive: true })).filter((p) => p.endsWith('.md'));
      for (const post of posts) {
        const validate = validators.get('post.schema.json')!;
        const data = frontMatter(await readFile(path.join(root, 'posts', post), 'utf8'));
        expect(validate(data) ? [] : validate.errors, post).toEqual([]);
      }
    });
  }

  it('reject what the zod schemas reject', () => {
    const validate = validators.get('network.schema.json')!;
    expect(validate({ network: 'linkedin', frequency: { per_week: { min: 1, max: 2 }, times: ['8h30'] } })).toBe(false);
    expect(validate({ network: 'linkedin', themez: [] })).toBe(false);
    expect(validate({ network: 'linkedin', frequency: { per_week: { min: 1, max: 2 }, times: ['08:30'] } })).toBe(true);
  });
});
