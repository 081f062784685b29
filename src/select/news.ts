// Which stored stories a `news` list shows, in what order and under what numbers; and each
// feed's counts for `feeds`. Numbers are positions in the list printed, from 1.
import { KaraError, ExitCode } from '../errors.js';
import { newestFirst } from '../feeds/merge.js';
import type { Stories, StoredStory } from '../store/stories.js';
import type { Subscription } from '../store/subscriptions.js';

/** A story as a list shows it. */
export interface ListedStory {
  readonly number: number;
  /** The id it is stored under. */
  readonly id: string;
  /** The feed's name. */
  readonly feed: string;
  readonly feedUrl: string;
  readonly title: string;
  readonly link: string | null;
  /** ISO 8601, or null. */
  readonly date: string | null;
  readonly author: string | null;
  readonly read: boolean;
  /** The library slug it was saved as, or null. */
  readonly saved: string | null;
}

/** A followed feed as `feeds` lists it. */
export interface FeedRow {
  readonly title: string;
  readonly url: string;
  readonly site: string | null;
  readonly category: string | null;
  readonly stories: number;
  readonly unread: number;
  /** When it was last read or answered 304 (ISO 8601), or null. */
  readonly fetched: string | null;
  /** Why its last fetch failed, or null. */
  readonly error: string | null;
}

/** What a `news` list is narrowed to. */
export interface NewsFilter {
  readonly unread?: boolean;
  /** Epoch milliseconds. */
  readonly since?: number;
  readonly feed?: string;
  readonly limit?: number;
}

/** Case-folded, for matching names as typed. */
const fold = (text: string): string => text.toLowerCase();

/**
 * The subscriptions a name picks: the one at that exact address, else every one whose name or
 * address holds the text (any case).
 */
function feedsNamed(subscriptions: readonly Subscription[], name: string): Subscription[] {
  const exact = subscriptions.filter((s) => s.url === name);
  if (exact.length > 0) return exact;
  const wanted = fold(name.trim());
  return subscriptions.filter((s) => fold(s.title).includes(wanted) || fold(s.url).includes(wanted));
}

/**
 * The one subscription a name picks; an error that lists the candidates when it picks none or
 * several. Of several, a name's match wins over an address's, and a whole name over a part of
 * one: `2` is `Feed 2`, though every address on 127.0.0.2 holds a 2 too.
 */
export function feedNamed(subscriptions: readonly Subscription[], name: string): Subscription {
  let found = feedsNamed(subscriptions, name);
  const wanted = fold(name.trim());
  for (const narrower of [(s: Subscription) => fold(s.title).includes(wanted), (s: Subscription) => fold(s.title) === wanted]) {
    if (found.length > 1 && found.some(narrower)) found = found.filter(narrower);
  }
  if (found.length === 1) return found[0]!;
  if (found.length === 0) {
    const known = subscriptions.length === 0 ? "you follow no feeds yet ('kara-news feeds add URL')" : `feeds: ${subscriptions.map((s) => s.title).join(', ')}`;
    throw new KaraError(`no feed matches '${name}'; ${known}`, ExitCode.noInput);
  }
  throw new KaraError(`'${name}' matches ${found.length} feeds (${found.map((s) => s.title).join(', ')}); give more of the name, or the address`, ExitCode.usage);
}

/** A feed's name for lists: the subscription's title, else the feed's own, else its host. */
export function feedName(url: string, subscriptions: readonly Subscription[], stories: Stories): string {
  const title = subscriptions.find((s) => s.url === url)?.title;
  if (title && title !== url) return title;
  try {
    return stories.feeds[url]?.title ?? new URL(url).host;
  } catch {
    return url;
  }
}

/** A stored story as listed, under its number. */
function listed(story: StoredStory, number: number, feed: string): ListedStory {
  return { number, id: story.id, feed, feedUrl: story.feed, title: story.title, link: story.link, date: story.date, author: story.author, read: story.read, saved: story.saved };
}

/**
 * The stories a list shows: those of the feeds followed and the saved ones (as a fetch keeps
 * them, so a feed taken out of feeds.opml by hand leaves the list at once), filtered, newest
 * first, the newest `limit`, numbered from 1.
 */
export function selectNews(stories: Stories, subscriptions: readonly Subscription[], filter: NewsFilter): ListedStory[] {
  const feeds = filter.feed === undefined ? null : new Set(feedsNamed(subscriptions, filter.feed).map((s) => s.url));
  if (feeds !== null && feeds.size === 0) feedNamed(subscriptions, filter.feed!);
  const followed = new Set(subscriptions.map((s) => s.url));
  const names = new Map<string, string>();
  const name = (url: string): string => names.get(url) ?? (names.set(url, feedName(url, subscriptions, stories)), names.get(url)!);
  const kept = stories.stories.filter(
    (s) => (s.saved !== null || followed.has(s.feed)) && (!filter.unread || !s.read) && (feeds === null || feeds.has(s.feed)) && (filter.since === undefined || Date.parse(s.date ?? s.seen) >= filter.since),
  );
  return newestFirst(kept)
    .slice(0, filter.limit ?? Infinity)
    .map((s, i) => listed(s, i + 1, name(s.feed)));
}

/** Each followed feed with its counts, in the order followed. */
export function feedRows(stories: Stories, subscriptions: readonly Subscription[]): FeedRow[] {
  const counts = new Map<string, { stories: number; unread: number }>();
  for (const s of stories.stories) {
    const c = counts.get(s.feed) ?? { stories: 0, unread: 0 };
    c.stories++;
    if (!s.read) c.unread++;
    counts.set(s.feed, c);
  }
  return subscriptions.map((s) => {
    const state = stories.feeds[s.url];
    return { title: feedName(s.url, subscriptions, stories), url: s.url, site: s.site ?? state?.site ?? null, category: s.category, stories: counts.get(s.url)?.stories ?? 0, unread: counts.get(s.url)?.unread ?? 0, fetched: state?.fetched ?? null, error: state?.error ?? null };
  });
}
