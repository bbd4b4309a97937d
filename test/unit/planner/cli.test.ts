import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers.js';

const DIR = 'test/fixtures/valid';

describe('edito plan in-process (through main)', () => {
  it.each([
    [['--from', '2027-02-30'], '--from 2027-02-30 is not a date'],
    [['--to', '27-01-31'], '--to 27-01-31 is not a date'],
    [['--today', 'tomorrow'], '--today tomorrow is not a date'],
    [['--from', '2027-03-01', '--to', '2027-02-01'], '--from 2027-03-01 is after --to 2027-02-01'],
    [['--to', '2027-01-01'], '--from 2027-01-04 is after --to 2027-01-01'],
    [['--network', 'myspace'], '--network myspace is not a known network (linkedin, x, facebook'],
    [['--network', 'linkedin,instagram'], '--network instagram: this workspace has no editorial line for it (lines: linkedin)'],
    [['--excel'], '--excel only applies to --format csv'],
  ])('%j exits 2 with a clear message', async (flags, message) => {
    const { code, stdout, stderr } = await runCli(['plan', '--dir', DIR, ...flags]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain(message);
  });

  it('plans the fixture over its period by default, with twitter accepted for x', async () => {
    const { code, stdout, stderr } = await runCli(['plan', '--dir', DIR, '--format', 'json', '--network', 'linkedin']);
    expect(code).toBe(0);
    const plan = JSON.parse(stdout) as { range: unknown; slots: { date: string; keyDate: string | null; post: string | null }[] };
    expect(plan.range).toEqual({ from: '2027-01-04', to: '2027-01-31' });
    expect(plan.slots.map((s) => s.date)).toEqual(['2027-01-05', '2027-01-07', '2027-01-12', '2027-01-14', '2027-01-19', '2027-01-21', '2027-01-28']);
    expect(plan.slots[0]?.post).toBe('posts/2027-01-05-linkedin-hello.md');
    expect(plan.slots.find((s) => s.date === '2027-01-19')?.keyDate).toBe('Product launch');
    expect(stderr).toContain('7 slot(s) on 1 network(s), 1 filled by a post');
  });

  it('--from after the period alone plans four weeks from it', async () => {
    const { stdout } = await runCli(['plan', '--dir', DIR, '--format', 'json', '--from', '2027-03-01']);
    expect((JSON.parse(stdout) as { range: unknown }).range).toEqual({ from: '2027-03-01', to: '2027-03-28' });
  });

  it('--quiet prints nothing but the plan; --out writes the file and says so', async () => {
    const quiet = await runCli(['plan', '--dir', DIR, '--quiet', '--format', 'csv']);
    expect(quiet.stderr).toBe('');
    const dir = await mkdtemp(path.join(tmpdir(), 'edito-plan-cli-'));
    const file = path.join(dir, 'plan.ics');
    const written = await runCli(['plan', '--dir', DIR, '--format', 'ics', '--out', file]);
    expect(written.code).toBe(0);
    expect(written.stdout).toContain('plan.ics');
    expect((await readFile(file, 'utf8')).match(/BEGIN:VEVENT/g)).toHaveLength(7);
    await writeFile(file, 'old');
    expect((await runCli(['plan', '--dir', DIR, '--format', 'ics', '--out', file])).code).toBe(2);
    expect(await readFile(file, 'utf8')).toBe('old');
  });

  it('French messages and dates with --locale fr', async () => {
    const { code, stdout, stderr } = await runCli(['plan', '--dir', DIR, '--locale', 'fr']);
    expect(code).toBe(0);
    expect(stdout).toContain('mar. 5 janv.');
    expect(stdout).toContain('Réseau');
    expect(stderr).toContain('créneau(x)');
  });
});
