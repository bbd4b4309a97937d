import { msg } from '../core/diagnostics.js';
import { postFrontMatter } from '../core/schemas/files.js';
import { checkAgainstSchema } from '../core/validate/schema-findings.js';
import type { Post } from '../core/workspace.js';
import { fileFinding, locate, parseYaml, type LocatedFinding, type YamlSource } from './yaml-source.js';

export interface ParsedPost {
  post: Post;
  source: YamlSource | undefined;
  /** Problems of the front matter, located in the post file. */
  findings: LocatedFinding[];
}

const FENCE = /^---[ \t]*$/;
const CLOSING = /^(---|\.\.\.)[ \t]*$/;

/** Splits a Markdown post into its YAML front matter and its body, keeping line numbers. */
export function parsePost(file: string, text: string): ParsedPost {
  const content = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = content.split(/\r?\n/);
  const empty: Post = { file, meta: undefined, raw: undefined, body: content, bodyLine: 1 };
  if (!FENCE.test(lines[0] ?? '')) {
    return { post: empty, source: undefined, findings: [fileFinding(file, 'front-matter', msg('load.front_matter_missing'))] };
  }
  const end = lines.findIndex((line, index) => index > 0 && CLOSING.test(line));
  if (end === -1) {
    return { post: empty, source: undefined, findings: [fileFinding(file, 'front-matter', msg('load.front_matter_unclosed'))] };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const body = lines.slice(end + 1).join('\n');
  const post: Post = { file, meta: undefined, raw: undefined, body, bodyLine: end + 2 };
  const parsed = parseYaml(file, yamlText, 1);
  if (!parsed.ok) return { post, source: parsed.source, findings: parsed.findings };
  post.raw = parsed.data ?? {};
  const checked = checkAgainstSchema(file, postFrontMatter, post.raw);
  post.meta = checked.value;
  const findings = checked.findings.map((finding) => ({
    ...finding,
    code: 'front-matter',
    ...locate(parsed.source, finding.keyPath, finding.atKey),
  }));
  return { post, source: parsed.source, findings };
}
