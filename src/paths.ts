import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * This file's folder, one level below the package root both as source (src/paths.ts) and bundled
 * (dist/*), so the same relative paths serve both. The CLI is CommonJS and has __dirname; the
 * library and the tests are ES modules and work it out from import.meta.url.
 */
const here = typeof __dirname === 'string' ? __dirname : fileURLToPath(new URL('.', import.meta.url));

/** Folder of the bundled articles. */
export const articlesDir = join(here, '..', 'articles');

/** Folder of the bundled articles' build-time parses (written by scripts/build.mjs). */
export const prebuiltDir = join(here, '..', 'dist', 'articles');

/** The switch table for command lines parsed without commander (scripts/make-switch-table.ts). */
export const switchTablePath = join(here, '..', 'dist', 'switches.json');
