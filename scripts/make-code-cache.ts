// Writes dist/main.cjs.cache: V8's code cache for the CLI bundle, taken after warm-up runs so it
// holds the functions those commands compile, not only the bundle's top level. Run by
// scripts/build.mjs after dist/main.cjs is built; dist/cli.cjs reads the cache at every start.
import { writeFileSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { loadBundle } from '../src/boot/code-cache.js';
import type { main as Main } from '../src/main.js';

const bundle = fileURLToPath(new URL('main.cjs', import.meta.url));
const { exports, script } = loadBundle(bundle, `${bundle}.no-cache`);
const main = exports['main'] as typeof Main;

/** The commands whose code is worth having compiled at start: the ones run most. */
const WARM_UP = [['read'], ['read', '--color'], ['read', '--sections'], ['read', '--quotes'], ['read', 'articles/azerbaijan-denies-ethnic-cleansing.md', '--color'], ['read', 'articles/azerbaijan-denies-ethnic-cleansing.md', '--quotes'], ['list']];

for (const argv of WARM_UP) {
  const io = { stdin: Readable.from([]), stdout: new PassThrough(), stderr: new PassThrough(), env: {} };
  io.stdout.resume();
  const code = await main(argv, io);
  if (code !== 0) throw new Error(`warm-up 'kara-news ${argv.join(' ')}' exited ${code}`);
}
writeFileSync(`${bundle}.cache`, script.createCachedData());
