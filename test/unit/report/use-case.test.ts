import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportUseCase } from '../../../src/app/report.js';
import { FileError } from '../../../src/app/fs.js';
import { MemoryFs } from '../../memory-fs.js';
import { REPO } from '../../helpers.js';

const NOW = new Date('2027-02-01T09:00:00Z');

async function fournil() {
  const fs = await MemoryFs.copyOf(path.join(REPO, 'examples', 'fournil-lyon'), '/ws');
  return { fs, ctx: { fs, cwd: '/ws', env: {}, now: NOW } };
}

describe('the report use case on an in-memory tree', () => {
  it('reads the exports of edito.yaml through the port and writes --out', async () => {
    const { fs, ctx } = await fournil();
    const result = await reportUseCase(ctx, { format: 'json', metrics: [], out: 'r.json', color: false, width: 80 });
    expect(result.written).toBe('/ws/r.json');
    expect(result.report.sources.map((s) => [s.file, s.layout])).toEqual([
      ['metrics/facebook-publications.csv', 'meta-facebook'], ['metrics/instagram-publications.csv', 'meta-instagram'], ['metrics/linkedin-contenu.csv', 'linkedin-posts'],
    ]);
    expect(JSON.parse(fs.text('/ws/r.json')!).kpi.networks).toHaveLength(3);
  });

  it('a metrics file it may not read is a FileError naming it; nothing is written', async () => {
    const { fs, ctx } = await fournil();
    fs.failOn('read', '/ws/metrics/linkedin-contenu.csv', 'EACCES');
    await expect(reportUseCase(ctx, { format: 'html', metrics: [], out: 'r.html', color: false, width: 80 })).rejects.toEqual(new FileError('EACCES', '/ws/metrics/linkedin-contenu.csv', 'read'));
    expect(fs.text('/ws/r.html')).toBeUndefined();
  });

  it('a bad --today is refused before anything is read', async () => {
    const { ctx } = await fournil();
    await expect(reportUseCase(ctx, { format: 'md', metrics: [], today: '2027-02-30', color: false, width: 80 })).rejects.toMatchObject({ messageId: 'report.bad_date', params: { flag: '--today' } });
  });
});
