// A story over several pages, end to end: the real bin against a server of our own on 127.0.0.1
// (a free port) serving a story in three pages, a loop, a "next" link to another site, a next page
// that is not there, and a story longer than kara-news follows. No test reaches the internet.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenLocally, type LocalServer } from '../helpers/local-server.js';
import { runBinAsync } from '../helpers/run.js';

/** A paragraph of running prose that names its page and place, so the test can find it. */
const prose = (page: number, n: number): string =>
  `<p>On page ${page}, paragraph ${n} of the story goes on, with enough words in it to read as running prose, the way a reporter writes it for the reader.</p>`;

/** One page of a story: the site's header, the headline and byline it repeats on every page, the page's paragraphs, its pagination. */
function storyPage(options: { title: string; page: number; paragraphs: number; head?: string; pagination?: string }): string {
  const body = Array.from({ length: options.paragraphs }, (_, i) => prose(options.page, i + 1)).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${options.title} | The Paper</title>
<meta property="og:title" content="${options.title}"><meta name="author" content="Ann Lee">${options.head ?? ''}</head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article><h1>${options.title}</h1><p class="byline">By Ann Lee, 3 March 2024</p>
<p class="standfirst">The council voted to close the old bridge for repairs that will take two years, its engineers said.</p>
${body}
${options.pagination ?? ''}</article>
<footer><p>© The Paper. <a href="/about">About us</a></p></footer></body></html>`;
}

/** The pagination a site prints under each page: numbers, and Next on every page but the last. */
function pagination(path: string, page: number, pages: number, rel: boolean): string {
  const href = (n: number): string => (n === 1 ? path : `${path}?page=${n}`);
  const numbers = Array.from({ length: pages }, (_, i) => `<a href="${href(i + 1)}">${i + 1}</a>`).join(' ');
  const next = page < pages ? ` <a href="${href(page + 1)}"${rel ? ' rel="next"' : ''}>Next ›</a>` : '';
  return `<nav class="pagination">${numbers}${next}</nav>`;
}

/** Every request the server saw: host and path. */
const requests: string[] = [];

/** The routes of the test server. */
function handle(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://x');
  requests.push(`${req.headers.host}${url.pathname}${url.search}`);
  const page = Number(url.searchParams.get('page') ?? '1');
  const send = (status: number, body: string): void => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body);
  };
  const port = (req.socket.address() as AddressInfo).port;
  switch (url.pathname) {
    case '/story':
      // Page 1 names page 2 in <link rel="next">; page 2 names page 3 only in its pagination.
      return send(200, storyPage({ title: 'Bridge to close for two years', page, paragraphs: 3, head: page === 1 ? '<link rel="next" href="/story?page=2">' : '', pagination: pagination('/story', page, 3, false) }));
    case '/cycle':
    case '/cycle/2':
      // Two pages that name each other as next: page 2's "next" is page 1, which is no next page.
      return send(200, storyPage({ title: 'A cycle', page: url.pathname === '/cycle' ? 1 : 2, paragraphs: 2, head: `<link rel="next" href="${url.pathname === '/cycle' ? '/cycle/2' : '/cycle'}">` }));
    case '/away':
      // A next page on another site (localhost is not 127.0.0.1), and a next article on this one.
      return send(200, storyPage({ title: 'Away', page: 1, paragraphs: 2, head: `<link rel="next" href="http://localhost:${port}/away?page=2">`, pagination: '<a href="/another-story" rel="next">Next article ›</a>' }));
    case '/broken':
      return page === 1 ? send(200, storyPage({ title: 'Broken', page: 1, paragraphs: 2, pagination: pagination('/broken', 1, 2, true) })) : send(404, '<h1>Not found</h1>');
    case '/long':
      return send(200, storyPage({ title: 'A long story', page, paragraphs: 1, pagination: pagination('/long', page, 12, true) }));
    default:
      return send(404, '<h1>Not found</h1>');
  }
}

let server: LocalServer;
let base = '';

beforeAll(async () => {
  server = await listenLocally(handle);
  base = server.base;
});

afterAll(() => server.close());

/** The article's JSON as read --json prints it. */
const json = async (args: string[]): Promise<{ article: { pages: string[]; words: number; title: string }; paragraphs: { text: string }[] }> =>
  JSON.parse((await runBinAsync(['read', ...args, '--json'])).stdout);

describe('a story over several pages', () => {
  it('reads all three pages as one article: every paragraph in order, headline, byline and standfirst once, no pagination', async () => {
    const r = await runBinAsync(['read', `${base}/story`]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const found = [...r.stdout.matchAll(/On page (\d), paragraph (\d)/g)].map((m) => `${m[1]}.${m[2]}`);
    expect(found).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3']);
    expect(r.stdout.match(/Bridge to close for two years/g)).toHaveLength(1);
    expect(r.stdout.match(/The council voted/g)).toHaveLength(1);
    expect(r.stdout).not.toMatch(/By Ann Lee, 3 March|Next ›|^1 2 3/m);
  });

  it('says in JSON which pages were read, and counts the words of all of them', async () => {
    const all = await json([`${base}/story`]);
    const one = await json([`${base}/story`, '--single-page']);
    expect(all.article.pages).toEqual([`${base}/story`, `${base}/story?page=2`, `${base}/story?page=3`]);
    expect(one.article.pages).toEqual([`${base}/story`]);
    expect(all.article.words).toBeGreaterThan(2.5 * one.article.words);
  });

  it('--single-page reads only the page given', async () => {
    requests.length = 0;
    const r = await runBinAsync(['read', `${base}/story`, '--single-page']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('On page 1, paragraph 3');
    expect(r.stdout).not.toContain('On page 2');
    expect(requests).toEqual([`127.0.0.1:${new URL(base).port}/story`]);
  });

  it('stops at a page that names an earlier one as next: each page once', async () => {
    const r = await runBinAsync(['read', `${base}/cycle`]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect([...r.stdout.matchAll(/On page (\d), paragraph 1/g)].map((m) => m[1])).toEqual(['1', '2']);
  });

  it('never follows a next page on another site, nor a link to the next article', async () => {
    requests.length = 0;
    const r = await runBinAsync(['read', `${base}/away`]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(requests).toEqual([`127.0.0.1:${new URL(base).port}/away`]);
  });

  it('keeps the pages read when the next one is not there, with a warning naming it (exit 0)', async () => {
    const r = await runBinAsync(['read', `${base}/broken`]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('On page 1, paragraph 2');
    expect(r.stderr).toBe(`kara-news: warning: page 2 of the story ('${base}/broken?page=2') could not be read (no such page (HTTP 404 Not Found); check the address); showing the first page read\n`);
  });

  it('follows at most 10 pages, and says the story goes on', async () => {
    const all = await json([`${base}/long`]);
    expect(all.article.pages).toHaveLength(10);
    const r = await runBinAsync(['read', `${base}/long`]);
    expect(r.stderr).toBe(`kara-news: warning: the story goes on past 10 pages ('${base}/long?page=11'); showing the first 10\n`);
    expect(r.stdout).toContain('On page 10, paragraph 1');
    expect(r.stdout).not.toContain('On page 11');
  });

  it('fetches nothing for a page read from a file or standard input', async () => {
    requests.length = 0;
    const html = storyPage({ title: 'Saved', page: 1, paragraphs: 2, head: `<link rel="next" href="${base}/story?page=2">` });
    const r = await runBinAsync(['read', '-', '--json'], { input: html });
    expect(JSON.parse(r.stdout).article.pages).toEqual([]);
    expect(requests).toEqual([]);
  });
});
