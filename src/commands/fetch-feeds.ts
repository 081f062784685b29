// Fetching the feeds: every feed at once with at most six requests in flight, each conditional
// on what the server said last time, each read into its stories as it arrives; then, under the
// store's lock, the results merged into the stored stories (feeds/merge.ts) and written.
import { ExitCode, KaraError } from '../errors.js';
import { DEFAULT_KEEP_DAYS, keyIndex, mergeFeed, pruneStories } from '../feeds/merge.js';
import type { Feed } from '../feeds/parse.js';
import type { Io } from '../io.js';
import type { Validators } from '../load/fetch.js';
import { withLock } from '../store/files.js';
import type { StorePaths } from '../store/home.js';
import { contentPath, freshState, readContent, readStories, writeContent, writeStories, type Stories } from '../store/stories.js';
import { readSubscriptions, writeSubscriptions, type Subscription } from '../store/subscriptions.js';
import { rmSync } from 'node:fs';
import { followingCopy } from './context.js';

/** Requests in flight at once, as browsers bound them per host. */
const IN_FLIGHT = 6;

/** The largest feed kara-news reads, as for an article. */
export const MAX_FEED_BYTES = 20 * 1024 * 1024;

/** What fetching one feed came to. */
export type Outcome =
  | { readonly url: string; readonly kind: 'read'; readonly feed: Feed; readonly validators: Validators; readonly movedTo: string | null }
  | { readonly url: string; readonly kind: 'not-modified'; readonly movedTo: string | null }
  | { readonly url: string; readonly kind: 'failed'; readonly error: string; readonly exitCode: ExitCode };

/** Why a feed's bytes are not a feed, or the feed. */
async function feedOf(bytes: Uint8Array, contentType: string | null, url: string): Promise<Feed> {
  const [{ decodeFeed, charsetParameter }, { readFeed, NotAFeed }] = await Promise.all([import('../load/charset.js'), import('../feeds/parse.js')]);
  try {
    return readFeed(decodeFeed(bytes, charsetParameter(contentType)).text, url);
  } catch (err) {
    if (err instanceof NotAFeed) throw new KaraError(`'${url}' is not a feed kara-news can read: ${err.message}`, ExitCode.data);
    throw err;
  }
}

/** Fetches and reads one feed, conditionally on the validators of its last fetch. */
export async function fetchOne(url: string, last: Validators, timeoutMs: number): Promise<Outcome> {
  const { fetchFeed } = await import('../load/fetch.js');
  try {
    const fetched = await fetchFeed(url, { timeoutMs, maxBytes: MAX_FEED_BYTES }, last);
    if (fetched.status === 'not-modified') return { url, kind: 'not-modified', movedTo: fetched.movedTo };
    return { url, kind: 'read', feed: await feedOf(fetched.bytes, fetched.contentType, fetched.url), validators: fetched.validators, movedTo: fetched.movedTo };
  } catch (err) {
    if (!(err instanceof KaraError)) throw err;
    return { url, kind: 'failed', exitCode: err.exitCode, error: err.message.replace(/^cannot read '[^']*': /, '').replace(/^'[^']*' is not a feed kara-news can read: /, '') };
  }
}

/** Runs `work` on every item with at most `limit` at once; `done` is told of each as it ends. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>, done: (finished: number) => void): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let finished = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
      done(++finished);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A progress line on stderr while feeds are fetched, only in a terminal; cleared when done. */
function progress(io: Io, total: number): { update: (finished: number) => void; clear: () => void } {
  const tty = (io.stderr as { isTTY?: boolean }).isTTY === true && total > 0;
  let shown = false;
  return {
    update: (finished) => {
      if (!tty) return;
      io.stderr.write(`\r\x1b[Kkara-news: fetching feeds: ${finished} of ${total}`);
      shown = true;
    },
    clear: () => {
      if (shown) io.stderr.write('\r\x1b[K');
    },
  };
}

/** Fetches every subscription's feed, six at a time, with a progress line in a terminal. */
export async function fetchAll(subscriptions: readonly Subscription[], stories: Stories, timeoutMs: number, io: Io): Promise<Outcome[]> {
  const line = progress(io, subscriptions.length);
  line.update(0);
  try {
    return await pool(
      subscriptions,
      IN_FLIGHT,
      (s) => {
        const state = stories.feeds[s.url];
        return fetchOne(s.url, { etag: state?.etag ?? null, lastModified: state?.lastModified ?? null }, timeoutMs);
      },
      line.update,
    );
  } finally {
    line.clear();
  }
}

