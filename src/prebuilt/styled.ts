// The build-time styled renders of the bundled articles at the common terminal widths.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ColourLevel, ThemeName } from '../format/output-format.js';
import { prebuiltDir } from '../paths.js';

/** Widths whose styled output the build renders ahead: the measure of any terminal 80 or wider. */
export const CACHED_WIDTHS: readonly number[] = [80];

/** The key of one cached render. */
export function styledCacheKey(width: number, level: ColourLevel, theme: ThemeName): string {
  return `${width}:${level}:${theme}`;
}

/** Where a bundled article's build-time styled renders live. */
export function styledCachePath(slug: string): string {
  return join(prebuiltDir, `${slug}.styled.json`);
}

/**
 * The build-time styled render of a whole bundled article, or null. Only for an article whose
 * parse is the build's own (Article.prebuilt), so the text is the one that was rendered.
 */
export function readStyledCache(slug: string, key: string): string | null {
  try {
    const renders = JSON.parse(readFileSync(styledCachePath(slug), 'utf8')) as Record<string, string>;
    return renders[key] ?? null;
  } catch {
    return null;
  }
}
