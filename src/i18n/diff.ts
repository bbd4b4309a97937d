import { registerMessages } from './index.js';
import { diffEn } from './diff.en.js';
import { diffFr } from './diff.fr.js';

/** Loaded by `diff` only: its messages join the catalogs when it runs. */
registerMessages('en', diffEn);
registerMessages('fr', diffFr);
