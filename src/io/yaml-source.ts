import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { msg, type Diagnostic, type Finding, type MessageRef, type Position } from '../core/diagnostics.js';
import type { KeyPath } from '../core/workspace.js';

/** A YAML text parsed with positions, so that any key path maps to file:line:col. */
export interface YamlSource {
  file: string;
  doc: Document;
  lineCounter: LineCounter;
  /** Lines before the YAML text in its file (a post's opening `---`). */
  lineOffset: number;
}

export type ParseResult =
  | { ok: true; source: YamlSource; data: unknown }
  | { ok: false; source?: YamlSource; findings: Diagnostic[] };


/** A finding of the core placed in its file: the key path becomes a line and column. */
export function locateFinding(source: YamlSource | undefined, finding: Finding, params?: MessageRef['params']): Diagnostic {
  const position = source ? locate(source, finding.keyPath, finding.atKey) : { line: 1, column: 1 };
  const { code, atKey: _atKey, related: _related, ...rest } = finding;
  return { ...rest, ruleId: code, ...(params ? { message: { ...finding.message, params } } : {}), ...position };
}

/** Aliases a document may expand before it is refused as a "billion laughs". */
export const MAX_ALIAS_COUNT = 100;

export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; position: Position } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Decode leniently to find where the first replacement character lands.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
    const lines = before.split('\n');
    return { ok: false, position: { line: lines.length, column: lines.at(-1)!.length + 1 } };
  }
}

function located(file: string, position: Position, severity: Finding['severity'], code: string, message: MessageRef, hint?: MessageRef): Diagnostic {
  return { file, keyPath: [], severity, ruleId: code, message, ...(hint ? { hint } : {}), ...position };
}

export function fileFinding(file: string, code: string, message: MessageRef, hint?: MessageRef, severity: Finding['severity'] = 'error'): Diagnostic {
  return located(file, { line: 1, column: 1 }, severity, code, message, hint);
}

/**
 * Parses YAML text keeping positions. Syntax errors, duplicate keys and alias
 * bombs come back as findings, never as exceptions.
 */
export function parseYaml(file: string, text: string, lineOffset = 0): ParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const source: YamlSource = { file, doc, lineCounter, lineOffset };
  const findings = doc.errors.map((error) => {
    const position = positionAt(source, error.pos[0]);
    if (error.code === 'DUPLICATE_KEY') {
      const key = keyAt(text, error.pos[0]);
      return located(file, position, 'error', 'yaml-duplicate-key', msg('load.duplicate_key', { key }), msg('load.duplicate_key.hint'));
    }
    const detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return located(file, position, 'error', 'yaml-syntax', msg('load.yaml_syntax', { detail }), msg('load.yaml_syntax.hint'));
  });
  if (findings.length > 0) return { ok: false, source, findings };
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, source, data };
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      const firstAlias = text.search(/\*[^\s,\]}]+/);
      return {
        ok: false,
        source,
        findings: [located(file, positionAt(source, Math.max(0, firstAlias)), 'error', 'yaml-alias-bomb', msg('load.alias_bomb'), msg('load.alias_bomb.hint'))],
      };
    }
    throw error;
  }
}

function keyAt(text: string, offset: number): string {
  return /^[^:\n]*/.exec(text.slice(offset))?.[0].trim() ?? '';
}

export function positionAt(source: YamlSource, offset: number): Position {
  const { line, col } = source.lineCounter.linePos(offset);
  return { line: line + source.lineOffset, column: col };
}

/**
 * The position of a key path: the value's node, or the key itself with
 * `atKey`. A path that does not exist (a missing key) points at the deepest
 * node that does.
 */
export function locate(source: YamlSource, keyPath: KeyPath, atKey = false): Position {
  let node: Node | null = source.doc.contents as Node | null;
  let position: Position = { line: 1 + source.lineOffset, column: 1 };
  if (node?.range) position = positionAt(source, node.range[0]);
  for (const segment of keyPath) {
    const next = child(node, segment);
    if (!next) break;
    const target = atKey && next.key ? next.key : next.value;
    if (target?.range) position = positionAt(source, target.range[0]);
    node = next.value;
  }
  return position;
}

function child(node: Node | null, segment: string | number): { key?: Node; value: Node | null } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
    if (!pair) return undefined;
    return { key: pair.key as Node, value: (pair.value as Node | null) ?? (pair.key as Node) };
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment] as Node | undefined;
    return item ? { value: item } : undefined;
  }
  return undefined;
}
