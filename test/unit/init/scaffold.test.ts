import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mergeYaml, readTemplates, renderPost, TEMPLATE_FILES, templatesRoot } from '../../../src/io/scaffold.js';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

const TEMPLATE = `# file comment

# the brand
brand: Example   # inline note
# a list of items
items:
  # what an id is
  - id: one
    # the label
    label: One
    extra: drop me
times: ["08:30"]
# kept for the end
tail: 1
`;

describe('mergeYaml', () => {
  it('writes the values and keeps the comments, the order and the flow style', () => {
    const text = mergeYaml(TEMPLATE, { brand: 'Acme', items: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }], times: ['08:30', '12:00'], tail: 2 });
    expect(text).toBe(`# file comment

# the brand
brand: Acme # inline note
# a list of items
items:
  # what an id is
  - id: a
    # the label
    label: A

  - id: b
    label: B
times: ["08:30", "12:00"]
# kept for the end
tail: 2
`);
  });

  it('removes the keys the answers lack and appends new ones', () => {
    const text = mergeYaml(TEMPLATE, { brand: 'Acme', items: [], extra: { nested: [1, 2] } });
    expect(parse(text)).toEqual({ brand: 'Acme', items: [], extra: { nested: [1, 2] } });
    expect(text).not.toContain('tail');
  });

  it('quotes times, which YAML 1.1 readers would take for numbers', () => {
    expect(mergeYaml('t: x\n', { t: '12:30' })).toBe('t: "12:30"\n');
  });

  it('keeps long text on one line', () => {
    const long = 'word '.repeat(40).trim();
    expect(mergeYaml('a: b\n', { a: long })).toBe(`a: ${long}\n`);
  });
});

describe('templates', () => {
  for (const locale of ['en', 'fr'] as const) {
    it(`has every file, each YAML one pointing at its JSON Schema relative to itself (${locale})`, async () => {
      const templates = await readTemplates(locale);
      for (const [role, file] of Object.entries(TEMPLATE_FILES)) {
        const text = templates[role as keyof typeof templates];
        expect(text.length).toBeGreaterThan(0);
        if (!file.endsWith('.yaml')) continue;
        const depth = file.split('/').length - 1;
        expect(text.split('\n')[0]).toMatch(new RegExp(`^# yaml-language-server: \\$schema=${'\\.\\./'.repeat(depth)}\\.edito/schemas/[a-z-]+\\.schema\\.json$`));
      }
    });
  }

  it('holds the same files in both languages', async () => {
    const list = async (locale: string) => (await readdir(path.join(templatesRoot(), locale), { recursive: true })).sort();
    expect(await list('fr')).toEqual(await list('en'));
  });

  it('renders a post: front matter filled, comments kept, body replaced', async () => {
    const { post } = await readTemplates('fr');
    const text = renderPost(post, { network: 'instagram', date: '2027-02-02T11:00', format: 'reel', status: 'draft' }, 'Bonjour.');
    expect(text).toBe(`---
# Le réseau de cette publication.
network: instagram
# Date et heure locale de publication (AAAA-MM-JJTHH:MM, dans le fuseau de l'espace de travail).
date: 2027-02-02T11:00
# Le format : l'un des formats de la ligne éditoriale du réseau.
format: reel
# Où en est la publication : idea (idée), draft (brouillon), ready (prête), scheduled (programmée) ou published (publiée).
status: draft
---
Bonjour.
`);
  });
});
