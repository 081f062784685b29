// Bundles src/ into dist/ with esbuild, then writes what the build can know in advance:
// - dist/main.cjs and its chunks: the CLI as minified CommonJS, which the bin requires (Node's ES
//   module loader alone costs about a fifth of node's own start-up); code only some commands need
//   (styled rendering, quotes, YAML, the lexer, commander) is in chunks required on first use,
//   and the chunks every command needs are built into main.cjs (inlineStartupChunks);
// - dist/index.js: the library, ES modules with shared chunks, and its types in dist/types (with
//   marked's own types beside them, since an Article holds marked's tokens: see vendorTypes);
// - dist/articles/: the bundled articles parsed (scripts/prebuild-articles.ts);
// - dist/kara-news.1: the man page, from the --help source (scripts/make-man.ts);
// - dist/switches.json: the switches of `read`, `news` and `list` as commander parses them (scripts/make-switch-table.ts);
// - dist/wink/: wink-nlp's English model data, read by the quote analysis (src/quotes/model.ts).
import { build, transform } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
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
 */
async function buildCli() {
  const { outputFiles } = await build({
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
    write: false,
  });
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
    writeFileSync(file.path, code);
  }
}

/**
 * The chunks dist/main.cjs requires as it loads (every command needs them) go into main.cjs
 * itself: Node spends about a quarter of a millisecond finding, reading and wrapping each file,
 * and a plain `read` loaded 22 of them. Which chunks those are is asked of Node, by loading
 * main.cjs with Module._load watched. Each becomes a function in a table that main.cjs's own
 * `require` consults first (CommonJS semantics: run once, on first require, cycles see the
 * exports so far); its file is left as a one-line stub handing out the same exports, for the
 * chunks loaded later that require it.
 */
function inlineStartupChunks() {
  const watch = `const M = require('node:module'); const load = M._load; const seen = new Set();
M._load = function (request, parent) { if (/^\\.\\/[\\w-]+\\.cjs$/.test(request) && parent?.filename.startsWith(${JSON.stringify(join(process.cwd(), 'dist'))})) seen.add(request); return load.apply(this, arguments); };
require(${JSON.stringify(join(process.cwd(), 'dist', 'main.cjs'))});
process.stdout.write(JSON.stringify([...seen]));`;
  /** @type {string[]} */
  const chunks = JSON.parse(execFileSync(process.execPath, ['-e', watch], { encoding: 'utf8' }));
  const table = chunks.map((id) => `${JSON.stringify(id)}:function(module,exports,require){${readFileSync(join('dist', id), 'utf8')}\n}`).join(',\n');
  const loader =
    'var __karaChunks={__proto__:null,' + table + '},__karaLoaded={__proto__:null};' +
    'function __karaRequire(id){var m=__karaLoaded[id];if(m)return m.exports;var f=__karaChunks[id];if(f===undefined)return require(id);' +
    'm=__karaLoaded[id]={exports:{}};f.call(m.exports,m,m.exports,__karaRequire);return m.exports}';
  const main = readFileSync('dist/main.cjs', 'utf8');
  writeFileSync('dist/main.cjs', `${loader}\n(function(require){${main}\n})(__karaRequire);\nObject.defineProperty(module.exports,"__karaChunk",{value:__karaRequire});\n`);
  // The chunks loaded later take the inlined ones from main.cjs's table without a file each; the
  // stubs are for anything else that requires them.
  const inlined = new Set(chunks);
  for (const file of readdirSync('dist')) {
    if (!file.endsWith('.cjs') || file === 'main.cjs' || inlined.has(`./${file}`)) continue;
    const text = readFileSync(join('dist', file), 'utf8');
    const taken = text.replace(/require\("(\.\/[\w-]+\.cjs)"\)/g, (call, /** @type {string} */ id) => (inlined.has(id) ? `require("./main.cjs").__karaChunk(${JSON.stringify(id)})` : call));
    if (taken !== text) writeFileSync(join('dist', file), taken);
  }
  for (const id of chunks) writeFileSync(join('dist', id), `module.exports=require("./main.cjs").__karaChunk(${JSON.stringify(id)});\n`);
}

/**
 * Everything the package runs is bundled, so it has no dependencies to install; but the library's
 * types name marked's tokens. marked ships its types as one self-contained file: it is copied into
 * dist/types/vendor/ with its licence, and the declarations import it from there.
 */
function vendorTypes() {
  const marked = JSON.parse(readFileSync('node_modules/marked/package.json', 'utf8'));
  const licence = readFileSync('node_modules/marked/LICENSE', 'utf8').trim().replace(/^/gm, '// ');
  mkdirSync('dist/types/vendor', { recursive: true });
  const header = `// The types of marked ${marked.version}, copied at build time (scripts/build.mjs): kara-news's\n// Article holds marked's tokens. marked's licence:\n${licence}\n`;
  writeFileSync('dist/types/vendor/marked.d.ts', header + readFileSync('node_modules/marked/lib/marked.d.ts', 'utf8'));
  for (const file of readdirSync('dist/types', { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.d.ts') || file.startsWith('vendor')) continue;
    const path = join('dist/types', file);
    const vendored = relative(dirname(path), 'dist/types/vendor/marked.js');
    const text = readFileSync(path, 'utf8');
    if (text.includes("from 'marked'")) writeFileSync(path, text.replaceAll("from 'marked'", `from '${vendored.startsWith('.') ? vendored : `./${vendored}`}'`));
  }
}

/**
 * wink-nlp's English model data, as JSON files the quote analysis reads (src/quotes/model.ts):
 * bundled, the same data would be a 3 MB JavaScript literal to compile at every run. The model's
 * MIT licence goes with it. Only the models kara-news runs are copied.
 */
function winkModel() {
  const from = 'node_modules/wink-eng-lite-web-model';
  mkdirSync('dist/wink', { recursive: true });
  for (const name of ['sbd', 'pos', 'cer-meta']) copyFileSync(`${from}/dist/languages/cur/models/eng-${name}-model.json`, `dist/wink/eng-${name}-model.json`);
  // The core model's two packed tables are base64 in its JSON: written out as the bytes they are,
  // they are read without a 2 MB string to parse and decode.
  const core = JSON.parse(readFileSync(`${from}/dist/languages/cur/models/eng-core-web-model.json`, 'utf8'));
  for (const table of ['lexicon', 'xpansions']) {
    writeFileSync(`dist/wink/eng-core-web-${table}.bin`, Buffer.from(core[table], 'base64'));
    delete core[table];
  }
  writeFileSync('dist/wink/eng-core-web-model.json', JSON.stringify(core));
  copyFileSync(`${from}/LICENSE`, 'dist/wink/LICENSE');
}

try {
  rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
  winkModel();
  await buildCli();
  inlineStartupChunks();
  await build({ ...common, entryPoints: { index: 'src/index.ts' }, outdir: 'dist', splitting: true, minify: true, legalComments: 'linked' });
  // Type declarations for the library (dist/types), from the same sources.
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json'], { stdio: 'inherit' });
  vendorTypes();
  // Run from dist/ like the CLI, so src/paths.ts finds articles/ and dist/articles/ the same way.
  for (const step of ['prebuild-articles', 'make-man', 'make-switch-table']) {
    const script = `dist/.${step}.mjs`;
    await build({ ...common, entryPoints: [`scripts/${step}.ts`], outfile: script });
    execFileSync(process.execPath, [script], { stdio: 'inherit' });
    rmSync(script);
  }
} catch {
  // esbuild and the prebuild have already printed their errors.
  process.exit(1);
}
