// A fetched feed's stories merged into the stored ones: new stories added, known ones brought up
// to date, the same story from another feed left under the feed that carried it first (which
// notes the other feed); and the stored stories bounded: what a feed still carries and what was
// saved are kept, however old, and of the rest only those of the last days kept; a story of a feed
// no longer followed goes over to another followed feed seen carrying it.
import type { FeedItem } from './parse.js';
import type { Stories, StoredStory } from '../store/stories.js';
import { canonicalLink, storyKeys } from './identity.js';

/** Days a story its feed no longer carries is kept, unless --keep says otherwise. */
export const DEFAULT_KEEP_DAYS = 90;

/** The largest text kept of one story from its feed; a feed's text is a fallback, not an archive. */
const MAX_CONTENT = 256 * 1024;

/** The keys a stored story is known by: its id, and its link as compared (feeds/identity.ts). */
function keysOf(story: StoredStory): string[] {
  return story.link === null ? [story.id] : [story.id, `link:${canonicalLink(story.link)}`];
}

/** Every key of every stored story, to the story. */
export function keyIndex(stories: readonly StoredStory[]): Map<string, StoredStory> {
  const index = new Map<string, StoredStory>();
  for (const story of stories) for (const key of keysOf(story)) if (!index.has(key)) index.set(key, story);
  return index;
}

/** The keys of an item with neither GUID nor link: its feed, title and date. */
function fallbackKeys(item: FeedItem, feed: string): string[] {
  return [`title:${feed}#${item.title}#${item.date ?? ''}`];
}

/**
 * Merges one feed's items (in the feed's order) into the store, and its text of them into
 * `content` (by story id). Returns how many stories were new.
 */
export function mergeFeed(store: Stories, index: Map<string, StoredStory>, feed: string, items: readonly FeedItem[], content: Record<string, string>, now: string): number {
  let added = 0;
  const carried = new Set<StoredStory>();
  for (const item of items) {
    const keys = storyKeys(item.guid, item.link, feed);
    if (keys.length === 0) keys.push(...fallbackKeys(item, feed));
    const known = keys.map((k) => index.get(k)).find((s) => s !== undefined);
    if (known !== undefined) {
      // Listed once, under the first feed that carried it; that feed keeps it up to date, and
      // notes this one, which takes it over if the first is unfollowed.
      if (known.feed !== feed) {
        if (!known.also.includes(feed)) known.also = [...known.also, feed];
        continue;
      }
      if (carried.has(known)) continue;
      Object.assign(known, { title: item.title, link: item.link ?? known.link, date: item.date ?? known.date, author: item.author ?? known.author, carried: true });
      for (const key of keys) if (!index.has(key)) index.set(key, known);
      carried.add(known);
    } else {
      const story: StoredStory = { id: keys[0]!, feed, title: item.title, link: item.link, date: item.date, author: item.author, seen: now, carried: true, read: false, saved: null, also: [] };
      store.stories.push(story);
      for (const key of keys) index.set(key, story);
      carried.add(story);
      added++;
    }
    if (item.content) content[keys.map((k) => index.get(k)).find((s) => s !== undefined)!.id] = item.content.slice(0, MAX_CONTENT);
  }
  for (const story of store.stories) if (story.feed === feed && !carried.has(story)) story.carried = false;
  return added;
}

/** When a story was published, for ordering and keeping: its date, else when it was first seen. */
function storyTime(story: StoredStory): number {
  return Date.parse(story.date ?? story.seen) || Date.parse(story.seen) || 0;
}

/** A story that went over to another feed carrying it, and the feed it was under. */
export interface MovedStory {
  readonly story: StoredStory;
  readonly from: string;
}

/**
 * Bounds the stored stories. A story of a feed no longer followed goes over to a followed feed
 * seen carrying it (`also`), keeping its read and saved marks; what is left of unfollowed feeds
 * is dropped unless saved; and of the stories no feed carries any more, those older than
 * `keepDays` and not saved. Returns what was dropped and what moved.
 */
export function pruneStories(store: Stories, followed: ReadonlySet<string>, keepDays: number, now: number): { dropped: StoredStory[]; moved: MovedStory[] } {
  const oldest = now - keepDays * 86_400_000;
  const moved: MovedStory[] = [];
  for (const story of store.stories) {
    if (followed.has(story.feed)) continue;
    const to = story.also.find((feed) => followed.has(feed));
    if (to === undefined) continue;
    moved.push({ story, from: story.feed });
    Object.assign(story, { feed: to, also: story.also.filter((feed) => feed !== to) });
  }
  const dropped: StoredStory[] = [];
  store.stories = store.stories.filter((s) => {
    const keep = s.saved !== null || (followed.has(s.feed) && (s.carried || storyTime(s) >= oldest));
    if (!keep) dropped.push(s);
    return keep;
  });
  // An unfollowed feed's state goes with its last story (saved stories keep its name).
  const left = new Set(store.stories.map((s) => s.feed));
  for (const feed of Object.keys(store.feeds)) if (!followed.has(feed) && !left.has(feed)) delete store.feeds[feed];
  return { dropped, moved };
}

/** The stories newest first; stories of the same time in the order they were stored (a feed's own order). */
export function newestFirst(stories: readonly StoredStory[]): StoredStory[] {
  return stories
    .map((story, i) => ({ story, i, time: storyTime(story) }))
    .sort((a, b) => b.time - a.time || a.i - b.i)
    .map((e) => e.story);
}
