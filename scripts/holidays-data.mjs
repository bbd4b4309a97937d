// `node scripts/holidays-data.mjs`: writes src/io/holidays-data/<CODE>.json, the
// public holidays of the common codes for a span of years in both languages,
// computed by date-holidays itself (src/io/holidays.ts, holidaysFromLibrary).
// test/holidays-data.test.ts checks that the files still equal the library.
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CODES = ['FR', 'BE', 'CH', 'LU', 'MC', 'CA', 'CA-QC', 'CA-ON', 'SN', 'CI', 'CM', 'MA', 'TN', 'US', 'GB', 'DE', 'DE-BY', 'ES', 'IT'];
export const FROM = 2024;
export const TO = 2036;
export const LOCALES = ['fr', 'en'];

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'src/io/holidays-data');
// Inside the project so that the bundle resolves date-holidays from node_modules.
const tmp = await mkdtemp(path.join(root, 'dist', '.holidays-'));
try {
  const file = path.join(tmp, 'holidays.mjs');
  await build({ entryPoints: [path.join(root, 'src/io/holidays.ts')], outfile: file, bundle: true, format: 'esm', platform: 'node', packages: 'external', logLevel: 'error' });
  const { holidaysFromLibrary } = await import(pathToFileURL(file).href);
  for (const code of CODES) {
    const data = {};
    for (const locale of LOCALES) {
      const list = await holidaysFromLibrary(code, `${FROM}-01-01`, `${TO}-12-31`, locale);
      if (!Array.isArray(list)) throw new Error(`date-holidays does not know ${code}`);
      data[locale] = list.map((h) => [h.date, h.name]);
    }
    await writeFile(path.join(out, `${code}.json`), `${JSON.stringify(data)}\n`);
  }
  const index = `// Written by scripts/holidays-data.mjs: do not edit.
/** Per language, [date, name] sorted by date then name, for whole years \`from\`..\`to\`. */
export type PrecomputedHolidays = Record<string, [string, string][]>;

export const PRECOMPUTED_HOLIDAYS = {
  codes: ${JSON.stringify(CODES)} as readonly string[],
  locales: ${JSON.stringify(LOCALES)} as readonly string[],
  from: ${FROM},
  to: ${TO},
};
`;
  await writeFile(path.join(out, 'index.ts'), index.replaceAll('","', "', '").replaceAll('["', "['").replaceAll('"]', "']"));
} finally {
  await rm(tmp, { recursive: true, force: true });
}
