import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prebuiltDir } from '../paths.js';
import type { Quote } from '../quotes/extract.js';
import type { Article } from './article.js';

/** Bumped whenever the Article shape changes, so an old prebuilt file is never read. */
export const PREBUILT_VERSION = 2;

/** What the build stores for a bundled article: the parse, and the text it was parsed from. */
export interface Prebuilt {
  readonly version: number;
  readonly source: string;
  readonly article: Article;
}

/** Where a bundled article's prebuilt parse lives. */
export function prebuiltPath(slug: string): string {
  return join(prebuiltDir, `${slug}.json`);
}

/** Where a bundled article's build-time quote analysis lives. */
export function prebuiltQuotesPath(slug: string): string {
  return join(prebuiltDir, `${slug}.quotes.json`);
}

/** The build-time quote analysis of a bundled article (for Article.prebuilt articles only), or null. */
export function readPrebuiltQuotes(slug: string): Quote[] | null {
  try {
    return JSON.parse(readFileSync(prebuiltQuotesPath(slug), 'utf8')) as Quote[];
  } catch {
    return null;
  }
}

/**
 * The build-time parse of a bundled article, if there is one for exactly this text; null when
 * it is missing, from another version, or from other text (an edited or new article).
 */
export function readPrebuilt(slug: string, text: string): Article | null {
  try {
    const stored = JSON.parse(readFileSync(prebuiltPath(slug), 'utf8')) as Prebuilt;
    return stored.version === PREBUILT_VERSION && stored.source === text ? stored.article : null;
  } catch {
    return null;
  }
}
