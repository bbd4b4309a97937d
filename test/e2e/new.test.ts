import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { REPO, runBin } from '../helpers.js';

/** A Friday: LinkedIn's default days are Tuesday and Thursday, so its next slot is 4 days away. */
const TODAY = '2027-01-08';
const hasLint = existsSync(path.join(REPO, 'src/cli/lint.ts'));

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'edito-new-'));
  const init = await runBin(['init', '--yes', '--brand', 'Test', '--networks', 'linkedin,instagram', '--dir', dir, '--today', TODAY]);
  expect(init.code).toBe(0);
});

const read = (file: string) => readFile(path.join(dir, file), 'utf8');

describe('edito new', () => {
  it('fills the next free slot of the plan after init --yes, prints only its path, and lint accepts the post', async () => {
    expect((await runBin(['validate'], { cwd: dir })).code).toBe(0);
    const plan = await runBin(['plan', '--format', 'json', '--today', TODAY], { cwd: dir });
    expect(plan.code).toBe(0);
    const slots = (JSON.parse(plan.stdout) as { slots: { network: string; date: string; time: string; theme: string; format: string; post: string | null }[] }).slots;
    const next = slots.find((s) => s.network === 'linkedin' && s.post === null && s.date >= TODAY)!;
    expect(next).toMatchObject({ date: '2027-01-12', time: '08:30' });

    const created = await runBin(['new', '--next', '--network', 'linkedin', '--today', TODAY], { cwd: dir });
    expect(created.code).toBe(0);
    // Only the path on stdout, so that `$EDITOR "$(edito new …)"` opens it.
    expect(created.stdout).toBe(`posts/2027/01/2027-01-12-linkedin-${next.theme}.md\n`);
    expect(created.stderr).toContain('Created posts/2027/01/2027-01-12-linkedin-');
    const post = await read(created.stdout.trim());
    expect(post).toMatch(new RegExp(`^---\\n# The network this post is for.\\nnetwork: linkedin\\n[\\s\\S]*date: 2027-01-12T08:30\\n[\\s\\S]*format: ${next.format}\\n[\\s\\S]*theme: ${next.theme}\\n`));
    expect(post).toContain('persona: claire-marketing-manager');
    expect(post).toContain('objective: linkedin-followers');
    expect(post).toContain('status: draft');
    expect(post).not.toContain('title:');
    expect(post).toMatch(/---\nWrite the text of the post here, as it will be published.\n$/);

    // The slot is now filled: the next call takes the one after it.
    const second = await runBin(['new', '--next', '--network', 'linkedin', '--today', TODAY], { cwd: dir });
    expect(second.stdout).toMatch(/^posts\/2027\/01\/2027-01-14-linkedin-[a-z-]+\.md\n$/);

    if (hasLint) {
      const lint = await runBin(['lint', created.stdout.trim(), '--format', 'json', '--today', TODAY], { cwd: dir });
      const messages = (JSON.parse(lint.stdout) as { filePath: string; messages: { severity: number; ruleId: string }[] }[])
        .filter((f) => f.filePath.endsWith('.md')).flatMap((f) => f.messages);
      expect(messages.filter((m) => m.severity === 2)).toEqual([]);
      expect(lint.code).toBe(0);
    } else {
      expect((await runBin(['validate'], { cwd: dir })).code).toBe(0);
    }
  });

  it('names the file from --title, transliterated, and never overwrites', async () => {
    const args = ['new', '--network', 'linkedin', '--date', '2027-02-02', '--title', "L'été à Noël : œuvres & CO₂ !"];
    const first = await runBin(args, { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('posts/2027/02/2027-02-02-linkedin-l-ete-a-noel-oeuvres-co2.md\n');
    const text = await read(first.stdout.trim());
    expect(text).toContain('date: 2027-02-02T08:30');
    expect(text).toContain(`title: "L'été à Noël : œuvres & CO₂ !"`);
    await writeFile(path.join(dir, first.stdout.trim()), 'mine\n');

    const second = await runBin(args, { cwd: dir });
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('posts/2027/02/2027-02-02-linkedin-l-ete-a-noel-oeuvres-co2-2.md\n');
    expect(await read(first.stdout.trim())).toBe('mine\n');
  });

  it('takes the time from --date, and the path is absolute from outside the workspace', async () => {
    const { code, stdout } = await runBin(['new', '--dir', dir, '--network', 'instagram', '--date', '2027-03-03T18:45']);
    expect(code).toBe(0);
    expect(path.isAbsolute(stdout.trim())).toBe(true);
    expect(stdout.trim()).toBe(path.join(dir, 'posts/2027/03/2027-03-03-instagram-post.md'));
    expect(await readFile(stdout.trim(), 'utf8')).toContain('date: 2027-03-03T18:45');
  });

  it('exits 2 with a message for bad flags', async () => {
    for (const [args, message] of [
      [['--date', '2027-02-02', '--next', '--network', 'linkedin'], 'give either --date or --next, not both'],
      [['--date', '2027-02-30', '--network', 'linkedin'], '"2027-02-30" is not a date'],
      [['--date', '2027-02-02'], 'this workspace has several networks: choose one with --network (instagram, linkedin)'],
      [['--next', '--network', 'tiktok'], 'no editorial line for "tiktok" in this workspace'],
    ] as const) {
      const { code, stdout, stderr } = await runBin(['new', ...args], { cwd: dir });
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(message);
    }
  });
});
