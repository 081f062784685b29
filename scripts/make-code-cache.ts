// Writes V8's code cache beside each of the CLI's files (dist/main.cjs and its chunks), taken
// after warm-up runs so it holds the functions those commands compile, not only each file's top
// level. A chunk keeps only its own code, so a plain read never loads what styling compiled.
// Run by scripts/build.mjs after the CLI is built; src/boot/code-cache.ts reads the caches.
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { cachePath, loadedFiles, loadFile } from '../src/boot/code-cache.js';
import type { main as Main, processIo as ProcessIo } from '../src/main.js';

const file = (name: string): string => fileURLToPath(new URL(name, import.meta.url));
const cli = loadFile(file('main.cjs')).exports;
const main = cli['main'] as typeof Main;
const processIo = cli['processIo'] as typeof ProcessIo;
const article = file('../articles/azerbaijan-denies-ethnic-cleansing.md');

/**
 * The commands whose code is worth having compiled at start, in groups: each mode, bundled and
 * from a file. A file's cache is taken after the first group that loads it, so it holds what
 * that group compiled and no more. The first group sets main.cjs's cache, which every start
 * reads: the bundled article read plain and a file read styled, the two commonest starts.
 */
const FIRST_GROUP = [['read'], ['read', article, '--color']];
const LATER = [
  ['read', '--color'],
  ['read', '--sections'],
  ['read', '--quotes'],
  ['read', '--json'],
  ['read', article, '--quotes'],
  ['read', article, '--sections', '--color'],
  ['read', '--quotes', '--color'],
  ['read', '--find', 'Hajiyev', '--color'],
  ['read', '-'],
  ['list', '--color'],
  ['completion', 'bash'],
];
const WARM_UP = [FIRST_GROUP, ...LATER.map((argv) => [argv])];

/** Standard input for `read -`: front matter only the YAML parser reads, and named entities. */
const STDIN = '---\ntitle: Warm-up\ntags: [a, b]\n---\n\n# Warm &amp; ready &copy;\n\nText.\n';

/** A scratch file the warm-up writes to, as the CLI writes to a pipe or file: through processIo. */
const scratch = mkdtempSync(join(tmpdir(), 'kara-news-warm-up-'));
const out = openSync(join(scratch, 'stdout'), 'w');

/** Runs one warm-up command, which must succeed. */
async function run(argv: string[]): Promise<void> {
  const stdout = Object.assign(new PassThrough(), { isTTY: false });
  const proc = { stdin: Readable.from([STDIN]), stdout, stderr: new PassThrough(), env: {}, on: () => proc, off: () => proc };
  const code = await main(argv, processIo(proc as unknown as Parameters<typeof ProcessIo>[0], out));
  if (code !== 0) throw new Error(`warm-up 'kara-news ${argv.join(' ')}' exited ${code}`);
}

const written = new Set<string>();
for (const group of WARM_UP) {
  for (const argv of group) await run(argv);
  for (const { file, script } of loadedFiles().filter((f) => !written.has(f.file))) {
    if (script) writeFileSync(cachePath(file), script.createCachedData());
    written.add(file);
  }
}
closeSync(out);
rmSync(scratch, { recursive: true, force: true });
