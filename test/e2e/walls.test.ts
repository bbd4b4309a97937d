import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOf, edit, runBin } from '../helpers.js';

async function withPaths(paths: string): Promise<string> {
  const dir = await copyOf('test/fixtures/valid');
  await edit(dir, 'edito.yaml', (t) => `${t.trimEnd()}\npaths:\n${paths}\n`);
  return dir;
}

describe('paths: stays inside the workspace', () => {
  it('a path that leaves with .. is a located validate error, and every other command stops with exit 2', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'edito-outside-'));
    await writeFile(path.join(outside, 'secret.yaml'), 'personas:\n  - id: secret-line-of-a-runner\n');
    const dir = await withPaths(`  personas: ${path.relative(await copyOf('test/fixtures/valid'), path.join(outside, 'secret.yaml'))}\n  posts: ../../somewhere`);
    const validate = await runBin(['validate', '--format', 'json'], { cwd: dir });
    expect(validate.code).toBe(1);
    const messages = JSON.parse(validate.stdout).flatMap((f: { filePath: string; messages: object[] }) => f.messages.map((m) => ({ file: f.filePath, ...m })));
    const refused = messages.filter((m: { ruleId: string }) => m.ruleId === 'path-outside');
    expect(refused.map((m: { file: string; keyPath: string }) => [m.file, m.keyPath])).toEqual([['edito.yaml', 'paths.personas'], ['edito.yaml', 'paths.posts']]);
    expect(validate.stdout).not.toContain('secret-line-of-a-runner');
    const plan = await runBin(['plan'], { cwd: dir });
    expect(plan.code).toBe(2);
    expect(plan.stderr).toContain('paths.posts leads outside the workspace: "../../somewhere"');
    expect(plan.stderr).not.toContain('secret-line-of-a-runner');
    const created = await runBin(['new', '--next', '--network', 'linkedin'], { cwd: dir });
    expect(created.code).toBe(2);
  });

  it('an absolute path is refused, not re-rooted', async () => {
    const dir = await withPaths('  posts: /tmp/elsewhere');
    const { code, stdout } = await runBin(['validate', '--no-color'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toMatch(/edito\.yaml:\d+:\d+ {2}error {4}paths\.posts {2}paths\.posts leads outside the workspace: "\/tmp\/elsewhere" {2}path-outside/);
  });

  it('a folder inside that links outside is refused; a plain sub-folder is fine', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'edito-outside-'));
    const dir = await withPaths('  posts: linked/posts');
    await symlink(outside, path.join(dir, 'linked'));
    const refused = await runBin(['validate'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain('path-outside');
    const fine = await withPaths('  posts: content/posts');
    await mkdir(path.join(fine, 'content', 'posts'), { recursive: true });
    const accepted = await runBin(['validate'], { cwd: fine });
    expect(accepted.stdout).not.toContain('path-outside');
  });
});
