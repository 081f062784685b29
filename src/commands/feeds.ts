// `kara-news feeds`: the subscriptions listed, added (a feed, or a site whose page announces one),
// imported from and exported to OPML, and removed with their stories (saved ones stay).
import { readFileSync } from 'node:fs';
import type { FeedsAction, FeedsOptions } from '../cli/program.js';
import { ExitCode, KaraError } from '../errors.js';
import { decideFormat } from '../format/output-format.js';
import type { Io } from '../io.js';
import { DEFAULT_TIMEOUT_SECONDS } from '../load/read.js';
import { renderFeedsJson, renderFeedAddedJson, renderImportedJson, renderRemovedJson, renderSubscriptionsJson } from '../render/json.js';
import { feedNamed, feedRows } from '../select/news.js';
import { withLock } from '../store/files.js';
import type { StorePaths } from '../store/home.js';
import { readStories, writeStories } from '../store/stories.js';
import { opmlOf, readOpml, readSubscriptions, writeSubscriptions, type Subscription } from '../store/subscriptions.js';
import type { Sink } from '../write/sink.js';
import { followingCopy, following, loadStories, pathsFor, themeFor, warn } from './context.js';
import { applyOutcomes, dropOld, fetchOne, MAX_FEED_BYTES, type Outcome } from './fetch-feeds.js';

/** `kara-news feeds [action] [target]`. */
export async function feeds(action: FeedsAction, target: string | undefined, options: FeedsOptions, io: Io, sink: Sink): Promise<ExitCode> {
  const paths = pathsFor(io);
  if (action === 'list' || action === 'export') {
    if (target !== undefined) throw new KaraError(`feeds ${action} takes no '${target}' (see 'kara-news feeds --help')`, ExitCode.usage);
  } else if (target === undefined) {
    const what = action === 'add' ? 'a feed or site address' : action === 'import' ? 'an OPML file, its address, or - for standard input' : "a feed's name or address";
    throw new KaraError(`feeds ${action} needs ${what} (see 'kara-news feeds --help')`, ExitCode.usage);
  } else if (action === 'add') return add(paths, target, options, io, sink);
  else if (action === 'import') return importOpml(paths, target, options, io, sink);
  else return remove(paths, target, options, io, sink);
  if (action === 'export') {
    const subscriptions = readSubscriptions(paths);
    if (decideFormat(options, io).kind === 'json') renderSubscriptionsJson(subscriptions, sink);
    else sink.write(opmlOf(subscriptions));
    return ExitCode.ok;
  }
  return list(paths, options, io, sink);
}

/** `feeds`: every followed feed with its counts, last fetch and last error. */
async function list(paths: StorePaths, options: FeedsOptions, io: Io, sink: Sink): Promise<ExitCode> {
  const format = decideFormat(options, io);
  const warnings: string[] = [];
  const stories = loadStories(paths, warnings);
  const rows = feedRows(stories, await following(paths, stories));
  warn(io, warnings);
  if (format.kind === 'json') renderFeedsJson(rows, sink);
  else if (rows.length === 0) io.stderr.write("kara-news: you follow no feeds yet; add one with 'kara-news feeds add URL' (a feed, or a news site's address)\n");
  else if (format.kind !== 'styled') (await import('../render/feeds-plain.js')).renderFeedsPlain(rows, sink);
  else (await import('../render/feeds-styled.js')).renderFeedsStyled(rows, await themeFor(format), format.width, Date.now(), sink);
  return ExitCode.ok;
}

/** A site's address as a feed: the page fetched, the feed it announces fetched in its place. */
async function discovered(url: string, timeoutMs: number): Promise<Outcome> {
  const [{ fetchPage }, { announcedFeeds }, { decodePage, charsetParameter }] = await Promise.all([import('../load/fetch.js'), import('../feeds/discover.js'), import('../load/charset.js')]);
  const page = await fetchPage(url, { timeoutMs, maxBytes: MAX_FEED_BYTES });
  const found = announcedFeeds(decodePage(page.bytes, charsetParameter(page.contentType)).text, page.url);
  if (found.length === 0) throw new KaraError(`'${url}' is a web page that announces no feed (no <link rel="alternate"> of RSS, Atom or JSON Feed); give the feed's own address`, ExitCode.data);
  return fetchOne(found[0]!, { etag: null, lastModified: null }, timeoutMs);
}

