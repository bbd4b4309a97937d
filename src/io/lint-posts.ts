import type { z } from 'zod';
import type { LintPost, ParseProblem, Position } from '../core/lint/types.js';
import { postFrontMatter, type PostFrontMatter } from '../core/schemas/files.js';
import { parsePost } from './posts.js';
import { locate } from './yaml-source.js';

/** A post read from a Markdown file, with what --fix needs to write it back. */
export interface MarkdownPost extends LintPost {
  /** The file's text as read. */
  source: string;
}

const FIELDS = postFrontMatter.shape as Record<string, z.ZodType>;
/** `key: value` with a plain value YAML reads as a string whatever its version and schema. */
const PLAIN_LINE = /^([a-z_]+):[ \t]+([A-Za-z0-9][\w./:+-]*(?: \d{2}:\d{2}(?::\d{2})?)?)[ \t]*$/;
const NOT_A_STRING = /^(?:true|false|null|yes|no|on|off|y|n|[-+]?(?:\d[\d_]*)?(?:\.\d*)?(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|\.inf|\.nan)$/i;
const fieldVerdicts = new Map<string, { ok: boolean; value: unknown }>();

function fieldValue(key: string, value: string): { ok: boolean; value: unknown } {
  const id = `${key}\u0000${value}`;
  let verdict = fieldVerdicts.get(id);
  if (!verdict) {
    const parsed = FIELDS[key]!.safeParse(value);
    verdict = parsed.success ? { ok: true, value: parsed.data } : { ok: false, value: undefined };
    fieldVerdicts.set(id, verdict);
  }
  return verdict;
}

/**
 * The common post, parsed without the YAML library: a front matter of plain
 * `key: value` lines whose every value the post schema accepts. Anything else
 * (quotes, lists, comments after values, unknown keys, invalid values) returns
 * undefined and goes through the full parser, which explains every problem.
 * Equivalent because the post schema checks each key on its own.
 */
function plainPost(file: string, text: string): MarkdownPost | undefined {
  if (!text.startsWith('---\n')) return undefined;
  const end = text.indexOf('\n---\n', 3);
  if (end === -1) return undefined;
  const lines = text.slice(4, end).split('\n');
  const raw: Record<string, unknown> = {};
  const meta: Record<string, unknown> = {};
  const columns = new Map<string, Position>();
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const match = PLAIN_LINE.exec(line);
    if (!match) return undefined;
    const [, key, value] = match as unknown as [string, string, string];
    if (!(key in FIELDS) || key in raw || NOT_A_STRING.test(value)) return undefined;
    const verdict = fieldValue(key, value);
    if (!verdict.ok) return undefined;
    raw[key] = value;
    meta[key] = verdict.value;
    columns.set(key, { line: index + 2, column: line.indexOf(value, key.length + 1) + 1 });
  }
  if (raw.network === undefined || raw.date === undefined) return undefined;
  return {
    file,
    meta: meta as PostFrontMatter,
    raw,
    body: text.slice(end + 5),
    bodyStart: { line: lines.length + 3, column: 1 },
    keyPosition: (key, atKey) => {
      if (key === '') return { line: 1, column: 1 };
      const position = columns.get(key);
      if (!position) return { line: 1, column: 1 };
      return atKey ? { line: position.line, column: 1 } : position;
    },
    problems: [],
    source: text,
  };
}

/** Parses a Markdown post into what the lint engine reads, keeping positions. */
export function markdownPost(file: string, text: string): MarkdownPost {
  const plain = plainPost(file, text);
  if (plain) return plain;
  const parsed = parsePost(file, text);
  const { post, source } = parsed;
  const problems: ParseProblem[] = parsed.findings.map((f) => ({
    keyPath: f.keyPath, severity: f.severity, message: f.message, ...(f.hint ? { hint: f.hint } : {}), line: f.line, column: f.column,
  }));
  return {
    file,
    meta: post.meta,
    raw: post.raw,
    body: post.body,
    bodyStart: { line: post.bodyLine, column: 1 },
    keyPosition: (key, atKey) => {
      if (!source || key === '') return { line: 1, column: 1 };
      return locate(source, [key], atKey);
    },
    problems,
    source: text,
  };
}

/**
 * The file text with the body replaced: front matter, BOM and line endings
 * untouched, so that --fix changes only what the fixes change.
 */
export function withBody(post: MarkdownPost, body: string): string {
  const pieces = post.source.split(/(?<=\n)/);
  const head = pieces.slice(0, post.bodyStart.line - 1).join('');
  const crlf = /\r\n/.test(post.source);
  return head + (crlf ? body.replace(/\n/g, '\r\n') : body);
}
