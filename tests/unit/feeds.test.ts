// Feeds, piece by piece: reading each format into one shape, knowing the same story twice,
// merging and bounding the stored stories, the store's files, and the small parsers the
// commands use.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseSince } from '../../src/cli/program.js';
import { announcedFeeds } from '../../src/feeds/discover.js';
import { canonicalLink, storyKeys } from '../../src/feeds/identity.js';
import { keyIndex, mergeFeed, newestFirst, pruneStories } from '../../src/feeds/merge.js';
import { NotAFeed, readFeed, type FeedItem } from '../../src/feeds/parse.js';
import { decodeFeed } from '../../src/load/charset.js';
import { ageOf } from '../../src/render/age.js';
import { feedNamed } from '../../src/select/news.js';
import { setAside, withLock, writeAtomic } from '../../src/store/files.js';
import { storeHome, storePaths } from '../../src/store/home.js';
import { storySlug } from '../../src/store/library.js';
import { emptyStories, freshState, readStories, readStoriesIfWhole, storiesPath, writeStories } from '../../src/store/stories.js';
import { opmlOf, readOpml, type Subscription } from '../../src/store/subscriptions.js';
import { windows1252 } from '../helpers/feed-server.js';

const BASE = 'https://news.example';

describe('readFeed: every format in one shape', () => {
  it('RSS 2.0: title, link, GUID, date, author (dc:creator or author), full content over the description', () => {
    const feed = readFeed(
      `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Desk &amp; Co</title><link>${BASE}/</link>
      <item><title>One &lt;b&gt;bold&lt;/b&gt; title</title><link>/a</link><guid isPermaLink="false">id-1</guid><pubDate>Sun, 06 Dec 2026 09:30:00 +0100</pubDate><dc:creator>Ana Lopez</dc:creator><description>short</description><content:encoded><![CDATA[<p>long</p>]]></content:encoded></item>
      <item><guid>${BASE}/b</guid><title>Two</title><author>x@y.z (Tom Reyes)</author><pubDate>not a date</pubDate></item></channel></rss>`,
      `${BASE}/rss.xml`,
    );
    expect(feed).toMatchObject({ format: 'rss', title: 'Desk & Co', site: `${BASE}/` });
    expect(feed.items).toEqual([
      { guid: 'id-1', link: `${BASE}/a`, title: 'One bold title', date: '2026-12-06T08:30:00.000Z', author: 'Ana Lopez', content: '<p>long</p>' },
      { guid: `${BASE}/b`, link: `${BASE}/b`, title: 'Two', date: null, author: 'Tom Reyes', content: null },
    ]);
  });

  it('Atom: the alternate link, published before updated, text constructs of each type', () => {
    const feed = readFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">A &amp;amp; B</title><link href="${BASE}/"/><id>x</id><updated>2026-12-06T00:00:00Z</updated>
      <entry><title type="text">1 &lt; 2 &amp; fine</title><id>urn:1</id><link rel="self" href="${BASE}/self"/><link rel="alternate" href="${BASE}/1"/><updated>2026-12-06T00:00:00Z</updated><published>2026-12-05T00:00:00Z</published><author><name>Li</name></author><author><name>Bo</name></author><summary>plain &lt;text&gt;</summary></entry></feed>`,
      `${BASE}/atom`,
    );
    expect(feed.title).toBe('A & B');
    expect(feed.items[0]).toEqual({ guid: 'urn:1', link: `${BASE}/1`, title: '1 < 2 & fine', date: '2026-12-05T00:00:00.000Z', author: 'Li and Bo', content: '<p>plain &lt;text&gt;</p>' });
  });

  it('Atom: an xhtml title is markup, for the feed as for its entries', () => {
    const xhtml = (text: string) => `<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${text}</div></title>`;
    const feed = readFeed(`<feed xmlns="http://www.w3.org/2005/Atom">${xhtml('Desk &amp; <b>News</b>')}<id>x</id><updated>2026-12-06T00:00:00Z</updated><entry>${xhtml('A <b>B</b>')}<id>urn:1</id><updated>2026-12-06T00:00:00Z</updated></entry></feed>`, `${BASE}/atom`);
    expect([feed.title, feed.items[0]!.title]).toEqual(['Desk & News', 'A B']);
  });

  it('JSON Feed 1.0 and 1.1: author or authors, content_html over content_text', () => {
    const feed = readFeed(JSON.stringify({ version: 'https://jsonfeed.org/version/1', title: 'J', items: [{ id: 7, url: '/7', title: 'Seven', content_text: 'a\n\nb', date_published: '2026-01-01T00:00:00Z', author: { name: 'Old' } }] }), `${BASE}/feed.json`);
    expect(feed.items).toEqual([{ guid: '7', link: `${BASE}/7`, title: 'Seven', date: '2026-01-01T00:00:00.000Z', author: 'Old', content: '<p>a</p>\n<p>b</p>' }]);
  });

  it('RDF (RSS 1.0): dc:date and dc:creator; an item with no title is "(untitled)"', () => {
    const feed = readFeed(`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="x"><title>R</title><link>${BASE}</link></channel><item rdf:about="${BASE}/r"><link>${BASE}/r</link><dc:date>2026-12-02</dc:date><dc:creator>Priya</dc:creator></item></rdf:RDF>`, BASE);
    expect(feed.items[0]).toMatchObject({ title: '(untitled)', link: `${BASE}/r`, date: '2026-12-02T00:00:00.000Z', author: 'Priya' });
  });

  it('refuses declared entities, web pages, malformed XML and JSON that is no feed, saying which', () => {
    const why = (text: string): string => {
      try {
        readFeed(text, BASE);
        return 'read';
      } catch (err) {
        expect(err).toBeInstanceOf(NotAFeed);
        return (err as Error).message;
      }
    };
    expect(why('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "b">]><rss version="2.0"><channel><title>&a;</title></channel></rss>')).toMatch(/declares XML entities/);
    expect(why('<!doctype html><html><body>hi</body></html>')).toBe('it is a web page, not a feed');
    expect(why('<rss version="2.0"><channel><title>x</tit></channel></rss>')).toBe('its XML is malformed');
    expect(why('{"version": "https://jsonfeed.org/version/1.1", "items": [')).toBe('it is not a JSON Feed');
    expect(why('plain words')).toBe('it is not RSS, Atom or a JSON Feed');
    // A DOCTYPE without entities (as old RSS 0.91 feeds carry) is fine.
    expect(why('<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd"><rss version="0.91"><channel><title>Old</title></channel></rss>')).toBe('read');
  });

  it('neutralises control and bidi characters in titles, and never keeps script text', () => {
    const feed = readFeed('<rss version="2.0"><channel><title>T</title><item><title>a\x1b[31m b&lt;script&gt;x()&lt;/script&gt; \u202Ec</title></item></channel></rss>', BASE);
    expect(feed.items[0]!.title).toBe('a^[[31m b \uFFFDc');
  });
});

describe('decodeFeed: byte-order mark, HTTP charset, XML declaration, else UTF-8', () => {
  const xml = (encoding: string, text: string): string => `<?xml version="1.0" encoding="${encoding}"?><rss><channel><title>${text}</title></channel></rss>`;
  it('reads windows-1252 curly quotes and the euro, which Node 20 would read as C1 controls', () => {
    expect(decodeFeed(windows1252(xml('windows-1252', '“€5”')), null).text).toContain('<title>“€5”</title>');
    expect(decodeFeed(windows1252(xml('ISO-8859-1', 'Café')), null).text).toContain('Café');
  });
  it('lets the HTTP charset overrule the declaration, and a byte-order mark overrule both', () => {
    expect(decodeFeed(windows1252(xml('utf-8', 'Café')), 'iso-8859-1').charset).toBe('windows-1252');
    expect(decodeFeed(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml('iso-8859-1', 'Café'))]), 'iso-8859-1').text).toContain('Café');
  });
  it('reads UTF-8 when nothing is declared, invalid bytes as U+FFFD', () => {
    expect(decodeFeed(Buffer.from([...Buffer.from('<rss>'), 0xff, ...Buffer.from('</rss>')]), null)).toEqual({ text: '<rss>\uFFFD</rss>', charset: 'utf-8' });
  });
});

describe('the same story twice', () => {
  it('compares links without tracking parameters or fragment, the host in any case', () => {
    expect(canonicalLink('https://News.Example/a?utm_source=x&id=3&fbclid=y#top')).toBe('https://news.example/a?id=3');
    expect(canonicalLink('https://news.example/a?utm_medium=rss')).toBe('https://news.example/a');
  });
  it('keys a GUID that is only a number within its feed', () => {
    expect(storyKeys('42', null, 'https://a/feed')).toEqual(['guid:https://a/feed#42']);
    expect(storyKeys('tag:news.example,2026:42', 'https://x/y?utm_source=z', 'f')).toEqual(['guid:tag:news.example,2026:42', 'link:https://x/y']);
  });
});

/** A feed item with the given fields. */
const item = (over: Partial<FeedItem>): FeedItem => ({ guid: null, link: null, title: 'T', date: null, author: null, content: null, ...over });

describe('merging and bounding the stored stories', () => {
  const now = '2026-12-07T00:00:00.000Z';

  it('adds new stories, updates known ones, leaves another feed’s story under the first feed', () => {
    const store = emptyStories();
    const content: Record<string, string> = {};
    expect(mergeFeed(store, keyIndex(store.stories), 'A', [item({ link: 'https://x/1', title: 'One', content: '<p>1</p>' })], content, now)).toBe(1);
    expect(mergeFeed(store, keyIndex(store.stories), 'B', [item({ guid: 'urn:b1', link: 'https://x/1?utm_source=b', title: 'One again' })], {}, now)).toBe(0);
    expect(mergeFeed(store, keyIndex(store.stories), 'A', [item({ link: 'https://x/1', title: 'One, updated' })], content, now)).toBe(0);
    expect(store.stories.map((s) => [s.feed, s.title])).toEqual([['A', 'One, updated']]);
    expect(content).toEqual({ 'link:https://x/1': '<p>1</p>' });
  });

  it('keeps what a feed carries and what was saved, however old; drops the rest past the days kept', () => {
    const store = emptyStories();
    const old = '2016-05-01T00:00:00.000Z';
    mergeFeed(store, keyIndex(store.stories), 'A', [item({ link: 'https://x/carried', date: old }), item({ link: 'https://x/saved', date: old }), item({ link: 'https://x/gone', date: old }), item({ link: 'https://x/recent', date: '2026-12-01T00:00:00Z' })], {}, now);
    store.stories.find((s) => s.link === 'https://x/saved')!.saved = 'slug';
    mergeFeed(store, keyIndex(store.stories), 'A', [item({ link: 'https://x/carried', date: old })], {}, now);
    const { dropped } = pruneStories(store, new Set(['A']), 90, Date.parse(now));
    expect(dropped.map((s) => s.link)).toEqual(['https://x/gone']);
    expect(store.stories.map((s) => s.link)).toEqual(['https://x/carried', 'https://x/saved', 'https://x/recent']);
    // A feed no longer followed: only its saved stories stay.
    pruneStories(store, new Set(), 90, Date.parse(now));
    expect(store.stories.map((s) => s.link)).toEqual(['https://x/saved']);
  });

  it('hands a story of a feed no longer followed to another followed feed seen carrying it, with its marks', () => {
    const store = emptyStories();
    mergeFeed(store, keyIndex(store.stories), 'A', [item({ link: 'https://x/shared' }), item({ link: 'https://x/only-a' })], {}, now);
    mergeFeed(store, keyIndex(store.stories), 'B', [item({ link: 'https://x/shared?utm_source=b' })], {}, now);
    mergeFeed(store, keyIndex(store.stories), 'C', [item({ link: 'https://x/shared' })], {}, now);
    mergeFeed(store, keyIndex(store.stories), 'B', [item({ link: 'https://x/shared' })], {}, now);
    const shared = store.stories.find((s) => s.link === 'https://x/shared')!;
    expect([shared.feed, shared.also]).toEqual(['A', ['B', 'C']]);
    shared.read = true;
    // A unfollowed: the shared story goes to C (B is not followed either); A's own story goes.
    const { dropped, moved } = pruneStories(store, new Set(['C']), 90, Date.parse(now));
    expect(moved).toEqual([{ story: shared, from: 'A' }]);
    expect(dropped.map((s) => s.link)).toEqual(['https://x/only-a']);
    expect(store.stories).toEqual([{ ...shared, feed: 'C', also: ['B'], read: true }]);
    // The next fetch of C keeps it up to date as its own.
    mergeFeed(store, keyIndex(store.stories), 'C', [item({ link: 'https://x/shared', title: 'Updated' })], {}, now);
    expect(store.stories.map((s) => [s.feed, s.title, s.read])).toEqual([['C', 'Updated', true]]);
  });

  it('orders newest first; stories of the same time keep their feed’s order', () => {
    const store = emptyStories();
    mergeFeed(store, keyIndex(store.stories), 'A', [item({ link: 'https://x/a' }), item({ link: 'https://x/b' }), item({ link: 'https://x/new', date: '2026-12-08T00:00:00Z' })], {}, now);
    expect(newestFirst(store.stories).map((s) => s.link)).toEqual(['https://x/new', 'https://x/a', 'https://x/b']);
  });
});

describe('the store on disk', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'kara-news-store-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('lives in $KARA_NEWS_HOME, else $XDG_DATA_HOME/kara-news, else ~/.local/share/kara-news', () => {
    expect(storeHome({ KARA_NEWS_HOME: '/k', XDG_DATA_HOME: '/x', HOME: '/h' })).toBe('/k');
    expect(storeHome({ XDG_DATA_HOME: '/x', HOME: '/h' })).toBe('/x/kara-news');
    expect(storeHome({ HOME: '/h' })).toBe('/h/.local/share/kara-news');
    expect(() => storeHome({})).toThrow(/set KARA_NEWS_HOME/);
  });

  it("names a feed's file by the digest of its address every store already uses, on a Node with process.getBuiltinModule or without", async () => {
    const paths = storePaths(dir);
    const { createHash } = await import('node:crypto');
    const feed = 'https://example.com/rss.xml';
    const expected = join(paths.stories, `${createHash('sha256').update(feed).digest('hex').slice(0, 20)}.json`);
    expect(storiesPath(paths, feed)).toBe(expected);
    const getBuiltinModule = process.getBuiltinModule;
    try {
      // Node 20 before 20.16 has no process.getBuiltinModule.
      (process as { getBuiltinModule?: unknown }).getBuiltinModule = undefined;
      expect(storiesPath(paths, feed)).toBe(expected);
    } finally {
      process.getBuiltinModule = getBuiltinModule;
    }
  });

  it('writes atomically: no temporary file left, the old content intact when the write fails', () => {
    const file = join(dir, 'a', 'file.json');
    writeAtomic(file, 'one');
    writeAtomic(file, 'two');
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(readdirSync(join(dir, 'a'))).toEqual(['file.json']);
    expect(() => writeAtomic(join(file, 'under-a-file'), 'x')).toThrow(/cannot write .*nothing was changed/);
    expect(readFileSync(file, 'utf8')).toBe('two');
  });

  it("sets a damaged feed's file aside with every byte; the other feeds read as ever", () => {
    const paths = storePaths(dir);
    const store = emptyStories();
    mergeFeed(store, keyIndex(store.stories), 'A', [item({ link: 'https://x/a' })], {}, '2026-12-07T00:00:00.000Z');
    mergeFeed(store, keyIndex(store.stories), 'B', [item({ link: 'https://x/b' })], {}, '2026-12-07T00:00:00.000Z');
    writeStories(paths, store);
    writeFileSync(storiesPath(paths, 'B'), '{"version":2,"feed":"B","stories":[{"id":');
    expect(readStoriesIfWhole(paths)).toBeNull();
    const warnings: string[] = [];
    expect(readStories(paths, warnings).stories.map((s) => s.link)).toEqual(['https://x/a']);
    expect(warnings).toEqual([expect.stringMatching(/was damaged \(it is not JSON: .*\); it is kept as '[0-9a-f]{20}\.json\.damaged-/)]);
    const aside = readdirSync(paths.stories).find((f) => f.includes('damaged'))!;
    expect(readFileSync(join(paths.stories, aside), 'utf8')).toBe('{"version":2,"feed":"B","stories":[{"id":');
    expect(existsSync(storiesPath(paths, 'B'))).toBe(false);
    expect(() => setAside(join(dir, 'missing.json'), 'why')).toThrow(/cannot be set aside/);
  });

  it('reads back what it writes, one story per line', () => {
    const paths = storePaths(dir);
    const store = emptyStories();
    mergeFeed(store, keyIndex(store.stories), 'A', [item({ link: 'https://x/1' }), item({ link: 'https://x/2' })], {}, '2026-12-07T00:00:00.000Z');
    writeStories(paths, store);
    expect(readStories(paths, [])).toEqual({ ...store, feeds: { A: freshState() } });
    expect(readFileSync(storiesPath(paths, 'A'), 'utf8').split('\n').filter((l) => l.startsWith('{"id"'))).toHaveLength(2);
    // Only the feeds asked for are read.
    expect(readStories(paths, [], [{ feed: 'B' }]).stories).toEqual([]);
  });

  it('runs one update at a time under the lock, and lets go even when the update throws', () => {
    const lock = join(dir, '.lock');
    expect(() => withLock(lock, () => {
      expect(existsSync(lock)).toBe(true);
      throw new Error('boom');
    })).toThrow('boom');
    expect(existsSync(lock)).toBe(false);
    expect(withLock(lock, () => 'done')).toBe('done');
  });

  it('keeps subscriptions as OPML that reads back, with an empty list too', () => {
    const subs = [{ title: 'A & B', url: 'https://a/feed?x=1&y=2', site: 'https://a/', category: 'News/World' }];
    expect(readOpml(opmlOf(subs), 'x')).toEqual(subs);
    expect(readOpml(opmlOf([]), 'x')).toEqual([]);
    expect(() => readOpml('nope', 'feeds.opml')).toThrow(/'feeds\.opml' is not OPML/);
  });
});

describe('picking one feed by name', () => {
  const feed = (title: string, url: string): Subscription => ({ title, url, site: null, category: null });
  const feeds = [feed('Feed 1', 'http://127.0.0.2/feed/1.rss'), feed('Feed 2', 'http://127.0.0.2/feed/2.rss'), feed('World', 'https://news.example/world.rss'), feed('World Cup', 'https://sport.example/cup.rss')];

  it('takes the address, else any part of a name or address; a name match wins over an address, a whole name over a part', () => {
    expect(feedNamed(feeds, 'https://news.example/world.rss').title).toBe('World');
    expect(feedNamed(feeds, 'sport.example').title).toBe('World Cup');
    // Every address on 127.0.0.2 holds a 2; only one name does.
    expect(feedNamed(feeds, '2').title).toBe('Feed 2');
    expect(feedNamed(feeds, 'world').title).toBe('World');
    expect(feedNamed(feeds, 'CUP').title).toBe('World Cup');
  });

  it('refuses a name that picks several as well, or none, and says which there are', () => {
    expect(() => feedNamed(feeds, 'feed')).toThrow(/'feed' matches 2 feeds \(Feed 1, Feed 2\)/);
    expect(() => feedNamed(feeds, '127.0.0')).toThrow(/matches 2 feeds/);
    expect(() => feedNamed(feeds, 'nothing')).toThrow(/no feed matches 'nothing'; feeds: Feed 1, Feed 2, World, World Cup/);
  });
});

describe('small parsers', () => {
  const now = Date.parse('2026-12-07T12:00:00Z');
  it('--since takes an age or a date', () => {
    expect(parseSince('2d', now)).toBe(now - 2 * 86_400_000);
    expect(parseSince('30m', now)).toBe(now - 1_800_000);
    expect(parseSince('2026-12-01', now)).toBe(Date.parse('2026-12-01'));
    expect(() => parseSince('soon', now)).toThrow(/give an age/);
  });
  it('ages fit four columns', () => {
    expect(['2026-12-07T11:59:40Z', '2026-12-07T11:55:00Z', '2026-12-06T12:00:00Z', '2026-11-30T12:00:00Z', '2026-10-01T00:00:00Z', '2016-05-01T00:00:00Z', null].map((d) => ageOf(d, now))).toEqual(['now', '5m', '24h', '7d', '2mo', '10y', '']);
  });
  it('names a saved story by its date and title', () => {
    expect(storySlug('Port workers end strike after “a fair deal”', '2026-12-06T09:30:00Z')).toBe('2026-12-06-port-workers-end-strike-after-a-fair-deal');
    expect(storySlug(null, null)).toBe('story');
    expect(storySlug('x'.repeat(200), null)).toHaveLength(80);
  });
  it('finds the feeds a page announces, not its JSON API', () => {
    const html = `<html><head><link rel="alternate" type="application/rss+xml" href="/rss"><link rel="alternate" type="application/atom+xml" href="https://other/atom"><link rel="alternate" type="application/json" href="/wp-json/"><link rel="stylesheet" href="/s.css"></head></html>`;
    expect(announcedFeeds(html, `${BASE}/page`)).toEqual([`${BASE}/rss`, 'https://other/atom']);
  });
});
