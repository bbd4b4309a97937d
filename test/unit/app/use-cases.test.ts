import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppContext } from '../../../src/app/context.js';
import { CannotRun } from '../../../src/app/errors.js';
import { lintPosts } from '../../../src/app/lint.js';
import { createPost } from '../../../src/app/new.js';
import { planCalendar } from '../../../src/app/plan.js';
import { validate } from '../../../src/app/validate.js';
import { InvalidWorkspace } from '../../../src/app/workspace.js';
import { MemoryFs } from '../../memory-fs.js';
import { REPO } from '../../helpers.js';

const NOW = new Date('2027-01-02T09:00:00Z');

async function inMemory(example: string): Promise<{ fs: MemoryFs; ctx: AppContext }> {
  const fs = await MemoryFs.copyOf(path.join(REPO, 'examples', example), '/ws');
  return { fs, ctx: { fs, cwd: '/ws', env: {}, now: NOW } };
}

describe('use cases on an in-memory tree', () => {
  it('validates a workspace that exists only in memory', async () => {
    const { ctx } = await inMemory('saas-consultant');
    const result = await validate(ctx, {});
    expect(result.root).toBe('/ws');
    expect(result.report.errorCount).toBe(0);
    expect(result.report.files).toContain('edito.yaml');
  });

  it('reports a YAML typo at its line and column, in the one diagnostic model', async () => {
    const { fs, ctx } = await inMemory('fournil-lyon');
    fs.files.set('/ws/charter/networks/linkedin.yaml', fs.text('/ws/charter/networks/linkedin.yaml')!.replace('min_gap_hours:', 'min_gap_hour:'));
    const { report } = await validate(ctx, {});
    const typo = report.messages.find((m) => m.ruleId === 'schema-unknown-key')!;
    expect(typo).toMatchObject({ file: 'charter/networks/linkedin.yaml', severity: 'error', keyPath: ['frequency', 'min_gap_hour'] });
    expect(typo.line).toBeGreaterThan(1);
    await expect(planCalendar(ctx, { format: 'json', color: false })).rejects.toBeInstanceOf(InvalidWorkspace);
  });

  it('plans and writes --out through the port, refusing to overwrite without force', async () => {
    const { fs, ctx } = await inMemory('saas-consultant');
    const planned = await planCalendar(ctx, { format: 'json', out: 'plan.json', color: false });
    expect(JSON.parse(fs.text('/ws/plan.json')!).slots.length).toBe(planned.plan.slots.length);
    expect(planned.written).toBe('/ws/plan.json');
    await expect(planCalendar(ctx, { format: 'json', out: 'plan.json', color: false })).rejects.toMatchObject({ messageId: 'cli.out_exists' });
  });

  it('locates plan warnings in the file whose setting causes them', async () => {
    const { ctx } = await inMemory('fournil-lyon');
    const { warnings } = await planCalendar(ctx, { format: 'json', color: false });
    expect(warnings.length).toBeGreaterThan(0);
    for (const warning of warnings) {
      expect(warning.severity).toBe('warning');
      expect(warning.line).toBeGreaterThanOrEqual(1);
      expect(['edito.yaml', 'calendar/key-dates.yaml'].includes(warning.file) || warning.file.startsWith('charter/networks/')).toBe(true);
    }
  });

  it('lints, then --fix writes the fixed post through the port', async () => {
    const { fs, ctx } = await inMemory('saas-consultant');
    const file = '/ws/posts/2027/02/2027-02-02-linkedin-groundhog-churn.md';
    fs.files.set(file, `${fs.text(file)!.trimEnd()}\nWe utilize it.\n`);
    const before = await lintPosts(ctx, { paths: [], rule: [], today: '2027-01-02' });
    const substitution = before.report.messages.find((m) => m.ruleId === 'substitution' && m.file.endsWith('groundhog-churn.md'));
    if (!substitution) throw new Error('the example has no substitution for "utilize"');
    const fixed = await lintPosts(ctx, { paths: [], rule: [], today: '2027-01-02', fix: true });
    expect(fixed.fixes.written.length).toBe(1);
    expect(fs.text(file)).not.toContain('utilize');
    expect(fixed.report.messages.some((m) => m.ruleId === 'substitution' && m.file.endsWith('groundhog-churn.md'))).toBe(false);
  });

  it('reports an unreadable post (EACCES on purpose) as an error at its path, lints the others, and validate and plan say the same', async () => {
    const { fs, ctx } = await inMemory('saas-consultant');
    const file = 'posts/2027/02/2027-02-01-x-february-price-increase.md';
    fs.failOn('read', `/ws/${file}`, 'EACCES');
    const linted = await lintPosts(ctx, { paths: [], rule: [], today: '2027-01-02' });
    const unreadable = linted.report.messages.filter((m) => m.ruleId === 'unreadable');
    expect(unreadable).toEqual([expect.objectContaining({ file, line: 1, column: 1, severity: 'error', message: { id: 'load.unreadable', params: { reason: { ref: 'errno.EACCES' } } } })]);
    expect(linted.report.files.length).toBeGreaterThan(1);
    const validated = await validate(ctx, {});
    expect(validated.report.messages.filter((m) => m.ruleId === 'unreadable').map((m) => [m.file, m.severity])).toEqual([[file, 'error']]);
    const failure = await planCalendar(ctx, { format: 'json', today: '2027-01-02', color: false }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InvalidWorkspace);
    expect((failure as InvalidWorkspace).opened.report.messages.filter((m) => m.ruleId === 'unreadable').map((m) => m.file)).toEqual([file]);
  });

  it('reports an unreadable posts folder (EACCES on purpose) as an error at its path in lint, validate and plan alike, and reads the other folders', async () => {
    const { fs, ctx } = await inMemory('saas-consultant');
    fs.files.set('/ws/posts/locked/2027-02-16-linkedin-hidden.md', fs.text('/ws/posts/2027/02/2027-02-02-linkedin-groundhog-churn.md')!);
    fs.failOn('list', '/ws/posts/locked', 'EACCES');
    const expected = [{ file: 'posts/locked', severity: 'error', message: { id: 'load.folder_unreadable', params: { reason: { ref: 'errno.EACCES' } } } }];
    const pick = (messages: readonly { ruleId: string; file: string; severity: string; message: unknown }[]) =>
      messages.filter((m) => m.ruleId === 'unreadable').map(({ file, severity, message }) => ({ file, severity, message }));
    const linted = await lintPosts(ctx, { paths: [], rule: [], today: '2027-01-02' });
    expect(pick(linted.report.messages)).toEqual(expected);
    expect(linted.report.files.filter((file) => file.startsWith('posts/2027/')).length).toBeGreaterThan(1);
    expect(pick((await validate(ctx, {})).report.messages)).toEqual(expected);
    const failure = await planCalendar(ctx, { format: 'json', today: '2027-01-02', color: false }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(InvalidWorkspace);
    expect(pick((failure as InvalidWorkspace).opened.report.messages)).toEqual(expected);
  });

  it('creates a post exclusively, and a full disk (ENOSPC) leaves no file behind', async () => {
    const { fs, ctx } = await inMemory('saas-consultant');
    const first = await createPost(ctx, { network: 'linkedin', date: '2027-02-09', title: 'Same title', today: '2027-01-02' });
    const second = await createPost(ctx, { network: 'linkedin', date: '2027-02-09', title: 'Same title', today: '2027-01-02' });
    expect(second.file).toBe(first.file.replace(/\.md$/, '-2.md'));
    expect(fs.text(first.file)).toContain('network: linkedin');
    const target = first.file.replace(/\.md$/, '-3.md');
    fs.failOn('write', target, 'ENOSPC');
    await expect(createPost(ctx, { network: 'linkedin', date: '2027-02-09', title: 'Same title', today: '2027-01-02' })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(fs.files.has(target)).toBe(false);
  });
});
