import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers.js';

/** Every import specifier of every .ts file under src/<layer>. */
async function importsOf(layer: string): Promise<{ file: string; from: string }[]> {
  const dir = path.join(REPO, 'src', layer);
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.ts'));
  const out: { file: string; from: string }[] = [];
  for (const file of files) {
    const text = await readFile(path.join(dir, file), 'utf8');
    for (const match of text.matchAll(/(?:from|import\()\s*'([^']+)'/g)) out.push({ file: `${layer}/${file}`, from: match[1]! });
  }
  return out;
}

const layerOf = (file: string, from: string) => (from.startsWith('.') ? path.normalize(path.join(path.dirname(file), from)).split(path.sep)[0] ?? '' : from);

describe('the layers of src/README.md', () => {
  it('core imports only core and libraries: no file system, no clock module, no io, app or cli', async () => {
    const bad = (await importsOf('core')).filter(({ file, from }) => ['io', 'app', 'cli', 'i18n'].includes(layerOf(file, from)) || /^node:(fs|child_process|process)/.test(from));
    expect(bad).toEqual([]);
  });
  it('app never imports cli nor the file system (it goes through the Fs port)', async () => {
    const bad = (await importsOf('app')).filter(({ file, from }) => layerOf(file, from) === 'cli' || /^node:fs/.test(from));
    expect(bad).toEqual([]);
  });
  it('io never imports cli, and of app only the port', async () => {
    const bad = (await importsOf('io')).filter(({ file, from }) => layerOf(file, from) === 'cli' || (layerOf(file, from) === 'app' && !/app\/(fs|errors)\.js$/.test(from)));
    expect(bad).toEqual([]);
  });
});
