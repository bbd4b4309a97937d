import type { Command } from 'commander';
import type { Registrar } from './main.js';

export function registerNew(program: Command, { io, action }: Registrar): void {
  program
    .command('new')
    .description('write a new post file, for a date or for the next free slot of the plan; prints its path')
    .option('-n, --network <id>', 'the network (default: the only one, or with --next the earliest free slot of any)')
    .option('--date <date>', 'publishing date, YYYY-MM-DD or YYYY-MM-DDTHH:MM (default time: the line\'s first time)')
    .option('--next', 'the next free slot that "edito plan" computes from today, with its theme, format and persona (the default without --date)')
    .option('-t, --title <text>', 'working title: also names the file')
    .option('--today <date>', 'the date taken as today, YYYY-MM-DD (default: today in the workspace time zone)')
    .action(action(async (options, globals) => {
      const { runNew } = await import('./new-run.js');
      return runNew(io, globals, options);
    }));
}
