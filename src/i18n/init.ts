import { initEn } from './init.en.js';
import { initFr } from './init.fr.js';
import { registerMessages } from './index.js';

/** Loaded by `init` and `new` only: their messages join the catalogs when they run. */
registerMessages('en', initEn);
registerMessages('fr', initFr);

export { isLocale, localeFromEnv, resolveLocale, translator, type Locale, type Translate } from './index.js';
