// The stored stories: one JSON file per feed (stories/<digest of its address>.json) with its fetch
// state and every story kara-news has seen in it, without its text, one story per line; the
// feeds' own text of the stories beside them (content/, also one file per feed); a copy of the
// subscriptions (following.json), so listing parses no OPML. A file per feed keeps each update and
// each damaged file to one feed, and lets `read 3` read only its story's feed. On disk a story
// keeps only what it has: `seen` when it has no date, `read`, `saved`, `dropped` (no longer
// carried by its feed) and `also` (other feeds carry it too) only when so. Every file is written
// whole and atomically, under the lock.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './digest.js';
import { readText, setAside, writeAtomic } from './files.js';
import type { StorePaths } from './home.js';
import type { Subscription } from './subscriptions.js';

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
  /** The other feeds seen carrying it (it is listed under the first, `feed`): one of them takes it over when `feed` is unfollowed. */
  also: readonly string[];
}

/** Every stored story, and each feed's fetch state. */
export interface Stories {
  /** Fetch state by feed address. */
  feeds: Record<string, FeedState>;
  stories: StoredStory[];
  /** The subscriptions as of feeds.opml's modification time: read with the stories, so a list needs no OPML parsing. */
  following: FollowingCopy | null;
}

/** A copy of the subscriptions, and the modification time of the feeds.opml it was read from. */
export interface FollowingCopy {
  readonly asOf: number;
  readonly subscriptions: readonly Subscription[];
}

/** A story as its feed's file holds it: only the fields it has. */
interface DiskStory {
  id: string;
  title: string;
  link?: string;
  date?: string;
  author?: string;
  seen?: string;
  dropped?: true;
  read?: true;
  saved?: string;
  also?: string[];
}

/** The version of the stories files this code reads and writes. */
const VERSION = 2;

/** One feed's file, as written. */
interface FeedFile {
  version: number;
  feed: string;
  state: FeedState;
  stories: DiskStory[];
}

/** The `also` of a story no other feed carries: one array for all of them. */
const NONE: readonly string[] = Object.freeze([]);

/** A store with nothing in it yet. */
export const emptyStories = (): Stories => ({ feeds: {}, stories: [], following: null });

/** A digest of a feed's address: the name of its files. */
const digest = (feed: string): string => sha256(feed, 20);

/** The name of the file of one feed's stories, in the stories folder. */
export const storiesFileName = (feed: string): string => `${digest(feed)}.json`;

/** True when `name` is a name storiesFileName gives (a name read from a file is checked before it is used). */
const isStoriesFileName = (name: string): boolean => /^[0-9a-f]{20}\.json$/.test(name);

/** The file of one feed's stories. */
export const storiesPath = (paths: StorePaths, feed: string): string => join(paths.stories, storiesFileName(feed));

/** A feed whose stories are wanted: its address, and its file's name when it is known already (no hashing then). */
export interface FeedRef {
  readonly feed: string;
  readonly file?: string | null;
}

/** A feed's state before its first fetch. */
export const freshState = (): FeedState => ({ title: null, site: null, etag: null, lastModified: null, fetched: null, error: null });

/** One feed's file read back into `into`, or why it cannot be. */
function parseFeedFile(text: string, into: Stories): string | null {
  let file: FeedFile;
  try {
    file = JSON.parse(text) as FeedFile;
  } catch (err) {
    return text.trim() === '' ? 'it is empty' : `it is not JSON: ${(err as Error).message}`;
  }
  if (typeof file !== 'object' || file === null || file.version !== VERSION || typeof file.feed !== 'string' || !Array.isArray(file.stories)) return `it is not a kara-news stories file (version ${VERSION})`;
  const { feed } = file;
  const stories: StoredStory[] = [];
  for (const d of file.stories) {
    if (typeof d?.id !== 'string' || typeof d.title !== 'string') return 'a story in it lacks its id or title';
    const also = d.also === undefined ? NONE : Array.isArray(d.also) ? d.also.filter((f) => typeof f === 'string') : NONE;
    stories.push({ id: d.id, feed, title: d.title, link: d.link ?? null, date: d.date ?? null, author: d.author ?? null, seen: d.seen ?? d.date ?? '', carried: d.dropped !== true, read: d.read === true, saved: d.saved ?? null, also });
  }
  into.feeds[feed] = { ...freshState(), ...file.state };
  for (const story of stories) into.stories.push(story);
  return null;
}

