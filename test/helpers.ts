import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import type { Fs } from '../src/app/fs.js';
import { sha256 } from '../src/io/cache.js';
import { main, type CliIo } from '../src/cli/main.js';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(REPO, 'bin', 'edito.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function collect(): PassThrough & { text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  return Object.assign(stream, { text: () => Buffer.concat(chunks).toString('utf8') });
}

/** The io of an in-process run, its stdout and stderr kept; `fs` (an in-memory tree) replaces the disk. */
export function collectingIo(argv: string[], options: { cwd?: string; env?: Record<string, string>; fs?: Fs } = {}): { io: CliIo; stdout: () => string; stderr: () => string } {
  const stdout = collect();
  const stderr = collect();
  const io: CliIo = { argv, cwd: options.cwd ?? REPO, env: { LANG: 'en_US.UTF-8', ...options.env }, stdout, stderr, ...(options.fs ? { fs: options.fs } : {}) };
  return { io, stdout: stdout.text, stderr: stderr.text };
}

/** Runs the CLI in-process through `main`, as the bin would; `fs` (an in-memory tree) replaces the disk. */
export async function runCli(argv: string[], options: { cwd?: string; env?: Record<string, string>; fs?: Fs } = {}): Promise<RunResult> {
  const { io, stdout, stderr } = collectingIo(argv, options);
  const code = await main(io);
  return { code, stdout: stdout(), stderr: stderr() };
}

/** Runs the built bin as a user would (`npm run build` first); past `timeout` ms it is killed (code -1), so that a hang fails the test. */
export function runBin(argv: string[], options: { cwd?: string; env?: Record<string, string>; input?: string; timeout?: number } = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...argv],
      { cwd: options.cwd ?? REPO, env: { PATH: process.env.PATH ?? '', LANG: 'en_US.UTF-8', ...options.env }, maxBuffer: 64 * 1024 * 1024, timeout: options.timeout ?? 0 },
      (error, stdout, stderr) => {
        // Killed by the timeout (or a signal): no exit code of edito's, so -1, and a line that says why.
        if (error?.killed || error?.signal) return resolve({ code: -1, stdout, stderr: `${stderr}\nkilled (${error.signal}) after ${options.timeout} ms: edito ${argv.join(' ')}\n` });
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
    else child.stdin?.end();
  });
}

/** A fresh temporary copy of a fixture or example folder. */
export async function copyOf(relative: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'edito-test-'));
  await cp(path.join(REPO, relative), dir, { recursive: true });
  return dir;
}

/** A cache file's first line (its identity) and its body. */
export async function readCache(file: string): Promise<{ header: Record<string, unknown>; body: string }> {
  const text = await readFile(file, 'utf8');
  const end = text.indexOf('\n');
  return { header: JSON.parse(text.slice(0, end)) as Record<string, unknown>, body: text.slice(end + 1) };
}

/** A well-made cache file of `header` and `body` (the right size and hash): only its contents can be wrong. */
export function cacheText(header: Record<string, unknown>, body: string): string {
  const bytes = Buffer.from(body, 'utf8');
  return `${JSON.stringify({ ...header, length: bytes.length, hash: sha256(bytes) })}\n${body}`;
}

/** Rewrites a file of a workspace copy. */
export async function edit(dir: string, file: string, change: (text: string) => string): Promise<void> {
  const full = path.join(dir, file);
  const before = await readFile(full, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`edit of ${file} changed nothing`);
  await writeFile(full, after);
}

export interface JsonMessage {
  ruleId: string;
  severity: number;
  message: string;
  line: number;
  column: number;
  keyPath: string;
  hint?: string;
}

/** `validate --format json` flattened to `file:line:col ruleId keyPath` rows plus messages. */
export async function validateJson(dir: string, extra: string[] = []): Promise<{ code: number; messages: (JsonMessage & { file: string })[] }> {
  const result = await runCli(['validate', '--dir', dir, '--format', 'json', ...extra]);
  const report = JSON.parse(result.stdout) as { filePath: string; messages: JsonMessage[] }[];
  return { code: result.code, messages: report.flatMap((f) => f.messages.map((m) => ({ ...m, file: f.filePath }))) };
}

/** A validator for SARIF 2.1.0 logs: the OASIS schema (test/fixtures/sarif), read by ajv. */
export async function sarifValidator(): Promise<ValidateFunction> {
  const schema = JSON.parse(await readFile(path.join(REPO, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;
  // The schema is draft-04: its `id` is draft-07's `$id`.
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S*$/i);
  ajv.addFormat('uri-reference', /^\S*$/);
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T/);
  return ajv.compile(schema);
}
