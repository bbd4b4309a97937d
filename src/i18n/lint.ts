import { registerMessages } from './index.js';
import { lintEn } from './lint.en.js';
import { lintFr } from './lint.fr.js';

let registered = false;

/** Adds lint's messages to the catalogs (once). */
export function registerLintMessages(): void {
  if (registered) return;
  registerMessages('en', lintEn);
  registerMessages('fr', lintFr);
  registered = true;
}