/** A story as its feed's file holds it. */
function diskStory(s: StoredStory): DiskStory {
  return {
    id: s.id,
    title: s.title,
    ...(s.link !== null && { link: s.link }),
    ...(s.date !== null ? { date: s.date } : { seen: s.seen }),
    ...(s.author !== null && { author: s.author }),
    ...(!s.carried && { dropped: true as const }),
    ...(s.read && { read: true as const }),
    ...(s.saved !== null && { saved: s.saved }),
    ...(s.also.length > 0 && { also: [...s.also] }),
  };
}

/** The files of the stories folder, or none before the first feed. */
function feedFiles(paths: StorePaths): string[] {
  try {
    return readdirSync(paths.stories).filter((f) => f.endsWith('.json')).map((f) => join(paths.stories, f));
  } catch {
    return [];
  }
}

/**
 * Reads the stored stories: every feed's, or (`only`) those of the feeds named. A damaged file is
 * set aside (`warnings` says where), its feed then read as empty: call this holding the lock.
 */
export function readStories(paths: StorePaths, warnings: string[], only?: readonly FeedRef[]): Stories {
  return readFeedFiles(paths, warnings, only, true)!;
}

/** Reads the stored stories as readStories does, but touches nothing: null when a file is damaged (read again under the lock). */
export function readStoriesIfWhole(paths: StorePaths, only?: readonly FeedRef[]): Stories | null {
  return readFeedFiles(paths, [], only, false);
}

/** readStories and readStoriesIfWhole. */
function readFeedFiles(paths: StorePaths, warnings: string[], only: readonly FeedRef[] | undefined, setAsideDamaged: boolean): Stories | null {
  const stories = emptyStories();
  const files = only === undefined ? feedFiles(paths) : only.map(({ feed, file }) => (file && isStoriesFileName(file) ? join(paths.stories, file) : storiesPath(paths, feed)));
  for (const path of files) {
    const text = readText(path);
    if (text === null) continue;
    const damage = parseFeedFile(text, stories);
    if (damage === null) continue;
    if (!setAsideDamaged) return null;
    warnings.push(setAside(path, damage));
  }
  const copy = readText(paths.following);
  if (copy !== null) {
    try {
      stories.following = JSON.parse(copy) as FollowingCopy;
    } catch {
      // A copy that cannot be read is no copy: feeds.opml is read instead.
    }
  }
  return stories;
}

/**
 * Writes the stored stories, one file per feed: every feed's, or (`feeds`) those named; a feed
 * with neither state nor stories left has its file removed. With `following`, the copy of the
 * subscriptions too.
 */
export function writeStories(paths: StorePaths, stories: Stories, options: { following?: FollowingCopy; feeds?: Iterable<string> } = {}): void {
  const byFeed = new Map<string, StoredStory[]>();
  for (const s of stories.stories) {
    const list = byFeed.get(s.feed);
    if (list) list.push(s);
    else byFeed.set(s.feed, [s]);
  }
  const all = new Set([...Object.keys(stories.feeds), ...byFeed.keys()]);
  const wanted = options.feeds === undefined ? all : new Set(options.feeds);
  for (const feed of wanted) {
    const list = byFeed.get(feed) ?? [];
    if (!all.has(feed)) {
      rmSync(storiesPath(paths, feed), { force: true });
      continue;
    }
    const head = JSON.stringify({ version: VERSION, feed, state: stories.feeds[feed] ?? freshState() }).slice(0, -1);
    writeAtomic(storiesPath(paths, feed), `${head},"stories":[\n${list.map((s) => JSON.stringify(diskStory(s))).join(',\n')}\n]}\n`);
  }
  if (options.feeds === undefined) {
    // Files of feeds that are gone (unfollowed, their last story dropped).
    const kept = new Set([...all].map((feed) => storiesPath(paths, feed)));
    for (const path of feedFiles(paths)) if (!kept.has(path)) rmSync(path, { force: true });
  }
  if (options.following) writeAtomic(paths.following, JSON.stringify(options.following) + '\n');
}

/** The file holding one feed's text of its stories: named by a digest of its address. */
export function contentPath(paths: StorePaths, feed: string): string {
  return join(paths.content, `${digest(feed)}.json`);
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
