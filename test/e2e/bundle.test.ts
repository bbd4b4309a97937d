import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers.js';

const DIST = path.join(REPO, 'dist');

function distFiles(): string[] {
  return readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
}

/**
 * Loading zod's classic API cost validate and plan ~85 ms of start-up (issue
 * 11): the schemas use zod/mini, imported as a namespace (`import * as z`) so
 * that esbuild keeps only the functions they call. A `{ z }` import keeps the
 * whole of zod/mini, its 40-odd locales included.
 */
describe('the bundle', () => {
  it('holds neither zod classic nor zod locales', () => {
    const files = distFiles();
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.filter((file) => {
      const text = readFileSync(path.join(DIST, file), 'utf8');
      return text.includes('"ZodString"') || text.includes('Invalid input: expected');
    });
    expect(offenders).toEqual([]);
  });
});

/** The chunks a file imports statically (`import … from "./x.js"`, `import "./x.js"`), and theirs, the file included. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const [, specifier] of text.matchAll(/^(?:import|export)\b[^'"]*?(?:from\s*)?["'](\.{1,2}\/[^"']+)["'];?$/gm)) staticGraph(path.resolve(path.dirname(file), specifier!), seen);
  return seen;
}

describe('dist/cli.js, loaded by every command before it runs', () => {
  it('loads commander and the commands’ flags: no catalog, date library, table or YAML parser', () => {
    const loaded = [...staticGraph(path.join(DIST, 'cli.js'))];
    const modules = loaded.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/^\/\/ (\S+)$/gm)].map((m) => m[1]!));
    expect(modules.some((m) => m.includes('commander/'))).toBe(true);
    expect(modules.filter((m) => /src\/i18n\/(en|fr)\.ts$|\/date-fns\/|\/cli-table3\/|\/yaml\/|\/zod\/|\/chalk\//.test(m))).toEqual([]);
  });
});
