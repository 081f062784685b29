// The build-time work on the bundled articles (scripts/prebuild-articles.ts): each one's parse and
// its quotes, read back at run time only while the article's text is exactly what was parsed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '../load/read.js';
import type { Article } from '../parse/article.js';
import { prebuiltDir } from '../paths.js';
import type { Quote } from '../quotes/types.js';

/** Bumped whenever the Article shape changes, so an old prebuilt file is never read. */
export const PREBUILT_VERSION = 3;

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

/**
 * A source's Article from the build, with the source's own warnings, when it is a bundled article
 * whose text is unchanged since the build; null when it must be parsed.
 */
export function prebuiltArticle(source: Source): Article | null {
  if (source.ref.kind !== 'bundled' || source.kind !== 'markdown') return null;
  const prebuilt = readPrebuilt(source.ref.slug, source.text);
  return prebuilt && { ...prebuilt, prebuilt: true, warnings: [...source.warnings, ...prebuilt.warnings] };
}
