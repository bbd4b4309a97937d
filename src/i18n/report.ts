import { registerMessages } from './index.js';
import { reportEn } from './report.en.js';
import { reportFr } from './report.fr.js';

/** Loaded by `report` only: its messages join the catalogs when it runs. */
registerMessages('en', reportEn);
registerMessages('fr', reportFr);
