import path from 'node:path';
import type { CommandSpec } from './command.js';
import { EXIT } from './context.js';

export const newCommand: CommandSpec = {
  name: 'new',
  description: 'write a new post file, for a date or for the next free slot of the plan; prints its path',
  options: [
    { flags: '-n, --network <id>', description: 'the network (default: the only one, or with --next the earliest free slot of any)' },
    { flags: '--date <date>', description: 'publishing date, YYYY-MM-DD or YYYY-MM-DDTHH:MM (default time: the line\'s first time)' },
    { flags: '--next', description: 'the next free slot that "edito plan" computes from today, with its theme, format and persona (the default without --date)' },
    { flags: '-t, --title <text>', description: 'working title: also names the file' },
    { flags: '--today <date>', description: 'the date taken as today, YYYY-MM-DD (default: today in the workspace time zone)' },
  ],
  run: async ({ io, globals, options }) => {
    const [{ createPost }, { appContext }] = await Promise.all([import('../app/new.js'), import('./clock.js')]);
    const flag = (name: string) => options[name] as string | undefined;
    const created = await createPost(appContext(io), {
      dir: globals.dir, locale: globals.locale,
      network: flag('network'), date: flag('date'), next: options.next === true, title: flag('title'), today: flag('today'),
    });
    const shown = path.relative(io.cwd, created.file);
    io.stdout.write(`${shown.startsWith('..') ? created.file : shown}\n`);
    if (!globals.quiet) {
      const { t, slot } = created;
      io.stderr.write(`${t('new.created', { file: path.relative(created.root, created.file), network: created.network, date: created.date, time: created.time })}\n`);
      if (slot) io.stderr.write(`  ${t('new.slot', { theme: slot.theme ?? '—', format: slot.format ?? '—' })}\n`);
    }
    return EXIT.ok;
  },
};
