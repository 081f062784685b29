// A web server for the feed tests, on 127.0.0.1 at a free port: the feeds under
// tests/fixtures/feeds (each in the encoding it declares), their story pages, a site that
// announces a feed, a 304 for a feed not changed, a permanent redirect, a dead feed, and hostile
// feeds made on the fly. Every request is logged, so a test can see what kara-news asked for.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenLocally } from './local-server.js';
import { fixture } from './run.js';

/** A request as the server saw it. */
export interface Logged {
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
}

/** A running feed server. */
export interface FeedServer {
  readonly base: string;
  readonly requests: Logged[];
  /** Serves `body` (or runs a handler) at a path, in place of anything else there. */
  route(path: string, handler: (req: IncomingMessage, res: ServerResponse) => void): void;
  close(): Promise<void>;
}

/** What windows-1252 puts at 0x80–0x9F, for encoding a fixture written in UTF-8. */
const WINDOWS_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/** Text in windows-1252 (ISO-8859-1 for the characters they share). */
export function windows1252(text: string): Buffer {
  return Buffer.from(Array.from(text, (ch) => (WINDOWS_1252.includes(ch) ? 0x80 + WINDOWS_1252.indexOf(ch) : ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f)));
}

/** The fixture feeds: path, file, media type, and whether to send it in the encoding it declares. */
const FEEDS: Record<string, { file: string; type: string }> = {
  '/world.rss': { file: 'world.rss', type: 'application/rss+xml' },
  '/tech.atom': { file: 'tech.atom', type: 'application/atom+xml' },
  '/daily.json': { file: 'daily.json', type: 'application/feed+json' },
  '/old.rdf': { file: 'old.rdf', type: 'application/rdf+xml' },
  '/legacy.rss': { file: 'legacy.rss', type: 'text/xml' },
  // The world desk's feed served as the wrong type: text/html.
  '/wrong-type.rss': { file: 'world.rss', type: 'text/html' },
};

/** A fixture's text with the server's address in place of {{base}}. */
const fixtureText = (file: string, base: string): string => readFileSync(fixture(`feeds/${file}`), 'utf8').replaceAll('{{base}}', base);

/** A fixture as the bytes its XML declaration names. */
function encoded(text: string): Buffer {
  const declared = /encoding="([^"]+)"/.exec(text.slice(0, 100))?.[1]?.toLowerCase();
  return declared === 'windows-1252' || declared === 'iso-8859-1' ? windows1252(text) : Buffer.from(text, 'utf8');
}

/** An RSS feed of `n` items. */
export function rssOf(n: number, base: string, title = 'Many Items'): string {
  const items: string[] = [];
  for (let i = 0; i < n; i++) items.push(`<item><title>Item ${i}</title><link>${base}/story/item-${i}</link><guid>${base}/item/${i}</guid><pubDate>${new Date(Date.UTC(2026, 0, 1) + i * 60_000).toUTCString()}</pubDate></item>`);
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${title}</title><link>${base}/</link>${items.join('')}</channel></rss>`;
}

/** Hostile feeds, by path. */
function hostile(base: string): Record<string, { type: string; body: string | Buffer }> {
  return {
    '/malformed.rss': { type: 'application/rss+xml', body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Half an item</titl></item>` },
    '/bomb.rss': {
      type: 'application/rss+xml',
      body: `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><rss version="2.0"><channel><title>&lol3;</title><item><title>&lol3;</title><link>${base}/story/bomb</link></item></channel></rss>`,
    },
    '/xxe.rss': { type: 'application/rss+xml', body: `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title><link>${base}/story/xxe</link></item></channel></rss>` },
    '/controls.rss': {
      type: 'application/rss+xml',
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Controls &#x1b;[31mRed</title><item><title>Title with \x1b]8;;http://evil.example\x07a link\x1b]8;;\x07, &lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;bold&lt;/b&gt; and \u202Ereversed\u202C</title><link>${base}/story/controls</link><description>&lt;p&gt;Text with \x1b[2J a clear-screen.&lt;/p&gt;</description></item></channel></rss>`,
    },
    '/not-json.json': { type: 'application/feed+json', body: '{"version": "https://jsonfeed.org/version/1.1", "title": "Cut short", "items": [{"id": "1", "title": "Half' },
    '/not-a-feed.rss': { type: 'application/rss+xml', body: 'PK\x03\x04 this is a zip file, not a feed' },
  };
}

/** Starts the server; stop it with close(). */
export async function startFeedServer(): Promise<FeedServer> {
  const requests: Logged[] = [];
  const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
  let base = '';
  const server = await listenLocally((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const own = routes.get(path.split('?')[0]!);
    if (own) return own(req, res);
    const feed = FEEDS[path];
    if (feed) {
      const body = encoded(fixtureText(feed.file, base));
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 12)}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      return void res.writeHead(200, { 'content-type': feed.type, etag, 'last-modified': 'Sun, 06 Dec 2026 12:00:00 GMT' }).end(body);
    }
    const bad = hostile(base)[path];
    if (bad) return void res.writeHead(200, { 'content-type': bad.type }).end(bad.body);
    if (path === '/subscriptions.opml') return void res.writeHead(200, { 'content-type': 'text/x-opml' }).end(fixtureText('subscriptions.opml', base));
    if (path === '/site/') return void res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html><head><title>World Desk</title><link rel="alternate" type="application/rss+xml" title="World Desk" href="/world.rss"><link rel="alternate" type="application/json" href="/wp-json/wp/v2/pages/1"></head><body><p>Home</p></body></html>`);
    if (path === '/plain-site/') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><head><title>No feed</title></head><body><p>Nothing to follow.</p></body></html>');
    if (path === '/moved.atom') return void res.writeHead(301, { location: '/tech.atom' }).end();
    if (path === '/for-now.atom') return void res.writeHead(302, { location: '/tech.atom' }).end();
    if (path === '/dead.rss') return void res.writeHead(503, { 'content-type': 'text/plain' }).end('down for maintenance');
    if (path === '/many.rss') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssOf(100_000, base));
    if (path === '/over-cap.rss') {
      // Twenty megabytes and a little more, sent in pieces, as a feed that never ends would be.
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      for (let i = 0; i < 21; i++) res.write(chunk);
      return void res.end();
    }
    if (path.startsWith('/story/')) {
      const slug = path.slice('/story/'.length).split('?')[0]!;
      const title = slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(fixture('feeds/story.html'), 'utf8').replaceAll('{{title}}', title));
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('no such page');
  });
  base = server.base;
  return { base, requests, route: (path, handler) => void routes.set(path, handler), close: server.close };
}
