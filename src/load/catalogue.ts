import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One bundled article: its slug and where its Markdown lives. */
export interface CatalogueEntry {
  readonly slug: string;
  readonly path: string;
}

/**
 * The bundled articles, sorted by slug; the first is the default for `read`.
 * This is the allow-list a slug is checked against: a slug never becomes a path join.
 */
export function readCatalogue(dir: string): CatalogueEntry[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ slug: name.slice(0, -'.md'.length), path: join(dir, name) }));
}
