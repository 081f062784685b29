// Bundles src/ into dist/ with esbuild: one minified ES module for start-up, with lazily
// imported code (YAML front matter) split into chunks loaded only when needed.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
try {
  await build({
  entryPoints: { main: 'src/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
  define: { __KARA_VERSION__: JSON.stringify(pkg.version) },
  // Bundled CommonJS dependencies (commander) call require() for Node built-ins.
  banner: { js: "import { createRequire as __kara_cr } from 'node:module'; const require = __kara_cr(import.meta.url);" },
  });
} catch {
  // esbuild has already printed the errors, with file and line.
  process.exit(1);
}
