/** Characters a slug drops; only headings with non-ASCII text need the Unicode classes, costly to build. */
const DROPPED_ASCII = /[^a-z0-9\s_-]/g;
let droppedUnicode: RegExp | undefined;

/** GitHub-style heading slug: lower case, punctuation dropped, spaces to hyphens. */
export function slugify(heading: string): string {
  const lower = heading.toLowerCase().trim();
  const dropped = /^[\x00-\x7f]*$/.test(lower) ? DROPPED_ASCII : (droppedUnicode ??= /[^\p{L}\p{N}\p{M}\s_-]/gu);
  return lower.replace(dropped, '').replace(/\s/g, '-');
}

/**
 * Gives repeated slugs a -1, -2… suffix, skipping any slug already taken, as GitHub (and
 * github-slugger) do: headings A, A, A-1 get a, a-1, a-1-1, so every section has its own.
 */
export function uniqueSlugs(slugs: readonly string[]): string[] {
  const repeats = new Map<string, number>(); // Taken slug → how many repeats of it were numbered so far.
  return slugs.map((original) => {
    let slug = original;
    while (repeats.has(slug)) {
      const n = repeats.get(original)! + 1;
      repeats.set(original, n);
      slug = `${original}-${n}`;
    }
    repeats.set(slug, 0);
    return slug;
  });
}