/** `feeds add URL`: fetched and read first, so only a feed that works is followed; its stories stored at once. */
async function add(paths: StorePaths, url: string, options: FeedsOptions, io: Io, sink: Sink): Promise<ExitCode> {
  if (!/^https?:\/\/[^\s/]/i.test(url)) throw new KaraError(`'${url}' is not a web address; give the feed's or the site's address (https://…)`, ExitCode.usage);
  const timeoutMs = (options.timeout ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
  let outcome = await fetchOne(url, { etag: null, lastModified: null }, timeoutMs);
  if (outcome.kind === 'failed' && /is a web page, not a feed/.test(outcome.error)) outcome = await discovered(url, timeoutMs);
  if (outcome.kind === 'failed') throw new KaraError(`cannot follow '${url}': ${outcome.error}`, outcome.exitCode);
  if (outcome.kind !== 'read') throw new Error('a first fetch cannot be answered 304');
  const address = outcome.movedTo ?? outcome.url;
  const already = readSubscriptions(paths).find((s) => s.url === address || s.url === url);
  const format = decideFormat(options, io);
  const title = outcome.feed.title ?? new URL(address).host;
  if (already) {
    if (format.kind === 'json') renderFeedAddedJson({ title: already.title, url: already.url, site: already.site }, outcome.feed.items.length, false, sink);
    else sink.write(`already following ${already.title} (${already.url})\n`);
    return ExitCode.ok;
  }
  const subscription: Subscription = { title, url: address, site: outcome.feed.site, category: null };
  const warnings: string[] = [];
  applyOutcomes(paths, [{ ...outcome, url: address, movedTo: null }], { subscribe: [subscription] }, warnings);
  warn(io, warnings);
  const count = outcome.feed.items.length;
  if (format.kind === 'json') renderFeedAddedJson(subscription, count, true, sink);
  else sink.write(`following ${title}: ${count} ${count === 1 ? 'story' : 'stories'} (${address})\n`);
  return ExitCode.ok;
}

/** `feeds import FILE|URL|-`: the feeds of another reader's OPML, folders as categories; those followed already are left as they are. */
async function importOpml(paths: StorePaths, file: string, options: FeedsOptions, io: Io, sink: Sink): Promise<ExitCode> {
  let text: string;
  if (/^https?:\/\/[^\s/]/i.test(file)) {
    const [{ fetchPage }, { decodeFeed, charsetParameter }] = await Promise.all([import('../load/fetch.js'), import('../load/charset.js')]);
    const fetched = await fetchPage(file, { timeoutMs: (options.timeout ?? DEFAULT_TIMEOUT_SECONDS) * 1000, maxBytes: MAX_FEED_BYTES });
    text = decodeFeed(fetched.bytes, charsetParameter(fetched.contentType)).text;
  } else if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
    text = Buffer.concat(chunks).toString('utf8');
  } else {
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new KaraError(`cannot read '${file}': ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory; give an OPML file' : code === 'EACCES' ? 'permission denied' : (err as Error).message}`, ExitCode.noInput);
    }
  }
  const found = readOpml(text, file === '-' ? 'standard input' : file);
  if (found.length === 0) throw new KaraError(`'${file === '-' ? 'standard input' : file}' lists no feeds (no outline with an xmlUrl)`, ExitCode.data);
  const { imported, already } = withLock(paths.lock, () => {
    const subscriptions = readSubscriptions(paths);
    const known = new Set(subscriptions.map((s) => s.url));
    const fresh = found.filter((s) => !known.has(s.url));
    if (fresh.length > 0) writeSubscriptions(paths, [...subscriptions, ...fresh]);
    return { imported: fresh, already: found.filter((s) => known.has(s.url)) };
  });
  if (decideFormat(options, io).kind === 'json') renderImportedJson(imported, already, sink);
  else sink.write(`imported ${imported.length} ${imported.length === 1 ? 'feed' : 'feeds'}${already.length > 0 ? ` (${already.length} followed already)` : ''}; 'kara-news news' fetches them\n`);
  return ExitCode.ok;
}

/** `feeds remove NAME`: the feed unfollowed, its stories dropped but the saved ones. */
async function remove(paths: StorePaths, name: string, options: FeedsOptions, io: Io, sink: Sink): Promise<ExitCode> {
  const warnings: string[] = [];
  const result = withLock(paths.lock, () => {
    const subscriptions = readSubscriptions(paths);
    const gone = feedNamed(subscriptions, name);
    const rest = subscriptions.filter((s) => s !== gone);
    const stories = readStories(paths, warnings);
    const { dropped, moved } = dropOld(paths, stories, rest, Infinity, warnings);
    const kept = stories.stories.filter((s) => s.feed === gone.url).length;
    writeSubscriptions(paths, rest);
    writeStories(paths, stories, { following: followingCopy(paths, rest) });
    return { gone, dropped: dropped.filter((s) => s.feed === gone.url).length, moved: moved.filter((m) => m.from === gone.url).length, kept };
  });
  warn(io, warnings);
  const { gone, dropped, moved, kept } = result;
  if (decideFormat(options, io).kind === 'json') renderRemovedJson(gone, { dropped, moved, kept }, sink);
  else {
    const also = [moved > 0 && `${moved} carried by another feed moved to it`, kept > 0 && `${kept} saved kept`].filter(Boolean).join(', ');
    sink.write(`no longer following ${gone.title} (${gone.url}): ${dropped} stored ${dropped === 1 ? 'story' : 'stories'} dropped${also ? `, ${also}` : ''}\n`);
  }
  return ExitCode.ok;
}
