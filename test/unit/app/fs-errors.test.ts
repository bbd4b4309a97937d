import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ref } from '../../../src/core/diagnostics.js';
import { translator, type Locale } from '../../../src/i18n/index.js';
import '../../../src/i18n/lint.js';
import { REPO, runCli } from '../../helpers.js';
import { MemoryFs } from '../../memory-fs.js';

/** The errnos of issue 14 that a write may meet: each has a sentence and a hint of its own. */
const ERRNOS = ['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'EISDIR', 'ENOTDIR', 'ENAMETOOLONG', 'ENOENT', 'EEXIST', 'EMFILE'] as const;
const LOCALES: readonly Locale[] = ['en', 'fr'];
const TODAY = '2027-01-02';
const POSTS = '/ws/posts/2027/02';
const FIXABLE = [`${POSTS}/2027-02-02-linkedin-groundhog-churn.md`, `${POSTS}/2027-02-09-linkedin-signs-priced-too-low.md`];

async function workspace(): Promise<MemoryFs> {
  const fs = await MemoryFs.copyOf(path.join(REPO, 'examples', 'saas-consultant'), '/ws');
  // "utilize" has a substitution with a fix in the example's charter: two posts --fix will change.
  for (const file of FIXABLE) fs.files.set(file, `${fs.text(file)!.trimEnd()}\nWe utilize it.\n`);
  return fs;
}

function snapshot(fs: MemoryFs): Map<string, string> {
  return new Map([...fs.files.keys()].map((file) => [file, fs.text(file)!]));
}

/** What the user must read: the sentence naming their file, then what to do, in their language. */
function expected(locale: Locale, code: string, file: string): string {
  const t = translator(locale);
  return `edito: ${t('fs.write_failed', { file, reason: ref(`errno.${code}`) })}\n  → ${t(`errno.${code}.hint`)}\n`;
}

function expectCleanFailure(result: { code: number; stderr: string }, locale: Locale): void {
  expect(result.code).toBe(2);
  expect(result.stderr).not.toMatch(/internal error|erreur interne|\.edito-(tmp|bak)|\n\s+at /);
  // Both lines in the chosen language: the English reason never leaks into French.
  if (locale === 'fr') expect(result.stderr).not.toMatch(/cannot write|permission denied|no space left/);
}

describe.each(LOCALES)('a file-system error through the Fs port is one sentence naming your file, in %s, exit 2', (locale) => {
  it.each(ERRNOS)('plan --out meeting %s', async (code) => {
    const fs = await workspace();
    fs.failOn('write', '/ws/plan.json', code);
    const before = snapshot(fs);
    const result = await runCli(['plan', '--locale', locale, '--format', 'json', '--today', TODAY, '--out', 'plan.json'], { cwd: '/ws', fs });
    expectCleanFailure(result, locale);
    if (code === 'EEXIST') {
      // Another run created the file between the check and the exclusive write: the same refusal as for a file already there.
      expect(result.stderr).toBe(`edito: ${translator(locale)('cli.out_exists', { file: 'plan.json' })}\n`);
    } else {
      expect(result.stderr).toBe(expected(locale, code, 'plan.json'));
    }
    expect(snapshot(fs)).toEqual(before);
  });

  it.each(ERRNOS)('lint --fix meeting %s on one post: the other is fixed, both are listed', async (code) => {
    const fs = await workspace();
    const [refused, fixed] = FIXABLE as [string, string];
    fs.failOn('write', refused, code);
    const before = snapshot(fs);
    const result = await runCli(['lint', '--locale', locale, '--fix', '--today', TODAY, '--no-color'], { cwd: '/ws', fs });
    expectCleanFailure(result, locale);
    const t = translator(locale);
    const shown = path.relative('/ws', refused);
    expect(result.stderr).toContain(`${t('lint.fixed', { count: 1 })}\n  ${path.relative('/ws', fixed)}\n`);
    expect(result.stderr).toContain(`edito: ${t('lint.fix_not_written', { file: shown, reason: ref(`errno.${code}`) })}\n  → ${t(`errno.${code}.hint`)}\n`);
    expect(fs.text(refused)).toBe(before.get(refused));
    expect(fs.text(fixed)).not.toContain('utilize');
    const changed = [...fs.files.keys()].filter((file) => fs.text(file) !== before.get(file));
    expect(changed).toEqual([fixed]);
  });

  it.each(ERRNOS)('new meeting %s', async (code) => {
    const fs = await workspace();
    const target = `${POSTS}/2027-02-09-linkedin-a-title.md`;
    fs.failOn('write', target, code);
    const before = snapshot(fs);
    const result = await runCli(['new', '--locale', locale, '--network', 'linkedin', '--date', '2027-02-09', '--title', 'A title', '--today', TODAY], { cwd: '/ws', fs });
    expectCleanFailure(result, locale);
    expect(result.stderr).toBe(expected(locale, code, path.relative('/ws', target)));
    expect(snapshot(fs)).toEqual(before);
  });

  it.each(ERRNOS)('init meeting %s: nothing is written', async (code) => {
    const fs = new MemoryFs({ '/home/notes.txt': 'mine' });
    fs.failOn('write', '/home/brand/charter/charter.yaml', code);
    const result = await runCli(['init', '--locale', locale, '--yes', '--brand', 'Brand', '--networks', 'linkedin', '--today', TODAY, 'brand'], { cwd: '/home', fs });
    expectCleanFailure(result, locale);
    expect(result.stderr).toBe(expected(locale, code, path.join('brand', 'charter', 'charter.yaml')));
    expect([...fs.files.keys()]).toEqual(['/home/notes.txt']);
  });
});
