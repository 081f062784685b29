// A feed server for `npm run bench`, in a process of its own (the bench times with spawnSync):
// 100 feeds of 100 stories each, at /feed/N.rss answering 304 to a matching If-None-Match, and
// at /full/feed/N.rss always sending the whole feed; and a story page at /story/*. Prints its
// address on the first line of stdout, then serves until killed.
import { createServer } from 'node:http';

export const FEEDS = 100;
export const STORIES = 100;

/** A story's text as a feed carries it: a paragraph of a summary, as most feeds give. @param {number} f @param {number} i */
const summary = (f, i) =>
  `&lt;p&gt;Officials in district ${f} said on Tuesday that talks over item ${i} would resume next week, after negotiators failed to agree on the terms of a new tariff arrangement covering steel and aluminium.&lt;/p&gt;`;

/** Feed `f` as RSS 2.0, its stories a minute apart. @param {number} f @param {string} base */
function feed(f, base) {
  const items = [];
  for (let i = 0; i < STORIES; i++) {
    const date = new Date(Date.UTC(2026, 10, 1) + (f * STORIES + i) * 60_000).toUTCString();
    items.push(`<item><title>Story ${i} of feed ${f}: talks on tariffs resume</title><link>${base}/story/${f}-${i}</link><guid>${base}/story/${f}-${i}</guid><pubDate>${date}</pubDate><author>desk@example.com (Reporter ${f})</author><description>${summary(f, i)}</description></item>`);
  }
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed ${f}</title><link>${base}/</link>${items.join('')}</channel></rss>`;
}

/** A story page, as served: navigation, the story, a footer. @param {string} paragraphs */
export const storyPage = (paragraphs) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Talks on tariffs resume</title><meta property="og:site_name" content="Bench Desk"></head><body><nav><a href="/">Home</a></nav><article><h1>Talks on tariffs resume</h1>${paragraphs}</article><footer>© Bench Desk</footer></body></html>`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const pageBody = process.argv[2] ?? '<p>No text.</p>';
  let base = '';
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const m = /^\/(full\/)?feed\/(\d+)\.rss$/.exec(url);
    if (m) {
      const etag = `"feed-${m[2]}"`;
      if (!m[1] && req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      return void res.writeHead(200, { 'content-type': 'application/rss+xml', ...(!m[1] && { etag }) }).end(feed(Number(m[2]), base));
    }
    if (url.startsWith('/story/')) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(storyPage(pageBody));
    res.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1', () => {
    base = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}`;
    process.stdout.write(`${base}\n`);
  });
}
