import { registerMessages } from './index.js';
import { exportEn } from './export.en.js';
import { exportFr } from './export.fr.js';

/** Loaded by `export` only: its messages join the catalogs when it runs. */
export function registerExportMessages(): void {
  registerMessages('en', exportEn);
  registerMessages('fr', exportFr);
}
