import { fileURLToPath } from 'node:url';

/**
 * Folder of the bundled articles. This file sits one level below the package root both as
 * source (src/paths.ts) and bundled (dist/*.js), so the same relative URLs serve both.
 */
export const articlesDir = fileURLToPath(new URL('../articles/', import.meta.url));

/** Folder of the bundled articles' build-time parses (written by scripts/build.mjs). */
export const prebuiltDir = fileURLToPath(new URL('../dist/articles/', import.meta.url));
