import { registerMessages } from './index.js';
import { planEn } from './plan.en.js';
import { planFr } from './plan.fr.js';

/** Loaded by `plan` only: its messages join the catalogs when it runs. */
registerMessages('en', planEn);
registerMessages('fr', planFr);
