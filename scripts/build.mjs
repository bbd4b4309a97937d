// Bundles the CLI with esbuild: one entry, split per command (dynamic imports
// become their own chunks) so `edito --help` loads only commander, and a
// `plan --cache` run found in the cache not even that (src/cli/entry.ts).
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: [{ in: 'src/cli/entry.ts', out: 'main' }],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  alias: { punycode: 'punycode/' },
  // Spelling dictionaries read their .aff/.dic files next to themselves at run time.
  // ical-timezones reads its zone files next to itself.
  external: ['dictionary-fr', 'dictionary-en', 'hunspell-asm', '@touch4it/ical-timezones'],
  // commander and some CJS deps call require() on node built-ins.
  banner: { js: "import { createRequire as __edito_cr } from 'node:module'; const require = __edito_cr(import.meta.url);" },
  logLevel: 'warning',
});
