import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_POST_BYTES } from '../../src/core/limits.js';
import { copyOf, runBin } from '../helpers.js';

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
