// Runs the CLI's CommonJS files the way Node's require() would, but each compiled through V8's
// code cache: Node 20 has no compile cache of its own (module.enableCompileCache is Node 22),
// and parsing and compiling the bundle was the largest single cost of every start.
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/**
 * What became of a file's code cache: used, refused by V8 (another Node version or flags), not
 * there, or older than the file (edited since the build), so not offered to V8 at all.
 */
export type CodeCacheState = 'accepted' | 'rejected' | 'absent' | 'stale';

/** A CommonJS file compiled and run: its exports, how its code cache fared, and the compiled script. */
export interface LoadedFile {
  readonly file: string;
  readonly exports: Record<string, unknown>;
  readonly codeCache: CodeCacheState;
  /**
   * The compiled script, whose createCachedData() makes a fresh cache (scripts/make-code-cache.ts);
   * null for a chunk packed into another file, which that file's cache covers.
   */
  readonly script: Script | null;
}

/** A CommonJS module body, as a packed chunk defines it. */
type Factory = (this: unknown, exports: unknown, require: unknown, module: unknown, filename: string, dirname: string) => void;

/**
 * How much newer than its cache a file must be to count as edited since the build. Not zero:
 * npm unpacks a package in tarball order, so a file can land a few milliseconds after its cache.
 */
const EDITED_AFTER_MS = 1000;

/** Where a file's code cache is kept: beside it. */
export const cachePath = (file: string): string => `${file}.cache`;

/** The files loaded so far, by path: each runs once, as with require(). */
const loaded = new Map<string, LoadedFile>();

/** Chunks packed into a file that has run (scripts/build.mjs, packChunks), by path, not yet required. */
const packed = new Map<string, { readonly body: Factory; readonly codeCache: CodeCacheState }>();

/** Node's require for built-ins, one per folder (the CLI's files all share dist/). */
const nodeRequires = new Map<string, NodeJS.Require>();

/** Every file loaded so far, entry first. */
export function loadedFiles(): LoadedFile[] {
  return [...loaded.values()];
}

/**
 * Compiles and runs a CommonJS file with its code cache when V8 accepts it; the files it
 * requires by relative path (the bundle's chunks) are loaded the same way, or run from the
 * definition a packed file gave, and anything else (Node's built-ins) comes from Node. V8 checks a cache against its own version, its flags and the
 * source's length, and compiles from source when any differ, so a cache from another Node
 * costs only its read. V8 does not compare the text itself, and would run a cache made for
 * other text of the same length; a file modified well after its cache (an edit of dist/ by
 * hand) therefore never has its cache offered.
 */
export function loadFile(file: string): LoadedFile {
  const known = loaded.get(file);
  if (known) return known;
  const chunk = packed.get(file);
  if (chunk) return run(file, chunk.body, chunk.codeCache, null);
  const source = readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  let stale = false;
  try {
    cachedData = readFileSync(cachePath(file));
    stale = statSync(file).mtimeMs - statSync(cachePath(file)).mtimeMs > EDITED_AFTER_MS;
  } catch {
    cachedData = undefined;
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, { filename: file, ...(cachedData && !stale ? { cachedData } : {}) });
  const codeCache: CodeCacheState = cachedData === undefined ? 'absent' : stale ? 'stale' : script.cachedDataRejected ? 'rejected' : 'accepted';
  return run(file, script.runInThisContext() as Factory, codeCache, script);
}

/** Runs a module body as `file`, with a require() that knows the CLI's other files and packed chunks. */
function run(file: string, body: Factory, codeCache: CodeCacheState, script: Script | null): LoadedFile {
  const module = { exports: {} as Record<string, unknown> };
  // Registered before it runs, so chunks that require each other get the same exports object.
  const entry: LoadedFile = { file, get exports() { return module.exports; }, codeCache, script };
  loaded.set(file, entry);
  packed.delete(file);
  const dir = dirname(file);
  let nodeRequire = nodeRequires.get(dir);
  if (!nodeRequire) nodeRequires.set(dir, (nodeRequire = createRequire(file)));
  const require = (id: string): unknown => (id.startsWith('./') ? loadFile(join(dir, id)).exports : nodeRequire!(id));
  // A packed chunk shares the code cache of the file it is packed in.
  require.define = (id: string, body: Factory): void => void packed.set(join(dir, id), { body, codeCache });
  body.call(module.exports, module.exports, require, module, file, dir);
  return entry;
}
