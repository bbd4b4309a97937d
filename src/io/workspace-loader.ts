import path from 'node:path';
import type { Fs } from '../app/fs.js';
import { errnoReason, errorCode, toPosix } from '../app/fs.js';
import { echoedText, msg, ref, type Diagnostic, type Finding } from '../core/diagnostics.js';
import { canonicalNetworkId } from '../core/networks.js';
import { FILE_KINDS, type FileKind, type WorkspaceSettings } from '../core/schemas/files.js';
import { checkAgainstSchema } from '../core/validate/schema-findings.js';
import { DEFAULT_PATHS, type LineEntry, type Post, type Workspace, type WorkspacePaths } from '../core/workspace.js';
import { postFilesIn, readPostFiles, unreadablePost } from './posts.js';
import { decodeUtf8, fileFinding, locate, locateFinding, parseYaml, type YamlSource } from './yaml-source.js';

export interface LoadResult {
  /** Undefined only when edito.yaml itself could not be read. */
  workspace: Workspace | undefined;
  findings: Diagnostic[];
  sources: Map<string, YamlSource>;
  /** File kinds that failed to parse: checks that need them are skipped. */
  broken: Set<FileKind>;
}

export { findWorkspaceRoot } from './workspace-root.js';

/** Only blank lines and comments: an empty file, as far as YAML goes. */
function isBlankOrComments(text: string): boolean {
  return text.split('\n').every((line) => {
    const trimmed = line.trim();
    return trimmed === '' || trimmed.startsWith('#');
  });
}

type ReadResult = { status: 'ok'; data: unknown; source: YamlSource } | { status: 'missing' } | { status: 'failed' };

class Loader {
  readonly findings: Diagnostic[] = [];
  readonly sources = new Map<string, YamlSource>();
  readonly broken = new Set<FileKind>();

  constructor(readonly fs: Fs, readonly root: string) {}

  /**
   * The text of a file, or 'missing'; undefined once an unreadable or
   * non-UTF-8 file has become a finding in `sink`.
   */
  async readText(file: string, sink: Diagnostic[]): Promise<string | 'missing' | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await this.fs.read(path.join(this.root, file));
    } catch (error) {
      const code = errorCode(error);
      if (code === 'ENOENT') return 'missing';
      sink.push(fileFinding(file, 'unreadable', msg('load.unreadable', { reason: errnoReason(code) })));
      return undefined;
    }
    const decoded = decodeUtf8(bytes);
    if (decoded.ok) return decoded.text;
    sink.push({ ...fileFinding(file, 'encoding', msg('load.not_utf8'), msg('load.not_utf8.hint')), ...decoded.position });
    return undefined;
  }

  /** Reads, decodes and parses one YAML file; every failure becomes a finding. */
  async read(file: string): Promise<ReadResult> {
    const raw = await this.readText(file, this.findings);
    if (raw === 'missing') return { status: 'missing' };
    if (raw === undefined) return { status: 'failed' };
    const text = raw.replace(/^\uFEFF/, '');
    if (isBlankOrComments(text)) {
      this.findings.push(fileFinding(file, 'empty', msg('load.empty'), msg('load.empty.hint')));
      return { status: 'failed' };
    }
    const parsed = parseYaml(file, text);
    if (parsed.source) this.sources.set(file, parsed.source);
    if (!parsed.ok) {
      this.findings.push(...parsed.findings);
      return { status: 'failed' };
    }
    if (typeof parsed.data !== 'object' || parsed.data === null || Array.isArray(parsed.data)) {
      const received = ref(Array.isArray(parsed.data) ? 'type.array' : `type.${typeof parsed.data}`);
      this.findings.push({ ...fileFinding(file, 'schema', msg('load.not_a_map', { received })), ...locate(parsed.source, []) });
      return { status: 'failed' };
    }
    return { status: 'ok', data: parsed.data, source: parsed.source };
  }


  async load<K extends Exclude<FileKind, 'post'>>(kind: K, file: string, optionalWhat?: string) {
    const result = await this.read(file);
    type Value = ReturnType<(typeof FILE_KINDS)[K]['schema']['parse']>;
    if (result.status === 'missing') {
      if (FILE_KINDS[kind].required) {
        this.findings.push(fileFinding(file, 'missing-file', msg('load.missing_required', { file }), msg('load.missing_required.hint')));
        this.broken.add(kind);
      } else if (optionalWhat) {
        this.findings.push(fileFinding(file, 'missing-file', msg('load.missing_optional', { file, what: optionalWhat }), undefined, 'info'));
      }
      return undefined;
    }
    if (result.status === 'failed') {
      this.broken.add(kind);
      return undefined;
    }
    const checked = checkAgainstSchema(file, FILE_KINDS[kind].schema, result.data);
    this.findings.push(...placeIn(this.sources, checked.findings));
    if (checked.value === undefined) this.broken.add(kind);
    return checked.value as Value | undefined;
  }

  async loadLines(dir: string): Promise<LineEntry[]> {
    const names = await this.fs.list(path.join(this.root, dir), (name) => /\.ya?ml$/.test(name), false);
    if (names === undefined || names.length === 0) {
      this.findings.push(fileFinding(dir, 'missing-file', msg('load.no_lines', { dir }), msg('load.no_lines.hint')));
      this.broken.add('line');
      return [];
    }
    const entries: LineEntry[] = [];
    for (const name of names) {
      const file = toPosix(path.join(dir, name));
      const line = await this.load('line', file);
      const network = line && canonicalNetworkId(line.network);
      if (line && network) entries.push({ file, network, line });
    }
    return entries;
  }

  /** Every post under `dir`; one that cannot be read, a refused link or an unreadable folder is an error at its path. */
  async loadPosts(dir: string): Promise<Post[]> {
    const listing = await postFilesIn(this.fs, this.root, dir);
    this.findings.push(...listing.problems);
    const read = await readPostFiles(this.fs, this.root, listing.files);
    return read.flatMap((entry) => {
      if ('post' in entry) return [entry.post];
      this.findings.push(unreadablePost(entry.file, entry.unreadable));
      return [];
    });
  }
}

