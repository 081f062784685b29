// Bundles src/ into dist/ with esbuild, then writes what the build can know in advance:
// - dist/main.cjs and its chunks: the CLI as minified CommonJS (Node's ES module loader alone
//   costs about a fifth of node's own start-up); code only some commands need (styled rendering,
//   quotes, YAML, the lexer, commander) is in chunks required on first use, and the chunks every
//   start needs are packed into main.cjs;
// - dist/cli.cjs: the entry the bin requires, which runs those files through V8 code caches
//   (dist/*.cjs.cache) written after warm-up runs (scripts/make-code-cache.ts);
// - dist/index.js: the library, ES modules with shared chunks, and its types in dist/types;
// - dist/articles/: the bundled articles parsed (scripts/prebuild-articles.ts);
// - dist/kara-news.1: the man page, from the --help source (scripts/make-man.ts);
// - dist/switches.json: `read`'s switches as commander parses them (scripts/make-switch-table.ts).
import { build, transform } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { aliases, builtinShims } from './aliases.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** Built-ins required by bundled dependencies, replaced by lazy stand-ins (see src/shims/). */
/** @type {import('esbuild').Plugin} */
const builtinShimPlugin = {
  name: 'builtin-shims',
  setup(b) {
    b.onResolve({ filter: /^(?:node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules') ? { path: builtinShims.child_process } : undefined,
    );
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
  alias: aliases,
  plugins: [builtinShimPlugin],
  define: { __KARA_VERSION__: JSON.stringify(pkg.version) },
  // Bundled CommonJS dependencies (commander) call require() for Node built-ins.
  banner: { js: "import { createRequire as __kara_cr } from 'node:module'; const require = __kara_cr(import.meta.url);" },
};

const minify = !process.env.KARA_NO_MINIFY;

/**
 * The CLI as CommonJS files: esbuild splits src/main.ts into an entry and chunks as ES modules
 * (code only some commands need is in chunks of its own), then each file is turned into
 * CommonJS, whose import() calls become require(), so a start never loads the ES module loader.
 * The shared chunks every start needs are packed into main.cjs (see packChunks).
 */
async function buildCli() {
  const { outputFiles, metafile } = await build({
    ...common,
    banner: {},
    // src/paths.ts takes __dirname in CommonJS; import.meta.url stays only in its ES module branch.
    define: { ...common.define, 'import.meta.url': 'undefined' },
    entryPoints: { main: 'src/main.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
    splitting: true,
    minify,
    legalComments: 'linked',
    metafile: true,
    write: false,
  });
  /** @type {Map<string, string>} output path (dist/x.cjs) → CommonJS code */
  const cjs = new Map();
  mkdirSync('dist', { recursive: true });
  for (const file of outputFiles) {
    if (!file.path.endsWith('.cjs')) {
      writeFileSync(file.path, file.contents);
      continue;
    }
    const { code } = await transform(file.text, {
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      supported: { 'dynamic-import': false },
      minify,
    });
    cjs.set(relative(process.cwd(), file.path), code);
  }
  for (const [path, code] of packChunks(cjs, metafile)) writeFileSync(path, code);
}

/**
 * Packs into dist/main.cjs the chunks it imports statically, and theirs: every start needs them,
 * and one file (with one code cache) reads and compiles faster than seven. Each packed chunk
 * becomes `require.define('./chunk-….cjs', factory)` ahead of main's own code; src/boot/code-cache.ts
 * runs a factory when the chunk is first required, from main or from a chunk loaded later.
 * @param {Map<string, string>} cjs
 * @param {import('esbuild').Metafile} metafile
 * @returns {Map<string, string>} the files to write
 */
function packChunks(cjs, metafile) {
  const entry = 'dist/main.cjs';
  /** @type {string[]} */
  const packed = [];
  /** @param {string} path */
  const visit = (path) => {
    for (const { path: imported, kind } of metafile.outputs[path]?.imports ?? []) {
      if (kind !== 'import-statement' || !cjs.has(imported) || packed.includes(imported)) continue;
      visit(imported);
      packed.push(imported);
    }
  };
  visit(entry);
  const definitions = packed.map((path) => `require.define(${JSON.stringify(`./${basename(path)}`)}, function (exports, require, module, __filename, __dirname) {\n${cjs.get(path)}\n});\n`);
  const files = new Map([...cjs].filter(([path]) => !packed.includes(path)));
  files.set(entry, definitions.join('') + cjs.get(entry));
  return files;
}

try {
  rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
  await buildCli();
  await build({ ...common, banner: {}, format: 'cjs', entryPoints: { cli: 'src/boot/cli.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' } });
  await build({ ...common, entryPoints: { index: 'src/index.ts' }, outdir: 'dist', splitting: true, minify: true, legalComments: 'linked' });
  // Type declarations for the library (dist/types), from the same sources.
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json'], { stdio: 'inherit' });
  // Run from dist/ like the CLI, so src/paths.ts finds articles/ and dist/articles/ the same way.
  for (const step of ['prebuild-articles', 'make-man', 'make-switch-table', 'make-code-cache']) {
    const script = `dist/.${step}.mjs`;
    await build({ ...common, entryPoints: [`scripts/${step}.ts`], outfile: script });
    execFileSync(process.execPath, [script], { stdio: 'inherit' });
    rmSync(script);
  }
} catch {
  // esbuild and the prebuild have already printed their errors.
  process.exit(1);
}
