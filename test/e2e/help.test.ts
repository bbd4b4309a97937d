import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/main.js';
import { BIN, copyOf, runBin } from '../helpers.js';

/** A command line split as a shell would for these examples: words and "double-quoted strings". */
const words = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);

describe('every command’s --help ends with real examples in the user’s language', () => {
  for (const command of COMMANDS) {
    it(`${command.name}: English by default, French with LANG=fr_FR or --locale fr`, async () => {
      const examples = command.examples ?? [];
      expect(examples.length).toBeGreaterThanOrEqual(2);
      expect(examples.length).toBeLessThanOrEqual(3);
      const en = await runBin([command.name, '--help']);
      expect(en.code).toBe(0);
      expect(en.stdout).toContain('\nExamples:\n');
      const fr = await runBin([command.name, '--help'], { env: { LANG: 'fr_FR.UTF-8' } });
      const frFlag = await runBin(['--locale', 'fr', command.name, '--help']);
      for (const example of examples) {
        expect(en.stdout).toContain(`  # ${example.en}\n  $ ${example.command}\n`);
        expect(fr.stdout).toContain(`  # ${example.fr}\n  $ ${example.command}\n`);
        expect(frFlag.stdout).toContain(`  # ${example.fr}\n`);
      }
      expect(en.stdout.trimEnd().endsWith(`$ ${examples.at(-1)!.command}`)).toBe(true);
      expect(fr.stdout).toContain('\nExemples :\n');
    });
  }

  it('the examples run as they stand on the French example workspace (init in an empty folder)', async () => {
    const workspace = await copyOf('examples/fournil-lyon');
    const empty = await mkdtemp(path.join(tmpdir(), 'edito-help-'));
    const runnable = COMMANDS.flatMap((c) => (c.examples ?? []).filter((e) => e.run !== false).map((e) => ({ name: c.name, ...e })));
    expect(runnable.length).toBeGreaterThanOrEqual(10);
    for (const example of runnable) {
      const [program, ...argv] = words(example.command);
      expect(program).toBe('edito');
      const { code, stderr } = await runBin(argv, { cwd: example.name === 'init' ? empty : workspace });
      expect([0, 1], `${example.command}: ${stderr}`).toContain(code);
      expect(stderr).not.toContain('internal error');
    }
  });
});

const hasShell = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
/** The script `edito completion SHELL` prints, saved to a file for the shell to source. */
function script(shell: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'edito-completion-')), `edito.${shell}`);
  writeFileSync(file, execFileSync(process.execPath, [BIN, 'completion', shell], { encoding: 'utf8' }));
  return file;
}

describe('edito completion', () => {
  it('bash: completes commands, flags, formats, locales and network ids', () => {
    const file = script('bash');
    const complete = (...line: string[]) => execFileSync('bash', ['-c', `source '${file}'; COMP_WORDS=(${line.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${line.length - 1}; _edito; echo "\${COMPREPLY[*]}"`], { encoding: 'utf8' }).trim();
    expect(complete('edito', 'pl')).toBe('plan');
    expect(complete('edito', '--dir', 'x', 'li')).toBe('lint');
    expect(complete('edito', 'plan', '--format', '')).toBe('table calendar md csv ics json html');
    expect(complete('edito', 'lint', '-f', 's')).toBe('stylish sarif');
    expect(complete('edito', 'new', '--network', 'li')).toBe('linkedin');
    expect(complete('edito', 'validate', '--locale', '')).toBe('fr en');
    expect(complete('edito', 'plan', '--fo')).toBe('--format --force');
  });

  it.skipIf(!hasShell('fish'))('fish: complete -C gives the formats with their description', () => {
    const out = execFileSync('fish', ['-c', `function edito; end; source '${script('fish')}'; complete -C"edito plan --format "; complete -C"edito comp"`], { encoding: 'utf8' });
    expect(out.split('\n').filter(Boolean).map((l) => l.split('\t')[0])).toEqual(['calendar', 'csv', 'html', 'ics', 'json', 'md', 'table', 'completion']);
  });

  it.skipIf(!hasShell('zsh'))('zsh: the script parses and registers _edito with compinit', () => {
    const out = execFileSync('zsh', ['-f', '-c', `autoload -U compinit && compinit -u -D; source '${script('zsh')}'; print -r -- $_comps[edito]; whence -w _edito_plan`], { encoding: 'utf8' });
    expect(out.trim().split('\n')).toEqual(['_edito', '_edito_plan: function']);
  });

  it('refuses a shell it has no script for, in the user’s language, exit 2', async () => {
    const { code, stdout, stderr } = await runBin(['--locale', 'fr', 'completion', 'pwsh']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('edito: pas de complétion pour le shell « pwsh » : choisissez parmi bash, zsh, fish\n');
  });
});
