/** Characters a slug drops; only headings with non-ASCII text need the Unicode classes, costly to build. */
const DROPPED_ASCII = /[^a-z0-9\s_-]/g;
let droppedUnicode: RegExp | undefined;

/** GitHub-style heading slug: lower case, punctuation dropped, spaces to hyphens. */
export function slugify(heading: string): string {
  const lower = heading.toLowerCase().trim();
  const dropped = /^[\x00-\x7f]*$/.test(lower) ? DROPPED_ASCII : (droppedUnicode ??= /[^\p{L}\p{N}\p{M}\s_-]/gu);
  return lower.replace(dropped, '').replace(/\s/g, '-');
}

/** Gives repeated slugs a -1, -2… suffix, as GitHub does for repeated headings. */
export function uniqueSlugs(slugs: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return slugs.map((slug) => {
    const n = seen.get(slug);
    seen.set(slug, (n ?? 0) + 1);
    return n === undefined ? slug : `${slug}-${n}`;
  });
}
