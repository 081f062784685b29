// Bundles src/ into dist/ with esbuild: the CLI (dist/main.js) and the library (dist/index.js),
// minified ES modules for start-up, with code only some
// commands need (styled rendering, quotes, YAML) split into chunks loaded on first use; then
// parses the bundled articles into dist/articles/ (scripts/prebuild-articles.ts) and writes the
// man page dist/kara-news.1 from the --help source (scripts/make-man.ts).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
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

try {
  rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
  await build({ ...common, entryPoints: { main: 'src/main.ts', index: 'src/index.ts' }, outdir: 'dist', splitting: true, minify: true, legalComments: 'linked' });
  // Type declarations for the library (dist/types), from the same sources.
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json'], { stdio: 'inherit' });
  // Run from dist/ like the CLI, so src/paths.ts finds articles/ and dist/articles/ the same way.
  for (const step of ['prebuild-articles', 'make-man']) {
    const script = `dist/.${step}.mjs`;
    await build({ ...common, entryPoints: [`scripts/${step}.ts`], outfile: script });
    execFileSync(process.execPath, [script], { stdio: 'inherit' });
    rmSync(script);
  }
} catch {
  // esbuild and the prebuild have already printed their errors.
  process.exit(1);
}
