import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { observingFs, readCacheFile, sameAnswers, writeCacheFile } from '../../../src/io/cache.js';
import { planCalendar } from '../../../src/app/plan.js';
import { replayCachedPlan } from '../../../src/cli/plan-replay.js';
import { collectingIo, REPO, runCli } from '../../helpers.js';
import { MemoryFs } from '../../memory-fs.js';

const ENV = { LANG: 'en_US.UTF-8', EDITO_NOW: '2027-01-02T09:00:00Z' };

describe('the cache module on an in-memory tree', () => {
  it('notes what a run asks the disk, and sees any file, listing or folder that changed', async () => {
    const fs = new MemoryFs({ '/ws/a.yaml': 'a: 1\n', '/ws/lines/x.yaml': 'x', '/ws/lines/notes.txt': 'n' });
    const { fs: observed, observations } = observingFs(fs);
    await observed.read('/ws/a.yaml');
    observed.readSync('/ws/lines/x.yaml');
    expect(await observed.list('/ws/lines', (name) => name.endsWith('.yaml'), false)).toEqual(['x.yaml']);
    await expect(observed.read('/ws/missing.yaml')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await observed.kind('/ws/lines')).toBe('directory');
    expect(observations.map(([operation]) => operation)).toEqual(['read', 'read', 'list', 'read', 'kind']);
    expect(await sameAnswers(fs, observations)).toBe(true);
    // A file the listing kept out still counts (the listing is noted whole), but not its text, which was never asked.
    const changes: [string, (f: MemoryFs) => unknown, boolean][] = [
      ['a text never read', (f) => f.files.set('/ws/lines/notes.txt', 'm'), true],
      ['a file added to a listed folder', (f) => f.files.set('/ws/lines/y.txt', ''), false],
      ['a file read', (f) => f.files.set('/ws/a.yaml', 'a: 2\n'), false],
      ['a missing file created', (f) => f.files.set('/ws/missing.yaml', ''), false],
      ['a file that cannot be read any more', (f) => f.failOn('read', '/ws/lines/x.yaml', 'EACCES'), false],
    ];
    for (const [what, change, same] of changes) {
      const copy = new MemoryFs();
      for (const [file, text] of fs.files) copy.files.set(file, text);
      change(copy);
      expect(await sameAnswers(copy, observations), what).toBe(same);
    }
  });

  it('reads back what it wrote under the same identity only, and never a body cut or changed', async () => {
    const fs = new MemoryFs();
    const identity = { format: 'edito-test-cache', version: 1, key: 'k' };
    expect(await writeCacheFile(fs, '/ws/.edito/cache/t.json', identity, { extra: 1 }, 'été\n')).toBe(true);
    const found = await readCacheFile(fs, '/ws/.edito/cache/t.json', identity);
    expect(found?.header).toMatchObject({ ...identity, extra: 1 });
    expect(Buffer.from(found!.body).toString('utf8')).toBe('été\n');
    for (const other of [{ ...identity, key: 'j' }, { ...identity, version: 2 }, { ...identity, format: 'x' }]) expect(await readCacheFile(fs, '/ws/.edito/cache/t.json', other)).toBeUndefined();
    const text = fs.text('/ws/.edito/cache/t.json')!;
    for (const junk of [text.replace('été', 'ete'), text.slice(0, -1), `${text}x`, text.replace('\n', ''), '']) {
      fs.files.set('/ws/.edito/cache/t.json', junk);
      expect(await readCacheFile(fs, '/ws/.edito/cache/t.json', identity)).toBeUndefined();
    }
    expect(await readCacheFile(fs, '/ws/none.json', identity)).toBeUndefined();
    expect(await writeCacheFile(fs.failOn('write', '/ws/ro.json', 'EACCES'), '/ws/ro.json', identity, {}, '')).toBe(false);
  });

  it('plan --cache through main writes a record that replayCachedPlan prints back, byte for byte', async () => {
    const fs = await MemoryFs.copyOf(path.join(REPO, 'examples', 'saas-consultant'), '/ws');
    const argv = ['plan', '--format', 'md', '--cache'];
    const first = await runCli(argv, { cwd: '/ws', env: ENV, fs });
    expect(first.code).toBe(0);
    expect([...fs.files.keys()].some((file) => file.startsWith('/ws/.edito/cache/edito-plan-'))).toBe(true);
    const replay = collectingIo(argv, { cwd: '/ws', env: ENV, fs });
    expect(await replayCachedPlan(replay.io)).toBe(0);
    expect({ stdout: replay.stdout(), stderr: replay.stderr() }).toEqual({ stdout: first.stdout, stderr: first.stderr });
    // Another day, or a post edited: not replayed.
    expect(await replayCachedPlan(collectingIo(argv, { cwd: '/ws', env: { ...ENV, EDITO_NOW: '2027-01-03T09:00:00Z' }, fs }).io)).toBeUndefined();
    const post = [...fs.files.keys()].find((file) => file.startsWith('/ws/posts/'))!;
    fs.files.set(post, `${fs.text(post)}\n`);
    expect(await replayCachedPlan(collectingIo(argv, { cwd: '/ws', env: ENV, fs }).io)).toBeUndefined();
    expect(await replayCachedPlan(collectingIo(['plan', '--format', 'md'], { cwd: '/ws', env: ENV, fs }).io)).toBeUndefined();
  });

  it('the day taken as today is kept as the instants it starts and ends at, a day without a midnight too', async () => {
    const cases: [string, string, string, string][] = [
      ['Europe/Paris', '2027-01-02T09:00:00Z', '2027-01-01T23:00:00.000Z', '2027-01-02T23:00:00.000Z'],
      // São Paulo, 4 November 2018: the clocks went from 00:00 to 01:00.
      ['America/Sao_Paulo', '2018-11-04T12:00:00Z', '2018-11-04T03:00:00.000Z', '2018-11-05T02:00:00.000Z'],
    ];
    for (const [timezone, now, from, until] of cases) {
      const fs = await MemoryFs.copyOf(path.join(REPO, 'examples', 'saas-consultant'), '/ws');
      fs.files.set('/ws/edito.yaml', fs.text('/ws/edito.yaml')!.replace(/^timezone: .*$/m, `timezone: ${timezone}`));
      const planned = await planCalendar({ fs, cwd: '/ws', env: {}, now: new Date(now) }, { format: 'json', color: false, observe: true });
      expect(planned.clock, timezone).toMatchObject({ timezone, from: Date.parse(from), until: Date.parse(until) });
      expect(planned.observations.length).toBeGreaterThan(10);
      const withToday = await planCalendar({ fs, cwd: '/ws', env: {}, now: new Date(now) }, { format: 'json', color: false, today: '2027-01-01' });
      expect(withToday.clock).toBeUndefined();
    }
  });
});