/** How much of a refused value a message echoes. */
export const ECHO_LENGTH = 80;

/**
 * `paths:` of edito.yaml over the default layout (its `key_dates` is the
 * `keyDates` path). A path must stay inside the workspace, links resolved:
 * an absolute one or one that leaves it is an error at its key, and the
 * default layout stands in for it, so nothing outside is ever read or written.
 */
async function resolvePaths(loader: Loader, settings: WorkspaceSettings | undefined): Promise<WorkspacePaths> {
  const written = settings?.paths ?? {};
  const paths: WorkspacePaths = { ...DEFAULT_PATHS };
  const root = await loader.fs.realpath(loader.root);
  for (const [key, value] of Object.entries(written) as [keyof typeof written, string | undefined][]) {
    if (value === undefined) continue;
    const target = key === 'key_dates' ? 'keyDates' : key;
    const real = await loader.fs.realpath(path.resolve(loader.root, value));
    const inside = !path.isAbsolute(value) && !path.relative(root, real).startsWith('..') && !path.isAbsolute(path.relative(root, real));
    if (inside) {
      paths[target] = value;
      continue;
    }
    loader.findings.push(...placeIn(loader.sources, [{
      file: DEFAULT_PATHS.settings, keyPath: ['paths', key], severity: 'error', code: 'path-outside',
      message: msg('load.path_outside', { key, value: echoedText(value, ECHO_LENGTH) }), hint: msg('load.path_outside.hint'),
    }]));
  }
  return paths;
}

/**
 * Loads every file of the workspace at `root`. Never throws for a user
 * mistake: every problem is a finding with its file, line and column.
 */
export async function loadWorkspace(fs: Fs, root: string, options: { posts?: boolean } = {}): Promise<LoadResult> {
  const loader = new Loader(fs, root);
  const settings = await loader.load('workspace', DEFAULT_PATHS.settings);
  const paths = await resolvePaths(loader, settings);
  const objectives = await loader.load('objectives', paths.objectives);
  const personas = await loader.load('personas', paths.personas);
  const competitors = await loader.load('competitors', paths.competitors, 'bench.none_file');
  const charter = await loader.load('charter', paths.charter);
  const lines = await loader.loadLines(paths.networks);
  const keyDates = await loader.load('keyDates', paths.keyDates);
  const posts = options.posts === false ? [] : await loader.loadPosts(paths.posts);
  const workspace: Workspace | undefined = settings && {
    root,
    paths,
    settings,
    objectives: objectives?.objectives ?? [],
    personas: personas?.personas ?? [],
    competitors: competitors?.competitors ?? [],
    hasCompetitorsFile: competitors !== undefined || loader.broken.has('competitors'),
    charter: charter ?? {},
    lines,
    keyDates: keyDates ?? {},
    posts,
  };
  return { workspace, findings: loader.findings, sources: loader.sources, broken: loader.broken };
}

/**
 * Positions the core's findings (key paths) in their files. A finding with a
 * `related` place gets that place's line as its `line` message parameter.
 */
function placeIn(sources: ReadonlyMap<string, YamlSource>, findings: readonly Finding[]): Diagnostic[] {
  return findings.map((finding) => {
    const related = finding.related && sources.get(finding.related.file);
    const params = related ? { ...finding.message.params, line: locate(related, finding.related!.keyPath).line } : undefined;
    return locateFinding(sources.get(finding.file), finding, params);
  });
}

/** Positions findings computed by the core after loading. */
export function placeFindings(result: LoadResult, findings: readonly Finding[]): Diagnostic[] {
  return placeIn(result.sources, findings);
}
