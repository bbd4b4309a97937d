import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { FileError, type DirEntry, type Fs, type WriteRefusal } from '../src/app/fs.js';

type Operation = 'read' | 'write' | 'list';

/** A file-system error as Node raises it: a message and a `code`. */
function fsError(code: string, file: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${file}`), { code });
}

/**
 * An in-memory tree behind the `Fs` port, so that a use case runs in a test
 * without a disk. `failOn` makes an operation fail on purpose (EACCES, ENOSPC).
 */
export class MemoryFs implements Fs {
  readonly files = new Map<string, string | Uint8Array>();
  readonly failures: { op: Operation; file: string; code: string }[] = [];

  constructor(files: Record<string, string> = {}) {
    for (const [file, text] of Object.entries(files)) this.files.set(path.resolve('/', file), text);
  }

  /** A copy of a real folder under `at`. */
  static async copyOf(dir: string, at = '/ws'): Promise<MemoryFs> {
    const fs = new MemoryFs();
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const full = path.join(entry.parentPath, entry.name);
      fs.files.set(path.join(at, path.relative(dir, full)), await readFile(full));
    }
    return fs;
  }

  failOn(op: Operation, file: string, code: string): this {
    this.failures.push({ op, file: path.resolve('/', file), code });
    return this;
  }

  text(file: string): string | undefined {
    const content = this.files.get(path.resolve('/', file));
    return content === undefined ? undefined : typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
  }

  private fail(op: Operation, file: string): void {
    const failure = this.failures.find((f) => f.op === op && f.file === file);
    if (failure) throw op === 'write' ? new FileError(failure.code, file, 'write') : fsError(failure.code, file);
  }

  private isDir(dir: string): boolean {
    const prefix = dir.endsWith('/') ? dir : `${dir}/`;
    return dir === '/' || [...this.files.keys()].some((file) => file.startsWith(prefix));
  }

  readSync(file: string): Uint8Array {
    this.fail('read', file);
    const content = this.files.get(file);
    if (content === undefined) throw fsError(this.isDir(file) ? 'EISDIR' : 'ENOENT', file);
    return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  }

  async read(file: string): Promise<Uint8Array> {
    return this.readSync(file);
  }

  async kind(file: string): Promise<'file' | 'directory' | undefined> {
    if (this.files.has(file)) return 'file';
    return this.isDir(file) ? 'directory' : undefined;
  }

  async realpath(file: string): Promise<string> {
    return path.resolve(file);
  }

  async list(dir: string, keep: (name: string) => boolean, recursive: boolean): Promise<string[] | undefined> {
    if (!this.isDir(dir)) return undefined;
    return [...this.files.keys()]
      .filter((file) => file.startsWith(`${dir}/`))
      .map((file) => file.slice(dir.length + 1))
      .filter((relative) => (recursive || !relative.includes('/')) && keep(path.basename(relative)))
      .sort();
  }

  async entries(dir: string): Promise<DirEntry[]> {
    this.fail('list', dir);
    if (!this.isDir(dir)) throw fsError(this.files.has(dir) ? 'ENOTDIR' : 'ENOENT', dir);
    const children = new Map<string, DirEntry['type']>();
    for (const file of this.files.keys()) {
      if (!file.startsWith(`${dir}/`)) continue;
      const [name, ...rest] = file.slice(dir.length + 1).split('/');
      children.set(name!, rest.length > 0 ? 'directory' : 'file');
    }
    return [...children].map(([name, type]) => ({ name, type })).sort((a, b) => a.name.localeCompare(b.name));
  }

  async withLock<T>(_dir: string, body: () => Promise<T>): Promise<T> {
    return body();
  }

  async glob(pattern: string, cwd: string): Promise<string[]> {
    const expression = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\//g, '(?:.*/)?').replace(/\*/g, '[^/]*')}$`);
    return [...this.files.keys()].filter((file) => file.startsWith(`${cwd}/`) && expression.test(file.slice(cwd.length + 1))).sort();
  }

  async checkWritable(file: string, options: { force?: boolean; createParents?: boolean } = {}): Promise<WriteRefusal | undefined> {
    const dir = path.dirname(file);
    if (!options.createParents && !this.isDir(dir)) return { reason: 'no-parent', dir };
    if (!options.force && this.files.has(file)) return { reason: 'exists', file };
    return undefined;
  }

  async writeAtomic(file: string, content: string | Iterable<string>, options: { exclusive?: boolean } = {}): Promise<void> {
    this.fail('write', file);
    if (options.exclusive && this.files.has(file)) throw new FileError('EEXIST', file, 'write');
    this.files.set(file, typeof content === 'string' ? content : [...content].join(''));
  }

  async writeAllAtomic(files: ReadonlyMap<string, string>, options: { force?: boolean } = {}): Promise<WriteRefusal[]> {
    const refusals: WriteRefusal[] = [];
    for (const file of files.keys()) {
      const refusal = await this.checkWritable(file, { ...options, createParents: true });
      if (refusal) refusals.push(refusal);
    }
    if (refusals.length > 0) return refusals;
    for (const file of files.keys()) this.fail('write', file);
    for (const [file, content] of files) this.files.set(file, content);
    return [];
  }

  async createExclusive(dir: string, name: (n: number) => string, content: string): Promise<string> {
    for (let n = 1; ; n += 1) {
      const file = path.join(dir, name(n));
      if (this.files.has(file)) continue;
      this.fail('write', file);
      this.files.set(file, content);
      return file;
    }
  }
}
