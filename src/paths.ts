import { fileURLToPath } from 'node:url';

/**
 * Folder of the bundled articles. This file sits one level below the package root both as
 * source (src/paths.ts) and bundled (dist/main.js), so the same relative URL serves both.
 */
export const articlesDir = fileURLToPath(new URL('../articles/', import.meta.url));
