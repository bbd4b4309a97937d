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
