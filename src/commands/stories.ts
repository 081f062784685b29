// A stored story found again (by its number in the last list, or its slug) and read: from its
// page, like any web address, else, with a warning, from the text its feed gave; and marked read
// or saved in the store.
import { ExitCode, KaraError } from '../errors.js';
import type { Io } from '../io.js';
import { feedTextSource, readSource, type ReadOptions, type Source } from '../load/read.js';
import { withLock } from '../store/files.js';
import type { StorePaths } from '../store/home.js';
import { storySlug } from '../store/library.js';
import { readContent, readLastList, readStories, writeStories, type StoredStory } from '../store/stories.js';
import { readSubscriptions } from '../store/subscriptions.js';
import { feedName } from '../select/news.js';
import { loadStories } from './context.js';

/** A stored story, and what it is called in messages. */
export interface FoundStory {
  readonly story: StoredStory;
  readonly label: string;
  /** The name of the feed that carried it. */
  readonly feed: string;
}

/** True for an argument that is a story number. */
export const isStoryNumber = (arg: string): boolean => /^\d{1,9}$/.test(arg);

/** Story `n` of the last list printed; errors say how to get a list. */
export function storyByNumber(paths: StorePaths, n: number, warnings: string[]): FoundStory {
  const list = readLastList(paths);
  if (list === null) throw new KaraError(`no story ${n}: numbers are stories of the last 'kara-news news' list, and there is none yet; run 'kara-news news'`, ExitCode.noInput);
  const id = list.ids[n - 1];
  if (id === undefined) throw new KaraError(`no story ${n}: the last list had ${list.ids.length === 0 ? 'no stories' : `stories 1 to ${list.ids.length}`}; run 'kara-news news' to list them again`, ExitCode.noInput);
  const stories = loadStories(paths, warnings);
  const story = stories.stories.find((s) => s.id === id);
  if (story === undefined) throw new KaraError(`story ${n} is no longer stored (its feed was removed, or dropped it long ago); run 'kara-news news' for a new list`, ExitCode.noInput);
  return { story, label: `story ${n}`, feed: feedName(story.feed, readSubscriptions(paths), stories) };
}

/** The stored story with this slug (as search prints it), or null. */
export function storyBySlug(paths: StorePaths, slug: string, warnings: string[]): FoundStory | null {
  const stories = loadStories(paths, warnings);
  const story = stories.stories.find((s) => storySlug(s.title, s.date) === slug);
  return story ? { story, label: slug, feed: feedName(story.feed, readSubscriptions(paths), stories) } : null;
}

/**
 * Reads a stored story: its page, as any address is read (several pages joined); when the page
 * cannot be read or holds no story, the text its feed gave, with a warning that says so.
 */
export async function storySource(paths: StorePaths, found: FoundStory, io: Io, options: ReadOptions): Promise<Source> {
  const { story } = found;
  const ref = { kind: 'story', label: found.label, url: story.link } as const;
  let why: string;
  let failure: KaraError | null = null;
  if (story.link !== null) {
    try {
      return await readSource(ref, io, options);
    } catch (err) {
      if (!(err instanceof KaraError)) throw err;
      failure = err;
      why = err.message.replace(/^cannot read '[^']*': /, '').replace(/^'[^']*' /, 'it ').split('; ')[0]!;
    }
  } else why = 'the feed gives no address for it';
  const warnings: string[] = [];
  const html = readContent(paths, story.feed, warnings)[story.id];
  if (!html) throw failure ?? new KaraError(`${found.label} has no page and its feed gave no text of it`, ExitCode.noInput);
  const meta = { title: story.title, date: story.date?.slice(0, 10) ?? null, dateline: null, author: story.author, authors: story.author ? [story.author] : [], site: found.feed, url: story.link, lang: null };
  return feedTextSource(ref, html, meta, [...warnings, `the story's page could not be read (${why}); showing the text its feed gives`]);
}

/** Marks a stored story read, or saved as a library slug, under the lock. */
export function markStory(paths: StorePaths, id: string, change: { read?: true; saved?: string }, warnings: string[]): void {
  withLock(paths.lock, () => {
    const stories = readStories(paths, warnings);
    const story = stories.stories.find((s) => s.id === id);
    if (story === undefined) return;
    if (change.read) story.read = true;
    if (change.saved !== undefined) story.saved = change.saved;
    writeStories(paths, stories);
  });
}
