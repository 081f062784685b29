// The stored stories: one JSON file (stories.json) with every story kara-news has seen in the
// user's feeds, without its text, and each feed's fetch state; the feeds' own text of the stories
// beside it, one file per feed (content/); and the last list printed (last-list.json), which
// `read 3` and `save 3` count in. Read whole, changed, written whole and atomically under the lock.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readText, setAside, writeAtomic } from './files.js';
import type { StorePaths } from './home.js';

/** What kara-news remembers about fetching one feed. */
export interface FeedState {
  /** The feed's own title, from its last good fetch. */
  title: string | null;
  /** The feed's site, from its last good fetch. */
  site: string | null;
  etag: string | null;
  lastModified: string | null;
  /** When the feed was last read or answered 304 (ISO 8601). */
  fetched: string | null;
  /** Why the last attempt failed, or null when it did not. */
  error: string | null;
}

/** One story from a feed, as stored. */
export interface StoredStory {
  /** Its first key: GUID or link (feeds/identity.ts). */
  id: string;
  /** Every key it is known by, to tell the same story in another feed. */
  keys: string[];
  /** The address of the feed that first carried it. */
  feed: string;
  title: string;
  link: string | null;
  /** ISO 8601 date-time, or null when the feed gives none. */
  date: string | null;
  author: string | null;
  /** When kara-news first saw it (ISO 8601): the order of stories with no date. */
  seen: string;
  /** True while its feed still carries it: such a story is never dropped. */
  carried: boolean;
  read: boolean;
  /** The library slug it was saved as, or null. */
  saved: string | null;
}

/** Everything in stories.json. */
export interface Stories {
  version: 1;
  /** Fetch state by feed address. */
  feeds: Record<string, FeedState>;
  stories: StoredStory[];
}

/** The last list printed: its stories' ids in the order they were numbered. */
export interface LastList {
  readonly at: string;
  readonly ids: readonly string[];
}

/** A store with nothing in it yet. */
export const emptyStories = (): Stories => ({ version: 1, feeds: {}, stories: [] });

/** True when a value has the fields of a stored story. */
function isStory(value: unknown): value is StoredStory {
  const s = value as StoredStory;
  return typeof s === 'object' && s !== null && typeof s.id === 'string' && typeof s.feed === 'string' && typeof s.title === 'string' && Array.isArray(s.keys);
}

/** stories.json read back, or why it cannot be. */
function parseStories(text: string): Stories | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return text.trim() === '' ? 'it is empty' : `it is not JSON: ${(err as Error).message}`;
  }
  const stories = value as Stories;
  if (typeof value !== 'object' || value === null || stories.version !== 1 || typeof stories.feeds !== 'object' || !Array.isArray(stories.stories)) return 'it is not a kara-news stories file (version 1)';
  if (!stories.stories.every(isStory)) return 'a story in it lacks its id, feed, title or keys';
  return stories;
}

/**
 * Reads stories.json; none yet is an empty store. A damaged one is set aside (`warnings` says
 * where) and an empty store returned: only call this holding the lock, or before any update.
 */
export function readStories(paths: StorePaths, warnings: string[]): Stories {
  const text = readText(paths.stories);
  if (text === null) return emptyStories();
  const parsed = parseStories(text);
  if (typeof parsed !== 'string') return parsed;
  warnings.push(setAside(paths.stories, parsed));
  return emptyStories();
}

/** True when stories.json is there and reads as one (nothing to set aside). */
export function storiesReadable(paths: StorePaths): boolean {
  const text = readText(paths.stories);
  return text === null || typeof parseStories(text) !== 'string';
}

/** Writes stories.json: one story per line, so a person (or diff) can read it. */
export function writeStories(paths: StorePaths, stories: Stories): void {
  const lines = stories.stories.map((s) => JSON.stringify(s));
  const text = `{"version":1,\n"feeds":${JSON.stringify(stories.feeds, null, 1)},\n"stories":[\n${lines.join(',\n')}\n]}\n`;
  writeAtomic(paths.stories, text);
}

/** The file holding one feed's text of its stories: named by a digest of its address. */
export function contentPath(paths: StorePaths, feed: string): string {
  return join(paths.content, `${createHash('sha256').update(feed).digest('hex').slice(0, 20)}.json`);
}

/** One feed's text of its stories, by story id; a damaged file is set aside and read as none. */
export function readContent(paths: StorePaths, feed: string, warnings: string[]): Record<string, string> {
  const path = contentPath(paths, feed);
  const text = readText(path);
  if (text === null) return {};
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, string>;
  } catch {
    // Set aside below.
  }
  warnings.push(setAside(path, 'it is not a JSON object of stories'));
  return {};
}

/** Writes one feed's text of its stories. */
export function writeContent(paths: StorePaths, feed: string, content: Record<string, string>): void {
  writeAtomic(contentPath(paths, feed), JSON.stringify(content) + '\n');
}

/** The last list printed, or null when there is none (or it cannot be read: it is remade by the next list). */
export function readLastList(paths: StorePaths): LastList | null {
  const text = readText(paths.lastList);
  if (text === null) return null;
  try {
    const list = JSON.parse(text) as LastList;
    return typeof list.at === 'string' && Array.isArray(list.ids) ? list : null;
  } catch {
    return null;
  }
}

/** Remembers the list just printed. */
export function writeLastList(paths: StorePaths, ids: readonly string[]): void {
  writeAtomic(paths.lastList, JSON.stringify({ at: new Date().toISOString(), ids }) + '\n');
}