/** Moves everything kept under a feed's old address to its new one (a permanent redirect). */
function moveFeed(paths: StorePaths, stories: Stories, subscriptions: Subscription[], from: string, to: string, warnings: string[]): void {
  const at = subscriptions.findIndex((s) => s.url === from);
  if (at === -1) return;
  if (subscriptions.some((s) => s.url === to)) subscriptions.splice(at, 1);
  else subscriptions[at] = { ...subscriptions[at]!, url: to };
  for (const story of stories.stories) {
    if (story.feed === from) story.feed = to;
    if (story.also.includes(from)) story.also = [...new Set(story.also.map((feed) => (feed === from ? to : feed)))].filter((feed) => feed !== story.feed);
  }
  stories.feeds[to] = { ...(stories.feeds[to] ?? stories.feeds[from] ?? freshState()) };
  delete stories.feeds[from];
  const content = { ...readContent(paths, from, warnings), ...readContent(paths, to, warnings) };
  writeContent(paths, to, content);
  rmSync(contentPath(paths, from), { force: true });
}

/** What an update did, for the caller to report. */
export interface Applied {
  /** New stories, by feed address (after any move). */
  readonly added: ReadonlyMap<string, number>;
  /** Feeds whose address changed: old → new. */
  readonly moved: ReadonlyMap<string, string>;
  readonly stories: Stories;
  readonly subscriptions: readonly Subscription[];
}

/**
 * Merges fetch outcomes into the store under its lock: the stories and subscriptions are read
 * again there (another process may have written since), updated, bounded and written.
 * `subscribe` adds feeds first (feeds add). Warnings collect what was damaged and set aside.
 */
export function applyOutcomes(paths: StorePaths, outcomes: readonly Outcome[], options: { keepDays?: number; subscribe?: readonly Subscription[] }, warnings: string[]): Applied {
  return withLock(paths.lock, () => {
    const subscriptions = readSubscriptions(paths);
    let subscriptionsChanged = false;
    for (const s of options.subscribe ?? []) {
      if (subscriptions.some((have) => have.url === s.url)) continue;
      subscriptions.push(s);
      subscriptionsChanged = true;
    }
    const stories = readStories(paths, warnings);
    const index = keyIndex(stories.stories);
    const now = new Date().toISOString();
    const added = new Map<string, number>();
    const moved = new Map<string, string>();
    for (const outcome of outcomes) {
      let url = outcome.url;
      if (!subscriptions.some((s) => s.url === url)) continue; // Removed by another process meanwhile.
      if (outcome.kind !== 'failed' && outcome.movedTo && outcome.movedTo !== url) {
        moveFeed(paths, stories, subscriptions, url, outcome.movedTo, warnings);
        moved.set(url, outcome.movedTo);
        subscriptionsChanged = true;
        url = outcome.movedTo;
      }
      const state = (stories.feeds[url] ??= freshState());
      if (outcome.kind === 'failed') {
        state.error = outcome.error;
        continue;
      }
      Object.assign(state, { fetched: now, error: null });
      if (outcome.kind === 'not-modified') continue;
      Object.assign(state, { title: outcome.feed.title, site: outcome.feed.site, etag: outcome.validators.etag, lastModified: outcome.validators.lastModified });
      const content = readContent(paths, url, warnings);
      added.set(url, mergeFeed(stories, index, url, outcome.feed.items, content, now));
      // A subscription imported without a name takes the feed's own.
      const at = subscriptions.findIndex((s) => s.url === url);
      if (at !== -1 && subscriptions[at]!.title === url && outcome.feed.title) {
        subscriptions[at] = { ...subscriptions[at]!, title: outcome.feed.title };
        subscriptionsChanged = true;
      }
      writeContent(paths, url, content);
    }
    dropOld(paths, stories, subscriptions, options.keepDays ?? DEFAULT_KEEP_DAYS, warnings);
    if (subscriptionsChanged) writeSubscriptions(paths, subscriptions);
    writeStories(paths, stories, { following: followingCopy(paths, subscriptions) });
    return { added, moved, stories, subscriptions };
  });
}

/**
 * Bounds the stored stories (feeds/merge.ts pruneStories): the feed text of a story dropped goes
 * with it, that of a story moved to another feed goes along, and an unfollowed feed's text goes
 * whole. Returns what pruneStories did.
 */
export function dropOld(paths: StorePaths, stories: Stories, subscriptions: readonly Subscription[], keepDays: number, warnings: string[]): ReturnType<typeof pruneStories> {
  const followed = new Set(subscriptions.map((s) => s.url));
  const pruned = pruneStories(stories, followed, keepDays, Date.now());
  const contents = new Map<string, Record<string, string>>();
  const contentOf = (feed: string): Record<string, string> => contents.get(feed) ?? (contents.set(feed, readContent(paths, feed, warnings)), contents.get(feed)!);
  const gone = new Set<string>();
  for (const { story, from } of pruned.moved) {
    const text = contentOf(from)[story.id];
    if (text !== undefined) contentOf(story.feed)[story.id] ??= text;
    gone.add(from);
  }
  for (const story of pruned.dropped) {
    if (followed.has(story.feed)) delete contentOf(story.feed)[story.id];
    else gone.add(story.feed);
  }
  for (const [feed, content] of contents) if (followed.has(feed)) writeContent(paths, feed, content);
  for (const feed of gone) rmSync(contentPath(paths, feed), { force: true });
  return pruned;
}
