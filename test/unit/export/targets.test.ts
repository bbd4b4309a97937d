import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { EXPORT_TARGET_IDS, loadTarget } from '../../../src/io/exporters/export/index.js';

describe('export targets: one registry, the keys are the ids, each documented', () => {
  it('every target loads under its key and has its section in docs/export.md', async () => {
    const doc = await readFile(new URL('../../../docs/export.md', import.meta.url), 'utf8');
    for (const id of EXPORT_TARGET_IDS) {
      const target = await loadTarget(id);
      expect(target.id).toBe(id);
      expect(doc, id).toMatch(new RegExp(`^### \`${id}\``, 'm'));
    }
  });

  it('every check id of src/core/export is in the docs table', async () => {
    const [doc, source] = await Promise.all([
      readFile(new URL('../../../docs/export.md', import.meta.url), 'utf8'),
      readFile(new URL('../../../src/core/export/checks.ts', import.meta.url), 'utf8'),
    ]);
    const ids = new Set([...source.matchAll(/'(export-[a-z-]+)'/g)].map((m) => m[1]!));
    expect(ids.size).toBeGreaterThan(5);
    for (const id of ids) expect(doc, id).toContain(`| \`${id}\` |`);
  });
});
