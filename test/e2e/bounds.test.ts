import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_POST_BYTES } from '../../src/core/limits.js';
import { copyOf, edit, runBin } from '../helpers.js';

const POST = 'posts/2027/01/2027-01-07-linkedin-galettes-entreprises.md';

describe('a post past the size limit, through the built CLI', () => {
  it('is one error in lint, and a post plan does not place, never parsed by either', async () => {
    const dir = await copyOf('examples/fournil-lyon');
    const file = path.join(dir, POST);
    const size = Buffer.byteLength(await readFile(file, 'utf8'));
    await appendFile(file, 'x'.repeat(MAX_POST_BYTES + 1 - size));

    const lint = await runBin(['lint', '--dir', dir, '--today', '2027-01-02', '--format', 'json', POST], { cwd: dir });
    expect(lint.code).toBe(1);
    const [report] = JSON.parse(lint.stdout) as { messages: { ruleId: string; line: number; column: number; message: string }[] }[];
    expect(report!.messages).toEqual([expect.objectContaining({
      ruleId: 'post-too-large', line: 1, column: 1,
      message: 'le post fait 1\u202f048\u202f577 octets, au-delà des 1\u202f048\u202f576 que lit edito : il n’a pas été vérifié (un post tient une publication : découpez ce fichier, ou sortez du dossier des posts ce qui n’en est pas un)',
    })]);

    const plan = await runBin(['plan', '--dir', dir, '--format', 'json'], { cwd: dir });
    expect(plan.code).toBe(0);
    const slots = (JSON.parse(plan.stdout) as { slots: { post: string | null }[] }).slots;
    expect(slots.some((slot) => slot.post === 'posts/2027/01/2027-01-08-facebook-trois-galettes.md')).toBe(true);
    expect(slots.some((slot) => slot.post === POST)).toBe(false);
  });
});

describe('a period with no end (9999-12-31), through the built CLI', () => {
  it('lint looks at ten years from the start, says so, and finishes with the findings of those years', async () => {
    const dir = await copyOf('examples/saas-consultant');
    await edit(dir, 'edito.yaml', (text) => text.replace('  end: 2027-02-28', '  end: 9999-12-31'));
    const { code, stdout, stderr } = await runBin(['lint', '--today', '2027-01-15', '--format', 'json', '--locale', 'en'], { cwd: dir, timeout: 60_000 });
    expect(code).toBe(0);
    expect(stderr).toBe('note: the calendar rules look at 2027-02-01 to 2037-01-31 (10 years), not up to 9999-12-31: pass --from/--to to look elsewhere\n');
    const messages = (JSON.parse(stdout) as { messages: { ruleId: string; message: string }[] }[]).flatMap((r) => r.messages);
    const min = messages.filter((m) => m.ruleId === 'frequency-min');
    expect(min.length).toBeGreaterThan(500);
    expect(min.some((m) => m.message.includes('2037-01-30'))).toBe(true);
    expect(min.some((m) => m.message.includes('2037-02'))).toBe(false);
    const plan = await runBin(['plan', '--today', '2027-01-15', '--format', 'json'], { cwd: dir, timeout: 60_000 });
    expect(plan.code).toBe(2);
    expect(plan.stderr).toContain('--max-years');
  });
});
