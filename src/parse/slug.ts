/** GitHub-style heading slug: lower case, punctuation dropped, spaces to hyphens. */
export function slugify(heading: string): string {
  return heading
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
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
