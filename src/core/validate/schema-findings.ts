import type * as z from 'zod/mini';
import { msg, ref, type Finding, type MessageRef } from '../diagnostics.js';
import { NETWORK_IDS, NETWORK_NAMES } from '../networks.js';
import { DAY_SPELLINGS } from '../schemas/common.js';
import { didYouMean, suggest } from '../suggest.js';
import type { KeyPath } from '../workspace.js';

type AnySchema = z.ZodMiniType;
type Issue = z.core.$ZodIssue;

interface SchemaDef {
  type: string;
  innerType?: AnySchema;
  in?: AnySchema;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  valueType?: AnySchema;
}

function defOf(schema: AnySchema): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

/** Strips optional/nullable/default/pipe wrappers. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    const inner = def.innerType ?? (def.type === 'pipe' ? def.in : undefined);
    if (!inner) return current;
    current = inner;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Keys the schema does not know. A near miss of a known key is an error with
 * "did you mean"; any other unknown key is a warning (it is ignored), so that
 * notes a user keeps beside the data never block a run.
 */
export function unknownKeyFindings(file: string, schema: AnySchema, value: unknown, path: KeyPath = []): Finding[] {
  const def = defOf(unwrap(schema));
  if (def.type === 'object' && def.shape && isPlainObject(value)) {
    const known = Object.keys(def.shape);
    return Object.entries(value).flatMap(([key, child]) => {
      const childSchema = def.shape![key];
      if (childSchema) return unknownKeyFindings(file, childSchema, child, [...path, key]);
      const suggestion = suggest(key, known);
      return [{
        file,
        keyPath: [...path, key],
        atKey: true,
        severity: suggestion ? 'error' : 'warning',
        code: 'schema-unknown-key',
        message: msg(suggestion ? 'schema.unknown_key' : 'schema.unknown_key_ignored', { key }),
        hint: suggestion ? msg('hint.did_you_mean', { suggestion }) : msg('hint.remove_key'),
      } satisfies Finding];
    });
  }
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    return value.flatMap((item, index) => unknownKeyFindings(file, def.element!, item, [...path, index]));
  }
  if (def.type === 'record' && def.valueType && isPlainObject(value)) {
    return Object.entries(value).flatMap(([key, child]) => unknownKeyFindings(file, def.valueType!, child, [...path, key]));
  }
  return [];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

const SUGGESTION_SOURCES: Record<string, () => readonly string[]> = {
  'err.network': () => NETWORK_NAMES,
  'err.network_or_all': () => [...NETWORK_NAMES, 'all'],
  'err.day': () => DAY_SPELLINGS,
  'err.timezone': () => Intl.supportedValuesOf('timeZone'),
};
const CHOICES: Record<string, string> = {
  'err.network': NETWORK_IDS.join(', '),
  'err.network_or_all': NETWORK_IDS.join(', '),
};

/** The most telling issue of a union: a branch that got the right type but a wrong value. */
function unionIssue(issue: Issue & { errors?: Issue[][] }): Issue {
  const branches = issue.errors ?? [];
  const telling = branches.flat().find((inner) => inner.code !== 'invalid_type');
  return telling ?? issue;
}

function describe(issue: Issue, value: unknown): { message: MessageRef; hint?: MessageRef } {
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return { message: msg('schema.required') };
      const expected = ref(`type.${issue.expected}`);
      const message = msg('schema.type', { expected, received: ref(`type.${kindOf(value)}`) });
      // `Chaleureuse : nous…` is a one-key map in YAML: French spacing before a colon bites.
      const colonTrap = issue.expected === 'string' && kindOf(value) === 'object' && Object.keys(value as object).length === 1;
      return colonTrap ? { message, hint: msg('hint.quote_colon') } : { message };
    }
    case 'invalid_value': {
      const choices = issue.values.map(String);
      return { message: msg('schema.enum', { choices: choices.join(', ') }), hint: didYouMean(value, choices) };
    }
    case 'too_small': {
      if (issue.origin === 'array') return { message: msg('schema.too_few', { minimum: Number(issue.minimum) }) };
      if (issue.origin === 'string') return { message: msg('schema.required') };
      return { message: msg('schema.too_small', { minimum: Number(issue.minimum) }) };
    }
    case 'too_big':
      return { message: msg('schema.too_big', { maximum: Number(issue.maximum) }) };
    case 'invalid_union': {
      const inner = unionIssue(issue);
      if (inner === issue) return { message: msg('schema.invalid') };
      return describe(inner, value);
    }
    case 'invalid_key':
      return describe(issue.issues[0] ?? issue, issue.origin === 'record' ? lastKey(issue) : value);
    default: {
      if (issue.message.startsWith('err.')) {
        const id = issue.message;
        const hint = SUGGESTION_SOURCES[id] ? didYouMean(value, SUGGESTION_SOURCES[id]()) : undefined;
        return { message: msg(id, CHOICES[id] ? { choices: CHOICES[id] } : undefined), hint };
      }
      return { message: msg('schema.invalid') };
    }
  }
}

function lastKey(issue: Issue): unknown {
  return issue.path.at(-1);
}

/** Turns zod issues into findings with translatable messages. */
export function issueFindings(file: string, issues: readonly Issue[], data: unknown, pathPrefix: KeyPath = []): Finding[] {
  return issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const value = valueAt(data, path);
    const { message, hint } = describe(issue, value);
    return {
      file,
      keyPath: [...pathPrefix, ...path],
      severity: 'error',
      code: 'schema',
      message,
      ...(hint ? { hint } : {}),
      ...(issue.code === 'invalid_key' ? { atKey: true } : {}),
    } satisfies Finding;
  });
}

/** Parses `data` with `schema`; findings for every problem, all at once. */
export function checkAgainstSchema<S extends AnySchema>(file: string, schema: S, data: unknown): { value: z.infer<S> | undefined; findings: Finding[] } {
  const unknown = unknownKeyFindings(file, schema, data);
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data as z.infer<S>, findings: unknown };
  return { value: undefined, findings: [...issueFindings(file, result.error.issues, data), ...unknown] };
}
