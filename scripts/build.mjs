// Bundles the CLI with esbuild, in two builds. dist/cli.js is the CLI split
// per command (dynamic imports become their own chunks) so `edito --help`
// loads only commander. dist/main.js, what bin/edito.js loads, is
// src/cli/entry.ts in one file: a `plan --cache` run found in the cache is
// replayed from it alone, without dist/cli.js or any chunk.
import { build } from 'esbuild';
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';

const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  legalComments: 'none',
  alias: { punycode: 'punycode/' },
  // Spelling dictionaries read their .aff/.dic files next to themselves at run time.
  // ical-timezones reads its zone files next to itself.
  external: ['dictionary-fr', 'dictionary-en', 'hunspell-asm', '@touch4it/ical-timezones'],
  // commander and some CJS deps call require() on node built-ins.
  banner: { js: "import { createRequire as __edito_cr } from 'node:module'; const require = __edito_cr(import.meta.url);" },
  // One id for both builds: the caches of one build are never replayed by another (src/io/cache.ts).
  define: { __EDITO_BUILD__: JSON.stringify(`${Date.now()}-${randomBytes(4).toString('hex')}`) },
  logLevel: 'warning',
};

/** entry.ts imports ./main.js, the whole CLI: in dist/main.js that is the other build, dist/cli.js. */
const cliOutside = {
  name: 'cli-outside',
  setup(build) {
    build.onResolve({ filter: /^\.\/main\.js$/ }, (args) => (args.importer.endsWith('entry.ts') ? { path: './cli.js', external: true } : undefined));
  },
};

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({ ...common, entryPoints: [{ in: 'src/cli/main.ts', out: 'cli' }], outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' });
// The glob library loads only for globs (never in a replay): left to Node's resolver rather than copied in.
await build({ ...common, entryPoints: [{ in: 'src/cli/entry.ts', out: 'main' }], outdir: 'dist', external: [...common.external, 'tinyglobby'], plugins: [cliOutside] });
