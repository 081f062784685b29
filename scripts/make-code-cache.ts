// Writes V8's code cache beside each of the CLI's files (dist/main.cjs and its chunks), taken
// after warm-up runs so it holds the functions those commands compile, not only each file's top
// level. A chunk keeps only its own code, so a plain read never loads what styling compiled.
// Run by scripts/build.mjs after the CLI is built; src/boot/code-cache.ts reads the caches.
import { writeFileSync } from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { cachePath, loadedFiles, loadFile } from '../src/boot/code-cache.js';
import type { main as Main } from '../src/main.js';

const file = (name: string): string => fileURLToPath(new URL(name, import.meta.url));
const main = loadFile(file('main.cjs')).exports['main'] as typeof Main;
const article = file('../articles/azerbaijan-denies-ethnic-cleansing.md');

/**
 * The commands whose code is worth having compiled at start, in groups: each mode, bundled and
 * from a file. A file's cache is taken after the first group that loads it, so it holds what
 * that group compiled and no more. The first group sets main.cjs's cache, which every start
 * reads: the plain read of the bundled article and of a file, the two commonest starts.
 */
const WARM_UP = [
  [['read'], ['read', article, '--color']],
  ['read', '--color'],
  ['read', '--sections'],
  ['read', '--quotes'],
  ['read', '--json'],
  ['read', article, '--color'],
  ['read', article, '--quotes'],
  ['read', article, '--sections', '--color'],
  ['read', '--quotes', '--color'],
  ['read', '--find', 'Hajiyev', '--color'],
  ['read', '-'],
  ['list', '--color'],
  ['completion', 'bash'],
];

/** Standard input for `read -`: front matter only the YAML parser reads, and named entities. */
const STDIN = '---\ntitle: Warm-up\ntags: [a, b]\n---\n\n# Warm &amp; ready &copy;\n\nText.\n';

/** Runs one warm-up command, which must succeed. */
async function run(argv: string[]): Promise<void> {
  const io = { stdin: Readable.from([STDIN]), stdout: new PassThrough(), stderr: new PassThrough(), env: {} };
  io.stdout.resume();
  const code = await main(argv, io);
  if (code !== 0) throw new Error(`warm-up 'kara-news ${argv.join(' ')}' exited ${code}`);
}

const written = new Set<string>();
for (const group of WARM_UP) {
  for (const argv of Array.isArray(group[0]) ? (group as string[][]) : [group as string[]]) await run(argv);
  for (const { file, script } of loadedFiles().filter((f) => !written.has(f.file))) {
    writeFileSync(cachePath(file), script.createCachedData());
    written.add(file);
  }
}
