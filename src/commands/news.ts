// `kara-news news`: every followed feed fetched (unless --offline) and merged into the store, then
// the stored stories that match listed newest first, numbered, and the numbering remembered so
// `read N` and `save N` mean the story shown as N. An offline list of a store at rest is kept as
// printed (store/list-cache.ts); news-kept.ts prints it from there while nothing changes.
import type { NewsOptions } from '../cli/program.js';
import { ExitCode } from '../errors.js';
import { decideFormat } from '../format/output-format.js';
import type { Io } from '../io.js';
import { renderNewsJson } from '../render/json.js';
import { selectNews, type ListedStory } from '../select/news.js';
import { withLock } from '../store/files.js';
import type { StorePaths } from '../store/home.js';
import { isLastList, listDigest, writeLastList } from '../store/last-list.js';
import { keepList } from '../store/list-cache.js';
import { storiesFileName } from '../store/stories.js';
import { StringSink, type Sink } from '../write/sink.js';
import { following, loadStories, pathsFor, themeFor, warn } from './context.js';
import type { Keeping } from './news-kept.js';

/** Remembers a list's numbering, under the lock like every other write; the list remembered already is not written again. Returns the list's digest. */
export function rememberList(paths: StorePaths, listed: readonly ListedStory[]): string {
  const entries = listed.map((s) => [s.id, s.feedUrl] as const);
  const digest = listDigest(entries);
  if (!isLastList(paths, digest)) withLock(paths.lock, () => writeLastList(paths, entries, digest, storiesFileName));
  return digest;
}

/** What a `news` run lists: the stories chosen, whether anything was stored at all, and the exit code of the fetch. */
export interface Gathered {
  readonly listed: ListedStory[];
  readonly stored: number;
  readonly code: ExitCode;
}

/** Fetches every feed (unless --offline) and chooses the stories to list, as `news` and `news -i` both begin. */
export async function gather(paths: StorePaths, options: NewsOptions, io: Io): Promise<Gathered> {
  const warnings: string[] = [];
  let stories = loadStories(paths, warnings);
  warn(io, warnings);
  let subscriptions = await following(paths, stories);
  let code: ExitCode = ExitCode.ok;
  if (subscriptions.length === 0) io.stderr.write("kara-news: you follow no feeds yet; add one with 'kara-news feeds add URL' (a feed, or a news site's address)\n");
  if (!options.offline && subscriptions.length > 0) {
    const refreshed = await (await import('./refresh.js')).refresh(paths, subscriptions, stories, options, io);
    ({ stories, subscriptions } = refreshed);
    if (!refreshed.anyRead) {
      io.stderr.write(`kara-news: no feed could be read; showing the stories stored before\n`);
      code = ExitCode.unavailable;
    }
  }
  const filter = { unread: options.unread, since: options.since, feed: options.feed, limit: options.limit };
  return { listed: selectNews(stories, subscriptions, filter), stored: stories.stories.length, code };
}

/**
 * `kara-news news`: fetch, then the list printed, numbered for `read N`. With `keeping`
 * (news-kept.ts found no kept list for a list that can be kept), the list is made whole first
 * and kept as printed.
 */
export async function news(options: NewsOptions, io: Io, sink: Sink, keeping: Keeping | null = null): Promise<ExitCode> {
  const paths = pathsFor(io);
  const format = decideFormat(options, io);
  const whole = keeping === null ? null : { ...keeping, sink: new StringSink() };
  const { listed, stored, code } = await gather(paths, options, io);
  const digest = rememberList(paths, listed);
  const out = whole?.sink ?? sink;
  if (format.kind === 'json') renderNewsJson(listed, out);
  else if (listed.length === 0) {
    if (stored > 0) io.stderr.write('kara-news: no stories match; drop --unread, --since or --feed to see more\n');
  } else if (format.kind !== 'styled') (await import('../render/news-plain.js')).renderNewsPlain(listed, out);
  else (await import('../render/news-styled.js')).renderNewsStyled(listed, await themeFor(format), format.width, Date.now(), out);
  if (whole !== null) {
    const text = whole.sink.toString();
    sink.write(text);
    if (listed.length > 0 && code === ExitCode.ok) keepList(paths, whole.request, whole.stamp, { digest, text });
  }
  return code;
}
