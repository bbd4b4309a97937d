import type { LintPost, ParseProblem } from '../core/lint/types.js';
import { parsePost } from './posts.js';
import { locate } from './yaml-source.js';

/** A post read from a Markdown file, with what --fix needs to write it back. */
export interface MarkdownPost extends LintPost {
  /** The file's text as read. */
  source: string;
}

/** Parses a Markdown post into what the lint engine reads, keeping positions. */
export function markdownPost(file: string, text: string): MarkdownPost {
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
