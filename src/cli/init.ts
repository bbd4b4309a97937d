import type { Translate } from '../i18n/index.js';
import { defineCommand } from './command.js';
import text from './init.json' with { type: 'json' };
import { EXIT, type CliIo } from './context.js';

function reportConflicts(io: CliIo, t: Translate, files: readonly string[]): number {
  io.stderr.write(`edito: ${t('init.conflicts')}\n${files.map((file) => `  ${file}\n`).join('')}  → ${t('init.conflicts.hint')}\n`);
  return EXIT.cannotRun;
}

export const initCommand = defineCommand(text, async ({ io, globals, options, args }) => {
  const [init, { appContext }, { translator }] = await Promise.all([import('../app/init.js'), import('./clock.js'), import('../i18n/init.js')]);
  const ctx = appContext(io);
  const flag = (name: string) => options[name] as string | undefined;
  const force = options.force === true;
  const start = await init.startInit(ctx, {
    arg: args[0], dir: globals.dir, locale: globals.locale, brand: flag('brand'), timezone: flag('timezone'),
    country: flag('country'), networks: flag('networks'), force, today: flag('today'),
  });
  let t = translator(start.locale);
  if (!options.yes && io.stdin?.isTTY !== true) {
    const { CannotRun } = await import('../app/errors.js');
    throw new CannotRun('init.no_tty', {}, 'init.no_tty.hint');
  }
  if (!force) {
    const early = await init.existingFiles(ctx, start);
    if (early.length > 0) return reportConflicts(io, t, early);
  }

  let strategy;
  let locale = start.locale;
  if (options.yes) {
    strategy = init.defaultStrategy(start, t);
  } else {
    const { runWizard, inquirerAsk } = await import('./init-wizard.js');
    try {
      const result = await runWizard(inquirerAsk(io, start.locale), start);
      strategy = result.answers;
      locale = result.locale;
      t = translator(locale);
    } catch (error) {
      if (!init.isPromptExit(error)) throw error;
      io.stderr.write(`\n${t('init.cancelled')}\n`);
      return EXIT.interrupted;
    }
  }

  const written = await init.writeWorkspace(ctx, start, strategy, locale, force);
  if (!written.ok) return reportConflicts(io, t, written.conflicts);
  if (!globals.quiet) {
    io.stdout.write(`${t('init.created', { brand: written.answers.settings.brand, dir: init.shown(io.cwd, start.dir), count: written.count })}\n`);
    if (options.yes) io.stdout.write(`${t('init.examples_note')}\n`);
    io.stdout.write(`\n${init.nextSteps(io, t, start, written.answers)}`);
  }
  return EXIT.ok;
});
