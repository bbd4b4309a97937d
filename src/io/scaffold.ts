import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isCollection, isMap, isScalar, isSeq, parseDocument, Scalar, visit, type Document, type Node, type YAMLMap } from 'yaml';
import type { InitAnswers, Locale } from '../core/init/answers.js';
import { TIME_PATTERN } from '../core/schemas/common.js';
import type { PostFrontMatter } from '../core/schemas/files.js';
import { DEFAULT_PATHS } from '../core/workspace.js';
import { jsonSchemas } from './json-schemas.js';

/** The files of templates/<locale>/, by role. */
export const TEMPLATE_FILES = {
  settings: 'edito.yaml',
  objectives: 'strategy/objectives.yaml',
  personas: 'strategy/personas.yaml',
  competitors: 'strategy/competitors.yaml',
  charter: 'charter/charter.yaml',
  line: 'charter/networks/_line.yaml',
  keyDates: 'calendar/key-dates.yaml',
  post: 'post.md',
  // npm leaves any file named .gitignore out of a package: the template drops the dot.
  gitignore: 'gitignore',
} as const;

export type Templates = Record<keyof typeof TEMPLATE_FILES, string>;

/** Where the JSON Schemas go in a new workspace; the templates' `$schema` lines point here. */
export const SCHEMAS_DIR = '.edito/schemas';

/** templates/ of the installed package: searched upward, as the bundle splits into chunks at varying depths. */
export function templatesRoot(from = path.dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'templates');
    if (existsSync(path.join(candidate, 'en', TEMPLATE_FILES.settings))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`templates/ not found above ${from}`);
  }
}

export async function readTemplates(locale: Locale, root = templatesRoot()): Promise<Templates> {
  const entries = await Promise.all(
    Object.entries(TEMPLATE_FILES).map(async ([role, file]) => [role, await readFile(path.join(root, locale, file), 'utf8')] as const),
  );
  return Object.fromEntries(entries) as Templates;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function stripComments(node: Node): void {
  visit(node, (_key, child) => {
    if (child && typeof child === 'object' && 'commentBefore' in child) {
      const commented = child as { commentBefore?: string | null; comment?: string | null; spaceBefore?: boolean };
      commented.commentBefore = null;
      commented.comment = null;
      commented.spaceBefore = false;
    }
  });
}

/** A new node for a value; lists of plain values are written inline ([a, b]) like the templates. */
function createNode(doc: Document, value: unknown): Node {
  const node = doc.createNode(value) as Node;
  visit(node, {
    Seq: (_key, seq) => {
      if (seq.items.every((item) => isScalar(item))) seq.flow = true;
    },
  });
  return node;
}

/** The template's node, updated in place where possible so that its comments stay. */
function mergeNode(doc: Document, old: unknown, value: unknown): Node {
  if (isMap(old) && isPlainObject(value)) {
    mergeMap(doc, old, value);
    return old;
  }
  if (isSeq(old) && Array.isArray(value)) {
    const prototype = old.items[0];
    if (isMap(prototype) && value.every(isPlainObject)) {
      // Each item starts from the template's commented example; only the first keeps the comments.
      old.items = value.map((item, index) => {
        const node = prototype.clone() as YAMLMap;
        if (index > 0) {
          stripComments(node);
          node.spaceBefore = true;
        }
        mergeMap(doc, node, item);
        return node;
      });
    } else {
      const fresh = createNode(doc, value);
      old.items = isSeq(fresh) ? fresh.items : [];
    }
    return old;
  }
  if (isScalar(old) && (value === null || typeof value !== 'object')) {
    old.value = value;
    if (typeof value !== 'string') old.type = undefined;
    return old;
  }
  const fresh = createNode(doc, value);
  if (old && typeof old === 'object') {
    const before = old as Node;
    fresh.commentBefore = before.commentBefore;
    fresh.comment = before.comment;
    fresh.spaceBefore = before.spaceBefore;
    if (isCollection(before) && isCollection(fresh)) fresh.flow = before.flow;
  }
  return fresh;
}

/** Sets every key of `value` in `map`; keys of the template that `value` lacks are removed. */
function mergeMap(doc: Document, map: YAMLMap, value: Record<string, unknown>): void {
  map.items = map.items.filter((pair) => {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    return value[key] !== undefined;
  });
  for (const [key, child] of Object.entries(value)) {
    if (child === undefined) continue;
    const pair = map.items.find((item) => (isScalar(item.key) ? String(item.key.value) : String(item.key)) === key);
    if (pair) pair.value = mergeNode(doc, pair.value, child);
    else map.items.push(doc.createPair(key, createNode(doc, child)));
  }
}

/**
 * Writes `value` into a commented YAML template with the Document API: the
 * template's comments, key order and layout survive; its example values do not.
 */
export function mergeYaml(template: string, value: Record<string, unknown>): string {
  const doc = parseDocument(template);
  if (!isMap(doc.contents)) throw new Error('a template must hold a map of keys');
  mergeMap(doc, doc.contents, value);
  // Times stay quoted: YAML 1.1 readers would take 12:30 for a number.
  visit(doc, {
    Scalar: (_key, node) => {
      if (typeof node.value === 'string' && TIME_PATTERN.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n?([\s\S]*)$/;

/** A post from the post template: its commented front matter filled with `frontMatter`, then `body`. */
export function renderPost(template: string, frontMatter: PostFrontMatter, body?: string): string {
  const match = FRONT_MATTER.exec(template);
  if (!match) throw new Error('the post template has no front matter');
  const yaml = mergeYaml(`${match[1]!}\n`, frontMatter as Record<string, unknown>);
  const text = (body ?? match[2]!).replace(/\s+$/, '');
  return `---\n${yaml}---\n${text}\n`;
}

/** Workspace-relative path (forward slashes) → file content, for every file `init` writes. */
export function renderWorkspace(answers: InitAnswers, templates: Templates): Map<string, string> {
  const files = new Map<string, string>();
  files.set(DEFAULT_PATHS.settings, mergeYaml(templates.settings, answers.settings));
  files.set(DEFAULT_PATHS.objectives, mergeYaml(templates.objectives, { objectives: answers.objectives }));
  files.set(DEFAULT_PATHS.personas, mergeYaml(templates.personas, { personas: answers.personas }));
  files.set(DEFAULT_PATHS.competitors, mergeYaml(templates.competitors, { competitors: answers.competitors }));
  files.set(DEFAULT_PATHS.charter, mergeYaml(templates.charter, answers.charter));
  for (const line of answers.lines) {
    files.set(`${DEFAULT_PATHS.networks}/${line.network}.yaml`, mergeYaml(templates.line, line));
  }
  files.set(DEFAULT_PATHS.keyDates, mergeYaml(templates.keyDates, answers.keyDates));
  if (answers.samplePost) {
    const { file, frontMatter, body } = answers.samplePost;
    files.set(`${DEFAULT_PATHS.posts}/${file}`, renderPost(templates.post, frontMatter, body));
  }
  files.set('.gitignore', templates.gitignore);
  for (const [name, text] of jsonSchemas()) files.set(`${SCHEMAS_DIR}/${name}`, text);
  return files;
}
