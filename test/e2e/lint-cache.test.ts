import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheText, copyOf, edit, readCache, runBin } from '../helpers.js';

const EXAMPLE = 'examples/fournil-lyon';
const POST = 'posts/2027/01/2027-01-30-instagram-bugnes.md';
const TODAY = ['--today', '2027-01-02'];
const dirs: string[] = [];

afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function workspace(): Promise<string> {
  const dir = await copyOf(EXAMPLE);
  dirs.push(dir);
  return dir;
}

const LINT_CACHE = ['.edito', 'cache', 'edito-lint-cache.json'];

/** The same run with and without --cache: exit code, stdout and stderr must be the same bytes. */
async function sameWithCache(dir: string, extra: string[] = []): Promise<string> {
  const plain = await runBin(['lint', '--dir', dir, ...TODAY, ...extra]);
  const cached = await runBin(['lint', '--dir', dir, ...TODAY, '--cache', ...extra]);
  expect(cached).toEqual(plain);
  return plain.stdout;
}

describe('edito lint --cache', () => {
  it('gives the bytes of a run without cache, cold and warm, in every format, and keeps its file in .edito/cache/', async () => {
    const dir = await workspace();
    for (const format of ['stylish', 'json', 'sarif']) {
      await sameWithCache(dir, ['--format', format]);
      await sameWithCache(dir, ['--format', format]);
    }
    const { header, body } = await readCache(path.join(dir, ...LINT_CACHE));
    expect(header.format).toBe('edito-lint-cache');
    expect(Object.keys(JSON.parse(body) as Record<string, unknown>)).toContain(POST);
  });

  it('re-lints a changed post, and follows a changed line file and a changed dictionary', async () => {
    const dir = await workspace();
    const before = await sameWithCache(dir, ['--format', 'json']);
    // A post: a misspelled word and a banned term.
    await edit(dir, POST, (text) => text.replace('Les bugnes, c\'est maintenant.', 'Les bugnes, c\'est maintenant, en boulangeri industriel.'));
    const changed = await sameWithCache(dir, ['--format', 'json']);
    expect(changed).not.toBe(before);
    expect(changed).toContain('boulangeri');
    // The dictionary: the word added to the charter's words.
    await edit(dir, 'charter/charter.yaml', (text) => text.replace('    - Perrin\n', '    - Perrin\n    - boulangeri\n'));
    const known = await sameWithCache(dir, ['--format', 'json']);
    expect(known).not.toContain('"boulangeri');
    // A line file: fewer hashtags allowed on Instagram.
    await edit(dir, 'charter/networks/instagram.yaml', (text) => text.replace('hashtags: { min: 2, max: 5 }', 'hashtags: { min: 0, max: 1 }'));
    const line = await sameWithCache(dir, ['--format', 'json']);
    expect(line).toContain('hashtags-count');
    // Another day taken as today.
    await sameWithCache(dir, ['--format', 'json', '--today', '2027-02-15']);
  });

  it('--fix with --cache writes and reports what --fix alone does, the fixed posts linted again', async () => {
    const plain = await workspace();
    const cached = await workspace();
    for (const dir of [plain, cached]) await edit(dir, POST, (text) => text.replace('Les bugnes,', 'Les bugnes en promo, boulangeri,'));
    // Every post in the cache: the run starts without the dictionary, and needs it once --fix has changed a post.
    await runBin(['lint', '--dir', cached, ...TODAY, '--cache']);
    const fixed = await runBin(['lint', '--dir', plain, ...TODAY, '--fix', '--format', 'json']);
    const fixedCached = await runBin(['lint', '--dir', cached, ...TODAY, '--fix', '--cache', '--format', 'json']);
    expect(fixedCached.code).toBe(fixed.code);
    expect(fixedCached.stdout.replaceAll(cached, plain)).toBe(fixed.stdout);
    expect(await readFile(path.join(cached, POST), 'utf8')).toBe(await readFile(path.join(plain, POST), 'utf8'));
    expect(fixed.stdout).toContain('boulangeri');
    expect(await readFile(path.join(plain, POST), 'utf8')).toContain('offre du moment');
  });

  it('ignores and rewrites a corrupt or foreign cache file, never trusting it', async () => {
    const dir = await workspace();
    await sameWithCache(dir);
    const file = path.join(dir, ...LINT_CACHE);
    const { header, body } = await readCache(file);
    const posts = JSON.parse(body) as Record<string, { hash: string; reports: unknown[] }>;
    const good = cacheText(header, body);
    // A cache that says the post has no finding, under a wrong hash or with junk reports; a body cut or changed under its header.
    for (const junk of ['', '{', 'null', '[]', '{"format":"other"}\n{}', cacheText({ ...header, key: 'other' }, body), cacheText({ ...header, version: 1 }, body),
      cacheText(header, JSON.stringify({ ...posts, [POST]: { hash: 'x', reports: [] } })),
      cacheText(header, JSON.stringify({ ...posts, [POST]: { hash: posts[POST]!.hash, reports: [{ ruleId: 'no-such-rule' }] } })),
      good.slice(0, -10), good.replace(POST, POST.replace('bugnes', 'bugnez')), '\u0000\u00ff']) {
      await writeFile(file, junk);
      await sameWithCache(dir);
      expect((await readCache(file)).header).toMatchObject({ format: 'edito-lint-cache', version: 2 });
    }
  });

  it('--cache-location takes a file or a folder; an unwritable location only costs the cache', async () => {
    const dir = await workspace();
    await sameWithCache(dir, ['--cache-location', path.join(dir, 'my-cache.json')]);
    expect((await readCache(path.join(dir, 'my-cache.json'))).header).toMatchObject({ format: 'edito-lint-cache' });
    await sameWithCache(dir, ['--cache-location', path.join(dir, 'posts')]);
    expect((await readCache(path.join(dir, 'posts', 'edito-lint-cache.json'))).header).toMatchObject({ format: 'edito-lint-cache' });
    await writeFile(path.join(dir, 'blocker'), 'a file');
    await sameWithCache(dir, ['--cache-location', path.join(dir, 'blocker', 'cache')]);
  });
});
