// A stored story found again (by its number in the last list, or its slug) and read: from its
// page, like any web address, else, with a warning, from the text its feed gave; and marked read
// or saved in the store.
import { ExitCode, KaraError } from '../errors.js';
import type { Io } from '../io.js';
import { feedTextSource, readSource, type ReadOptions, type Source } from '../load/read.js';
import { withLock } from '../store/files.js';
import type { StorePaths } from '../store/home.js';
import { storySlug } from '../store/library.js';
import { lastListEntry } from '../store/last-list.js';
import { readContent, readStories, writeStories, type Stories, type StoredStory } from '../store/stories.js';
import type { Meta } from '../parse/front-matter.js';
import { feedName } from '../select/news.js';
import { following, loadStories } from './context.js';

/** A stored story, and what it is called in messages. */
export interface FoundStory {
  readonly story: StoredStory;
  readonly label: string;
  /** The name of the feed that carried it. */
  readonly feed: string;
}

/** A stored story found in `stories`, named `label` in messages, with its feed's name. */
async function found(paths: StorePaths, stories: Stories, story: StoredStory | undefined, label: string): Promise<FoundStory | null> {
  return story ? { story, label, feed: feedName(story.feed, await following(paths, stories), stories) } : null;
}

/** The stored story `id` of `feed`, reading only that feed's file (`file` names it when known); null when it is no longer stored. */
export async function storyById(paths: StorePaths, id: string, feed: string, label: string, warnings: string[], file: string | null = null): Promise<FoundStory | null> {
  let stories = loadStories(paths, warnings, [{ feed, file }]);
  // A name that is not the feed's file (gone, or edited by hand) is not trusted: the feed's own is read.
  if (file !== null && !Object.hasOwn(stories.feeds, feed)) stories = loadStories(paths, warnings, [{ feed }]);
  return found(paths, stories, stories.stories.find((s) => s.id === id && s.feed === feed), label);
}

/** Story `n` of the last list printed; errors say how to get a list. */
export async function storyByNumber(paths: StorePaths, n: number, warnings: string[]): Promise<FoundStory> {
  const entry = lastListEntry(paths, n);
  if (entry === null) throw new KaraError(`no story ${n}: numbers are stories of the last 'kara-news news' list, and there is none yet; run 'kara-news news'`, ExitCode.noInput);
  if ('count' in entry) throw new KaraError(`no story ${n}: the last list had ${entry.count === 0 ? 'no stories' : `stories 1 to ${entry.count}`}; run 'kara-news news' to list them again`, ExitCode.noInput);
  // Only the story's feed is read: the list says which, and names its file.
  const story = await storyById(paths, entry.id, entry.feed, `story ${n}`, warnings, entry.file);
  if (story === null) throw new KaraError(`story ${n} is no longer stored (its feed was removed, or dropped it long ago); run 'kara-news news' for a new list`, ExitCode.noInput);
  return story;
}

/** The stored story with this slug (as search prints it), or null. */
export async function storyBySlug(paths: StorePaths, slug: string, warnings: string[]): Promise<FoundStory | null> {
  const stories = loadStories(paths, warnings);
  return found(paths, stories, stories.stories.find((s) => storySlug(s.title, s.date) === slug), slug);
}

/** What a stored story's feed says of it, as the metadata its feed text is read with; `site` is its feed's name. */
export function storyMeta(story: StoredStory, site: string): Meta {
  return { title: story.title, date: story.date?.slice(0, 10) ?? null, dateline: null, author: story.author, authors: story.author ? [story.author] : [], site, url: story.link, lang: null };
}

/** A page's metadata with what it leaves out (date, byline, site, title) taken from what the feed says of the story; the page wins where both speak. */
export function fillFromFeed(page: Meta, feed: Meta): Meta {
  const byline = page.author !== null || page.authors.length > 0;
  return {
    ...page,
    title: page.title ?? feed.title,
    date: page.date ?? feed.date,
    author: byline ? page.author : feed.author,
    authors: byline ? page.authors : feed.authors,
    site: page.site ?? feed.site,
  };
}

/**
 * Reads a stored story: its page, as any address is read (several pages joined), what the page
 * leaves out of its metadata taken from the feed; when the page cannot be read or holds no
 * story, the text its feed gave, with a warning that says so.
 */
export async function storySource(paths: StorePaths, found: FoundStory, io: Io, options: ReadOptions): Promise<Source> {
  const { story } = found;
  const ref = { kind: 'story', label: found.label, url: story.link } as const;
  let why: string;
  let failure: KaraError | null = null;
  if (story.link !== null) {
    try {
      const source = await readSource(ref, io, options);
      return source.kind === 'page' ? { ...source, page: { ...source.page, meta: fillFromFeed(source.page.meta, storyMeta(story, found.feed)) } } : source;
    } catch (err) {
      if (!(err instanceof KaraError)) throw err;
      failure = err;
      why = err.message.replace(/^cannot read '[^']*': /, '').replace(/^'[^']*' /, 'it ').split('; ')[0]!;
    }
  } else why = 'the feed gives no address for it';
  const warnings: string[] = [];
  const html = readContent(paths, story.feed, warnings)[story.id];
  if (!html) throw failure ?? new KaraError(`${found.label} has no page and its feed gave no text of it`, ExitCode.noInput);
  return feedTextSource(ref, html, storyMeta(story, found.feed), [...warnings, `the story's page could not be read (${why}); showing the text its feed gives`]);
}

/** A stored story, by its id and its feed's address (whose file holds it). */
type StoryRef = { readonly id: string; readonly feed: string };

/** Marks a stored story read and, given a slug, saved: only its feed's file is read and written. Call it holding the lock. */
export function markStoryLocked(paths: StorePaths, which: StoryRef, change: { read?: true; saved?: string }, warnings: string[]): void {
  const stories = readStories(paths, warnings, [{ feed: which.feed }]);
  const story = stories.stories.find((s) => s.id === which.id);
  // Nothing to write when nothing changes (a story read again).
  if (story === undefined || ((!change.read || story.read) && (change.saved === undefined || story.saved === change.saved))) return;
  if (change.read) story.read = true;
  if (change.saved !== undefined) story.saved = change.saved;
  writeStories(paths, stories, { feeds: [story.feed] });
}

/** markStoryLocked, taking the lock for it. */
export function markStory(paths: StorePaths, which: StoryRef, change: { read?: true; saved?: string }, warnings: string[]): void {
  withLock(paths.lock, () => markStoryLocked(paths, which, change, warnings));
}
