// The CLI's entry (dist/cli.cjs): runs dist/main.cjs and its chunks, each compiled with the V8
// code cache the build wrote beside it (scripts/make-code-cache.ts). Plain CommonJS, so start-up
// never pays for Node's ES module loader.
import { join } from 'node:path';
import type { main as Main, processIo as ProcessIo } from '../main.js';
import { loadFile, type CodeCacheState } from './code-cache.js';

const bundle = loadFile(join(__dirname, 'main.cjs'));

/** The CLI: see src/main.ts. */
export const main = bundle.exports['main'] as typeof Main;

/** The real process as main()'s Io: see src/io.ts. */
export const processIo = bundle.exports['processIo'] as typeof ProcessIo;

/** Whether this start used the build's code cache (reported by `npm run bench`, checked by tests). */
export const codeCache: CodeCacheState = bundle.codeCache;
