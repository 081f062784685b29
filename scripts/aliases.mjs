// Modules replaced when bundling (and in tests, so tests run what ships): see src/shims/ for
// why each stand-in is safe. One list for esbuild (scripts/build.mjs) and vitest.
import { fileURLToPath } from 'node:url';

const shim = (/** @type {string} */ name) => fileURLToPath(new URL(`../src/shims/${name}.ts`, import.meta.url));

/** Package name → stand-in module path. */
export const aliases = {
  'cli-highlight': shim('cli-highlight'),
  'node-emoji': shim('node-emoji'),
  'supports-hyperlinks': shim('supports-hyperlinks'),
  'ansi-escapes': shim('ansi-escapes'),
  // chalk's subpath import of its vendored supports-color.
  '#supports-color': shim('supports-color'),
};

/** Node built-ins replaced inside bundled dependencies (esbuild's alias does not cover built-ins). */
export const builtinShims = { 'child_process': shim('child-process') };
