import path from 'node:path';
import { defineCommand } from './command.js';
import text from './new.json' with { type: 'json' };
import { EXIT } from './context.js';
import { forTerminal } from '../io/sanitize.js';

export const newCommand = defineCommand(text, async ({ io, globals, options }) => {
  const [{ createPost }, { appContext }] = await Promise.all([import('../app/new.js'), import('./clock.js')]);
  const flag = (name: string) => options[name] as string | undefined;
  const created = await createPost(appContext(io), {
    dir: globals.dir, locale: globals.locale,
    network: flag('network'), date: flag('date'), next: options.next === true, title: flag('title'), today: flag('today'),
  });
  const shown = path.relative(io.cwd, created.file);
  io.stdout.write(`${forTerminal(shown.startsWith('..') ? created.file : shown)}\n`);
  if (!globals.quiet) {
    const { t, slot } = created;
    // The slot's theme and format come from the charter, the file name from the title: shown escaped, as plan shows them.
    io.stderr.write(`${forTerminal(t('new.created', { file: path.relative(created.root, created.file), network: created.network, date: created.date, time: created.time }))}\n`);
    if (slot) io.stderr.write(`  ${forTerminal(t('new.slot', { theme: slot.theme ?? '—', format: slot.format ?? '—' }))}\n`);
  }
  return EXIT.ok;
});
