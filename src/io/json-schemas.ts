import * as z from 'zod/mini';
import { FILE_KINDS } from '../core/schemas/files.js';

type Json = { [key: string]: unknown };

/**
 * Editors should flag every unknown key (the CLI makes near-miss typos errors
 * and ignores the rest with a warning): close every object that lists its
 * properties and does not say otherwise.
 */
function closeObjects(node: unknown): void {
  if (Array.isArray(node)) node.forEach(closeObjects);
  if (typeof node !== 'object' || node === null) return;
  const object = node as Json;
  if (object.properties && object.additionalProperties === undefined) object.additionalProperties = false;
  Object.values(object).forEach(closeObjects);
}

/** JSON Schemas of every file kind, generated from the zod schemas: file name → JSON text. */
export function jsonSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [kind, { schema, schemaFile }] of Object.entries(FILE_KINDS)) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    closeObjects(json);
    const titled = { ...json, title: `edito ${kind}`, $id: `https://edito.dev/schemas/${schemaFile}` };
    out.set(schemaFile, `${JSON.stringify(titled, null, 2)}\n`);
  }
  return out;
}
