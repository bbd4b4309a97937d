import { z } from 'zod';
import { FILE_KINDS } from '../core/schemas/files.js';

/** JSON Schemas of every file kind, generated from the zod schemas: file name → JSON text. */
export function jsonSchemas(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [kind, { schema, schemaFile }] of Object.entries(FILE_KINDS)) {
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });
    const titled = { ...json, title: `edito ${kind}`, $id: `https://edito.dev/schemas/${schemaFile}` };
    out.set(schemaFile, `${JSON.stringify(titled, null, 2)}\n`);
  }
  return out;
}
