import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, copyOf, edit, REPO, runBin, runCli } from '../helpers.js';

const examples = (await readdir(path.join(REPO, 'examples')).catch(() => [] as string[])).sort();

describe('the built CLI', () => {
  it('lists exactly the commands that exist', async () => {
    const { code, stdout } = await runBin(['--help']);
    expect(code).toBe(0);
    const commands = [...stdout.split('Commands:')[1]!.matchAll(/^ {2}(\w+)/gm)].map((m) => m[1]);
    expect(commands).toContain('validate');
    expect(commands).toContain('schema');
    expect(commands.at(-1)).toBe('help');
  });

  it('answers --help, -h, no argument and --version without commander with the bytes commander writes', async () => {
    for (const argv of [['--help'], ['-h'], [], ['--version'], ['-v']]) {
      const [built, commander] = await Promise.all([runBin(argv), runCli(argv)]);
      expect(built, argv.join(' ')).toEqual(commander);
    }
  });

  it('exits 2 on an unknown flag', async () => {
    const { code, stderr } = await runBin(['validate', '--frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain("unknown option '--frobnicate'");
  });

  for (const example of examples) {
    it(`validates examples/${example} with no error`, async () => {
      const { code, stdout } = await runBin(['validate', '--dir', `examples/${example}`, '--format', 'json']);
      const errors = (JSON.parse(stdout) as { messages: { severity: number }[] }[]).flatMap((f) => f.messages).filter((m) => m.severity === 2);
      expect(errors).toEqual([]);
      expect(code).toBe(0);
    });
  }

  it('prints file:line:col, the key path and a fix hint for an injected error, and exits 1', async () => {
    const dir = await copyOf('test/fixtures/valid');
    await edit(dir, 'charter/networks/linkedin.yaml', (t) => t.replace('min_gap_hours: 24', 'min_gap_hour: 24'));
    const { code, stdout } = await runBin(['validate', '--no-color'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toContain('charter/networks/linkedin.yaml:16:3  error    frequency.min_gap_hour  unknown key "min_gap_hour"  schema-unknown-key');
    expect(stdout).toContain('→ did you mean "min_gap_hours"?');
    expect(stdout).toContain('✖ 1 error(s), 0 warning(s)');
  });

  it('writes no colour when NO_COLOR is set or stdout is not a TTY', async () => {
    const dir = await copyOf('test/fixtures/valid');
    await edit(dir, 'edito.yaml', (t) => t.replace('Europe/Paris', 'Mars/Olympus'));
    const { stdout } = await runBin(['validate'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(stdout).not.toContain('\u001b[');
    const colored = await runBin(['validate'], { cwd: dir, env: { FORCE_COLOR: '1' } });
    expect(colored.stdout).toContain('\u001b[31m');
  });

  it('speaks French from the workspace locale or LANG', async () => {
    const dir = await copyOf('test/fixtures/valid');
    await edit(dir, 'edito.yaml', (t) => t.replace('Europe/Paris', 'Europe/Pariss'));
    const { stdout } = await runBin(['validate'], { cwd: dir, env: { LANG: 'fr_FR.UTF-8' } });
    expect(stdout).toContain("n'est pas un fuseau horaire IANA connu");
    expect(stdout).toContain('vouliez-vous dire « Europe/Paris » ?');
  });

  it('stops quietly when the reader closes the pipe early (edito plan | head)', async () => {
    const { execFile } = await import('node:child_process');
    const result = await new Promise<{ code: number; stderr: string }>((resolve) => {
      execFile('bash', ['--norc', '-c', `set -o pipefail; node ${JSON.stringify(BIN)} plan --dir examples/saas-consultant --from 2027-01-01 --to 2028-12-31 --format json --quiet | head -c 10 > /dev/null`], { cwd: REPO }, (error, _stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stderr });
      });
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it("speaks the workspace's language for a flag error raised before the workspace is read", async () => {
    const dir = await copyOf('test/fixtures/valid');
    await edit(dir, 'edito.yaml', (t) => t.replace('locale: en', 'locale: fr'));
    const { code, stderr } = await runBin(['plan', '--from', '2027-13-01'], { cwd: dir });
    expect(code).toBe(2);
    expect(stderr).toBe('edito: --from 2027-13-01 n’est pas une date : écrivez AAAA-MM-JJ (par ex. 2027-01-04)\n');
  });

  it('never prints a stack trace, even for a folder that does not exist', async () => {
    const { code, stderr } = await runBin(['validate', '--dir', 'no/such/folder']);
    expect(code).toBe(2);
    expect(stderr).toBe('edito: the folder no/such/folder does not exist\n');
  });

  it('writes JSON Schemas and refuses to overwrite changed ones without --force', async () => {
    const dir = await copyOf('test/fixtures/valid');
    const first = await runBin(['schema', '--out', 'schemas'], { cwd: dir });
    expect(first).toMatchObject({ code: 0, stdout: 'wrote 8 JSON Schemas to schemas\n' });
    await edit(dir, 'schemas/post.schema.json', (t) => t.replace('"network"', '"netw"'));
    const second = await runBin(['schema', '--out', 'schemas'], { cwd: dir });
    expect(second.code).toBe(2);
    expect(second.stderr).toContain('post.schema.json already exists; use --force');
    expect((await runBin(['schema', '--out', 'schemas', '--force'], { cwd: dir })).stdout).toBe('wrote 1 JSON Schemas to schemas\n');
    expect((await runBin(['schema', '--out', 'schemas'], { cwd: dir })).stdout).toBe('the JSON Schemas in schemas are up to date\n');
  });

  it('writes the JSON Schemas where the templates point by default: .edito/schemas of the workspace', async () => {
    const dir = await copyOf('test/fixtures/valid');
    const result = await runBin(['schema'], { cwd: path.join(dir, 'strategy') });
    expect(result).toMatchObject({ code: 0, stdout: 'wrote 8 JSON Schemas to ../.edito/schemas\n' });
  });
});
