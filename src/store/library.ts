// The library: one Markdown file per saved story (library/<slug>.md), front matter first, as
// `read --markdown` prints it. A file is found again by its slug, or by the address in its
// front matter's `source:`, so saving a story again updates its file.
import { closeSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../parse/slug.js';
import { writeAtomic } from './files.js';
import type { StorePaths } from './home.js';

/** One saved story: its slug and file. */
export interface LibraryEntry {
  readonly slug: string;
  readonly path: string;
}

/** The longest slug a saved story gets (file names stay well within every file system's limit). */
const MAX_SLUG = 80;

/** The saved stories, by slug; none when the library folder does not exist yet. */
export function libraryEntries(paths: StorePaths): LibraryEntry[] {
  let names: string[];
  try {
    names = readdirSync(paths.library);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.endsWith('.md') && !n.startsWith('.'))
    .sort()
    .map((n) => ({ slug: n.slice(0, -3), path: join(paths.library, n) }));
}

/** A saved story's slug: its date, then its title's words (`2026-12-01-tariffs-rise-again`). */
export function storySlug(title: string | null, date: string | null): string {
  const words = slugify(title ?? '').replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  const day = date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : null;
  const slug = [day, words].filter(Boolean).join('-').slice(0, MAX_SLUG).replace(/-$/, '');
  return slug || 'story';
}

/** The first few kilobytes of a file: enough for its front matter. */
function head(path: string): string {
  const buffer = Buffer.alloc(4096);
  const fd = openSync(path, 'r');
  try {
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

/** The address a saved story's front matter gives as its `source:`, or null. */
function sourceOf(path: string): string | null {
  try {
    const m = /^---\r?\n[\s\S]*?^source:\s*"((?:[^"\\]|\\.)*)"/m.exec(head(path));
    return m ? (JSON.parse(`"${m[1]}"`) as string) : null;
  } catch {
    return null;
  }
}

/** The saved story read from this address, or null. */
export function savedFrom(paths: StorePaths, source: string): LibraryEntry | null {
  return libraryEntries(paths).find((e) => sourceOf(e.path) === source) ?? null;
}

/**
 * Saves a story's Markdown: over the file saved from the same address, else under a new slug
 * (`-2`, `-3`… when another story, or a bundled article in `reserved`, has its name). Returns the slug.
 */
export function saveStory(paths: StorePaths, markdown: string, source: string | null, title: string | null, date: string | null, reserved: ReadonlySet<string>): string {
  const existing = source === null ? null : savedFrom(paths, source);
  let slug = existing?.slug;
  if (slug === undefined) {
    const base = storySlug(title, date);
    const taken = new Set([...reserved, ...libraryEntries(paths).map((e) => e.slug)]);
    slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  }
  writeAtomic(join(paths.library, `${slug}.md`), markdown);
  return slug;
}
