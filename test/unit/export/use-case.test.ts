import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportPosts } from '../../../src/app/export.js';
import { MemoryFs } from '../../memory-fs.js';
import { REPO } from '../../helpers.js';

const NOW = new Date('2027-01-02T09:00:00Z');

describe('the export use case on an in-memory tree', () => {
  it('lints, checks and writes a folder through the port; a full disk on one file writes none', async () => {
    const fs = await MemoryFs.copyOf(path.join(REPO, 'examples', 'fournil-lyon'), '/ws');
    const ctx = { fs, cwd: '/ws', env: {}, now: NOW };
    const done = await exportPosts(ctx, { to: 'hootsuite', out: 'out' });
    expect(done.files.map((f) => [f.file, f.rows])).toEqual([['/ws/out/facebook.csv', 5], ['/ws/out/instagram.csv', 6], ['/ws/out/linkedin.csv', 4]]);
    expect(done.skipped).toEqual({ lint: 0, checks: 0 });
    expect(fs.text('/ws/out/linkedin.csv')).toMatch(/^07\/01\/2027 08:30,/);

    fs.failOn('write', '/ws/again/instagram.csv', 'ENOSPC');
    await expect(exportPosts(ctx, { to: 'hootsuite', out: 'again' })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect([...fs.files.keys()].filter((f) => f.startsWith('/ws/again/'))).toEqual([]);
  });
});
