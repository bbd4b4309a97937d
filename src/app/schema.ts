import path from 'node:path';
import { findWorkspaceRoot } from '../io/workspace-loader.js';
import type { AppContext } from './context.js';
import { CannotRun } from './errors.js';

export interface SchemaRequest {
  /** --out: the folder to write into. */
  out?: string | undefined;
  /** The global --dir, to find the workspace whose .edito/schemas is the default. */
  dir?: string | undefined;
  force?: boolean | undefined;
}

/** `edito schema`: the JSON Schema of every file kind, written where they differ; returns the folder and how many changed. */
export async function writeSchemas(ctx: AppContext, request: SchemaRequest): Promise<{ dir: string; written: number }> {
  const [{ jsonSchemas }, { SCHEMAS_DIR }] = await Promise.all([import('../io/json-schemas.js'), import('../io/scaffold.js')]);
  const start = request.dir === undefined ? ctx.cwd : path.resolve(ctx.cwd, request.dir);
  const dir = request.out === undefined ? path.join((await findWorkspaceRoot(ctx.fs, start)) ?? start, SCHEMAS_DIR) : path.resolve(ctx.cwd, request.out);
  const targets = new Map<string, string>();
  for (const [name, text] of jsonSchemas()) {
    const file = path.join(dir, name);
    const current = await ctx.fs.read(file).then((bytes) => Buffer.from(bytes).toString('utf8'), () => undefined);
    if (current !== text) targets.set(file, text);
  }
  const refusals = await ctx.fs.writeAllAtomic(targets, { force: request.force === true });
  if (refusals.length > 0) {
    const files = refusals.map((r) => path.relative(ctx.cwd, r.reason === 'exists' ? r.file : r.dir)).join(', ');
    throw new CannotRun('cli.out_exists', { file: files });
  }
  return { dir, written: targets.size };
}
