import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * This file's folder, one level below the package root both as source (src/paths.ts) and bundled
 * (dist/*), so the same relative paths serve both. The library and the tests are ES modules and
 * work it out from import.meta.url; the CLI is CommonJS (its build defines import.meta.url as
 * undefined) and has __dirname. import.meta comes first: `node -e` and the REPL define a global
 * __dirname of '.', which an ES module would otherwise take for its own folder.
 */
const here = import.meta.url ? fileURLToPath(new URL('.', import.meta.url)) : __dirname;

/** Folder of the bundled articles. */
export const articlesDir = join(here, '..', 'articles');

/** Folder of the bundled articles' build-time parses (written by scripts/build.mjs). */
export const prebuiltDir = join(here, '..', 'dist', 'articles');

/** The switch table for command lines parsed without commander (scripts/make-switch-table.ts). */
export const switchTablePath = join(here, '..', 'dist', 'switches.json');

/** Folder of wink-nlp's English model data, copied from the package at build time (src/quotes/model.ts reads it). */
export const winkModelDir = join(here, '..', 'dist', 'wink');
