// Bundles the CLI with esbuild, in three builds. dist/cli.js is the CLI split
// per command (dynamic imports become their own chunks) so that it loads
// commander and the commands' flags, nothing that runs them. dist/main.js,
// what bin/edito.js loads, is src/cli/entry.ts alone: it loads dist/cli.js,
// or first, with --cache, dist/replay.js (src/cli/plan-replay.ts in one
// file), so that a `plan --cache` run found in the cache loads no chunk at
// all; it holds `edito --help` as dist/cli.js writes it to a pipe, and prints
// it (and --version) without loading dist/cli.js.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
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

/** entry.ts imports ./main.js (the whole CLI) and ./plan-replay.js: in dist/main.js those are the other builds. */
const OUTSIDE = { './main.js': './cli.js', './plan-replay.js': './replay.js' };
const outside = {
  name: 'outside',
  setup(build) {
    build.onResolve({ filter: /^\.\/(main|plan-replay)\.js$/ }, (args) => (args.importer.endsWith('entry.ts') ? { path: OUTSIDE[args.path], external: true } : undefined));
  },
};

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({ ...common, entryPoints: [{ in: 'src/cli/main.ts', out: 'cli' }], outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' });
// stdout a pipe, as commander's help is the same at any width then.
const help = spawnSync(process.execPath, ['--input-type=module', '-e', "const { main } = await import('./dist/cli.js'); process.exitCode = await main({ argv: ['--help'], cwd: process.cwd(), env: {}, stdout: process.stdout, stderr: process.stderr });"], {
  cwd: new URL('..', import.meta.url), encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
});
if (help.status !== 0 || !help.stdout.includes('Commands:')) throw new Error(`edito --help failed in the build (exit ${help.status})`);
await build({ ...common, entryPoints: [{ in: 'src/cli/entry.ts', out: 'main' }], outdir: 'dist', plugins: [outside], define: { ...common.define, __EDITO_HELP__: JSON.stringify(help.stdout) } });
// The glob library loads only for globs (never in a replay): left to Node's resolver rather than copied in.
await build({ ...common, entryPoints: [{ in: 'src/cli/plan-replay.ts', out: 'replay' }], outdir: 'dist', external: [...common.external, 'tinyglobby'] });
