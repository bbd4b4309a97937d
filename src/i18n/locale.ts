/** Which language to speak, without loading a catalog (`--help` needs only this). */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: string | undefined): value is Locale {
  return value !== undefined && (LOCALES as readonly string[]).includes(value);
}

/** `fr_FR.UTF-8` → fr; anything unknown → undefined. */
export function localeFromEnv(env: Record<string, string | undefined>): Locale | undefined {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const language = env[name]?.slice(0, 2).toLowerCase();
    if (language && isLocale(language)) return language;
  }
  return undefined;
}

/** --locale, else the workspace locale, else LANG/LC_ALL, else en. */
export function resolveLocale(flag: string | undefined, workspace: string | undefined, env: Record<string, string | undefined>): Locale {
  if (isLocale(flag)) return flag;
  if (isLocale(workspace)) return workspace;
  return localeFromEnv(env) ?? 'en';
}
