// Runs a CommonJS bundle the way Node's require() would, but compiled through V8's code cache:
// Node 20 has no compile cache of its own (module.enableCompileCache is Node 22), and parsing
// and compiling the CLI bundle was the largest single cost of every start.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { Script } from 'node:vm';

/** What became of the code cache: used, refused by V8 (another Node version or flags), or not there. */
export type CodeCacheState = 'accepted' | 'rejected' | 'absent';

/** A bundle compiled and run: its exports, how its code cache fared, and the compiled script. */
export interface LoadedBundle {
  readonly exports: Record<string, unknown>;
  readonly codeCache: CodeCacheState;
  /** The compiled script, whose createCachedData() writes a fresh cache (scripts/make-code-cache.ts). */
  readonly script: Script;
}

/**
 * Compiles and runs a CommonJS file with the code cache in `cacheFile` when V8 accepts it.
 * V8 checks the cache against its own version, its flags and the source's length, and falls back
 * to compiling from source when any differ, so a cache from another Node only costs its read.
 */
export function loadBundle(file: string, cacheFile: string): LoadedBundle {
  const source = readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Record<string, unknown> };
  const run = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  const codeCache: CodeCacheState = cachedData === undefined ? 'absent' : script.cachedDataRejected ? 'rejected' : 'accepted';
  return { exports: module.exports, codeCache, script };
}
