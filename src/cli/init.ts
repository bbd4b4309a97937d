import type { Command } from 'commander';
import type { Registrar } from './main.js';

export function registerInit(program: Command, { io, action }: Registrar): void {
  program
    .command('init')
    .description('create a workspace: an interactive wizard through the strategy (objectives, personas, benchmark, editorial lines), or --yes for defaults; the global --locale fr|en sets its language')
    .argument('[dir]', 'folder to create the workspace in (default: --dir, else the current folder)')
    .option('-y, --yes', 'ask nothing: write the workspace from the flags and documented defaults (docs/init.md)')
    .option('--brand <name>', 'name of the brand or client (default with --yes: the folder name)')
    .option('--timezone <zone>', 'IANA time zone of publishing times (default: the system zone)')
    .option('--country <code>', 'ISO 3166 country for public holidays, e.g. FR or CA-QC (default: from LANG)')
    .option('--networks <list>', 'networks, separated by commas, e.g. linkedin,instagram (default with --yes: linkedin)')
    .option('--force', 'overwrite files that already exist')
    .option('--today <date>', 'the date taken as today, YYYY-MM-DD: start of the planning period (default: today in the chosen time zone)')
    .action(action(async (options, globals, args) => {
      const { runInit } = await import('./init-run.js');
      return runInit(io, globals, options, args[0]);
    }));
}
