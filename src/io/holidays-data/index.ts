// Written by scripts/holidays-data.mjs: do not edit.
/** Per language, [date, name] sorted by date then name, for whole years `from`..`to`. */
export type PrecomputedHolidays = Record<string, [string, string][]>;

export const PRECOMPUTED_HOLIDAYS = {
  codes: ['FR', 'BE', 'CH', 'LU', 'MC', 'CA', 'CA-QC', 'CA-ON', 'SN', 'CI', 'CM', 'MA', 'TN', 'US', 'GB', 'DE', 'DE-BY', 'ES', 'IT'] as readonly string[],
  locales: ['fr', 'en'] as readonly string[],
  from: 2024,
  to: 2036,
};
