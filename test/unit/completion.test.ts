import { describe, expect, it } from 'vitest';
import { completionModel } from '../../src/cli/completion.js';
import { COMMANDS, GLOBAL_OPTIONS } from '../../src/cli/main.js';
import { NETWORK_IDS } from '../../src/core/networks.js';
import { PLAN_FORMATS } from '../../src/io/exporters/index.js';
import { REPORT_FORMATS } from '../../src/io/reporters/index.js';
import { COMPLETION_SCRIPTS } from '../../src/io/completion/index.js';

const model = completionModel(COMMANDS, GLOBAL_OPTIONS, NETWORK_IDS);
const flag = (command: string, long: string) => model.commands.find((c) => c.name === command)?.flags.find((f) => f.long === long);

describe('the completion model comes from the command specs', () => {
  it('lists every command, its formats from the registries and the network ids', () => {
    expect(model.commands.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
    expect(flag('plan', '--format')).toMatchObject({ short: '-f', takesValue: true, values: PLAN_FORMATS });
    expect(flag('lint', '--format')?.values).toEqual(REPORT_FORMATS);
    expect(flag('plan', '--network')?.values).toEqual(NETWORK_IDS);
    expect(flag('init', '--networks')?.values).toEqual(NETWORK_IDS);
    expect(flag('plan', '--out')).toMatchObject({ short: '-o', takesValue: true, path: true });
    expect(flag('plan', '--force')).toMatchObject({ takesValue: false });
    expect(model.globals.map((g) => g.long)).toEqual(['--dir', '--locale', '--no-color', '--quiet']);
    expect(model.globals.find((g) => g.long === '--locale')?.values).toEqual(['fr', 'en']);
  });

  it('every script names every command and every flag of plan', () => {
    for (const [shell, script] of Object.entries(COMPLETION_SCRIPTS)) {
      const text = script(model);
      for (const command of COMMANDS) expect(text, `${shell}: ${command.name}`).toContain(command.name);
      for (const f of model.commands.find((c) => c.name === 'plan')!.flags) expect(text, `${shell}: ${f.long}`).toContain(shell === 'fish' ? `-l ${f.long.slice(2)}` : f.long);
      expect(text, shell).toContain(PLAN_FORMATS.join(' '));
    }
  });

  it('quotes descriptions for zsh and fish, whatever they hold', () => {
    const tricky = completionModel([{ ...COMMANDS[0]!, description: "it's [a] test: yes", options: [{ flags: '--x <v>', description: "don't [break]" }] }], [], []);
    expect(COMPLETION_SCRIPTS.fish!(tricky)).toContain(`-d 'don'\\''t [break]'`);
    expect(COMPLETION_SCRIPTS.zsh!(tricky)).toContain(`--x'[don'\\''t break]:value: '`);
    expect(COMPLETION_SCRIPTS.zsh!(tricky)).toContain(`'init:it'\\''s [a] test\\: yes'`);
  });
});
