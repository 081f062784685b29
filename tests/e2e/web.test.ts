// Reading the web, end to end: the real bin against a server of our own on 127.0.0.1 (a free
// port), serving pages written for these tests. No test reaches the internet.
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uncontrolledEscape } from '../helpers/escapes.js';
import { closedPort, listenLocally, TEST_CERTIFICATE, type LocalServer } from '../helpers/local-server.js';
import { fixture, runBin, runBinAsync, visible } from '../helpers/run.js';

const NEWS = readFileSync(fixture('web/news.html'));

/** “日本語の記事です。東京で新しい橋が開通した、と市は発表した。橋の長さは三百メートルである。” in Shift_JIS. */
const SJIS_ARTICLE = Buffer.from(
  '93fa967b8cea82cc8b4c8e9682c582b78142938c8b9e82c5905682b582a28bb482aa8a4a92ca82b582bd814182c68e7382cd94ad955c82b582bd81428bb482cc92b782b382cd8e4f95538381815b8367838b82c582a082e98142',
  'hex',
);

/** “Café “quoted” €5 — naïve” in windows-1252: curly quotes, € and the dash are the bytes Node 20 gets wrong. */
const CP1252_LINE = Buffer.from('436166e9209371756f746564942080352097206e61ef7665', 'hex');

/** A page around some body bytes, in whatever encoding the bytes are. */
const page = (head: string, body: Buffer): Buffer =>
  Buffer.concat([Buffer.from(`<!DOCTYPE html><html><head>${head}<title>Page</title></head><body><article><h1>Page</h1><p>`), body, Buffer.from('</p></article></body></html>')]);

/** A 60 MB page of zeros, gzipped to about 60 KB: it inflates far past the 20 MiB cap. */
const BOMB = gzipSync(Buffer.alloc(60 * 1024 * 1024, 0x20), { level: 9 });

/** Every request the server saw: method, path and User-Agent. */
const requests: { path: string; agent: string }[] = [];

/** The routes of the test server. */
function handle(req: IncomingMessage, res: ServerResponse): void {
  const path = req.url ?? '/';
  requests.push({ path, agent: req.headers['user-agent'] ?? '' });
  const send = (status: number, type: string, body: Buffer | string, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': type, ...headers });
    res.end(body);
  };
  switch (path) {
    case '/news':
      return send(200, 'text/html; charset=utf-8', NEWS);
    case '/r1':
      return send(302, 'text/plain', '', { location: '/r2' });
    case '/r2':
      return send(301, 'text/plain', '', { location: '/news' });
    case '/loop':
      return send(302, 'text/plain', '', { location: '/loop' });
    case '/cp1252-http':
      return send(200, 'text/html; charset=windows-1252', page('', CP1252_LINE));
    case '/cp1252-meta':
      return send(200, 'text/html', page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', CP1252_LINE));
    case '/sjis':
      return send(200, 'text/html', page('<meta charset="Shift_JIS">', SJIS_ARTICLE));
    case '/missing':
      return send(404, 'text/html', '<h1>Not found</h1>');
    case '/gone':
      return send(410, 'text/html', '<h1>Gone</h1>');
    case '/broken':
      return send(500, 'text/html', '<h1>Internal error</h1>');
    case '/image':
      return send(200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    case '/empty':
      return send(200, 'text/html', '<!doctype html><html><head><title>Index</title></head><body><nav><a href="/a">A</a> <a href="/b">B</a></nav></body></html>');
    case '/markdown':
      return send(200, 'text/markdown; charset=utf-8', '# A Markdown story\n\nServed as *Markdown*, read as Markdown.\n');
    case '/deflate':
      return send(200, 'text/html; charset=utf-8', deflateSync(NEWS), { 'content-encoding': 'deflate' });
    case '/br':
      return send(200, 'text/html; charset=utf-8', brotliCompressSync(NEWS), { 'content-encoding': 'br' });
    case '/gzip-damaged':
      return send(200, 'text/html; charset=utf-8', Buffer.concat([gzipSync(NEWS).subarray(0, 40), Buffer.alloc(40, 0xff)]), { 'content-encoding': 'gzip' });
    case '/cut':
      // Promises 100,000 bytes, sends a few, and hangs up.
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': '100000' });
      res.write('<html><body><article><p>The start of a story that is cut off');
      return void setTimeout(() => res.socket?.destroy(), 50);
    case '/not-http':
      return void req.socket.end('HTTP/1.1 200 OK\r\nContent-Length: many\r\n\r\nhello');
    case '/bomb':
      return send(200, 'text/html', BOMB, { 'content-encoding': 'gzip' });
    case '/hostile':
      return send(
        200,
        'text/html',
        '<!doctype html><html><head><title>Evil \x1b[31mtitle\x1b]0;pwned\x07</title><meta name="author" content="Eve \x1b[2J"></head><body><article><p>A story long enough to be one, with a <a href="javascript:alert(1)">script link</a>, a <a href="data:text/html,x">data link</a>, a <a href="https://evil.example/login">https://bank.example/login</a> and an escape \x1b[5m that must not blink, told at length for the reader.</p></article></body></html>',
      );
    case '/never':
      return; // No answer, ever: the client's time-out must end it.
    default:
      return send(404, 'text/plain', 'no such route');
  }
}

let server: LocalServer;
let base = '';

beforeAll(async () => {
  server = await listenLocally(handle);
  base = server.base;
});

afterAll(() => server.close());

/** Expects a one-line error naming the address, with the exit code. */
function expectFailure(r: { stdout: string; stderr: string; code: number | null }, code: number, what: RegExp): void {
  expect(r.code).toBe(code);
  expect(r.stdout).toBe('');
  expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  expect(r.stderr).toMatch(/^kara-news: /);
  expect(r.stderr).toMatch(what);
}

describe('kara-news read <URL>', () => {
  it('prints the story and nothing else: no navigation, share bar, cookie banner, newsletter box, related links, comments or footer', async () => {
    const r = await runBinAsync(['read', `${base}/news`]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const parts = r.stdout.split('\n\n');
    expect(parts[0]).toBe('Harbour Bridge to Reopen in May, Council Says');
    expect(parts[1]).toBe('14 March 2024 · RIVERSIDE · by Priya Natarajan and Tom Baker');
    for (const kept of ['RIVERSIDE — The Harbour Bridge will reopen', '“We are on schedule and on budget,” said council leader Maria Lund', 'What the repairs cost', 'Road surface  £9m', '- the footpath on its east side,', '  The bridge is the city’s front door', 'council’s works page, and the timetable is in bridge-2024.pdf.', 'The Harbour Bridge under scaffolding in February']) {
      expect(r.stdout).toContain(kept);
    }
    for (const left of ['Sport', 'Share on Facebook', 'cookies', 'Sign up', 'morning briefing', 'Ferry fares rise', 'About time too', 'Most read', 'All rights reserved', 'Photo: Gazette staff', 'tracking']) {
      expect(r.stdout).not.toContain(left);
    }
  });

  it('requests the page alone, never its images, styles or scripts, and names itself in the User-Agent', async () => {
    requests.length = 0;
    expect((await runBinAsync(['read', `${base}/news`])).code).toBe(0);
    expect(requests.map((q) => q.path)).toEqual(['/news']);
    expect(requests[0]!.agent).toMatch(/^kara-news\/\d+\.\d+\.\d+ /);
  });

  it('--json reports the metadata: title, authors, date, dateline, site, language and the address', async () => {
    const { article, sections } = JSON.parse((await runBinAsync(['read', `${base}/news`, '--json'])).stdout) as { article: Record<string, unknown>; sections: { heading: string }[] };
    expect(article).toMatchObject({ name: `${base}/news`, origin: 'url', title: 'Harbour Bridge to Reopen in May, Council Says', author: 'Priya Natarajan and Tom Baker', date: '2024-03-14', dateline: 'RIVERSIDE', site: 'The Riverside Gazette', lang: 'en-GB', url: `${base}/news` });
    expect(sections.map((s) => s.heading)).toEqual(['What the repairs cost']);
  });

  it('every flag works on a page: --sections, --section, --quotes, --find, --lede', async () => {
    expect((await runBinAsync(['read', `${base}/news`, '--sections'])).stdout).toBe('1 What the repairs cost\n');
    expect((await runBinAsync(['read', `${base}/news`, '--section', '1'])).stdout).toMatch(/^What the repairs cost\n\nThe council has spent £42 million/);
    const quotes = await runBinAsync(['read', `${base}/news`, '--quotes']);
    expect([quotes.code, quotes.stdout]).toEqual([0, expect.stringMatching(/\tsaid\treported\ttrade had fallen by a third since the closure\n/)]);
    expect((await runBinAsync(['read', `${base}/news`, '--find', 'trade'])).stdout).toBe('1:7: Shop owners near the bridge said trade had fallen by a third since the closure.\n');
    expect((await runBinAsync(['read', `${base}/news`, '--lede'])).stdout).toContain('RIVERSIDE — The Harbour Bridge will reopen');
  });

  it('--markdown prints front matter and Markdown that reads back as the same text', async () => {
    const md = (await runBinAsync(['read', `${base}/news`, '--markdown'])).stdout;
    expect(md).toMatch(/^---\ntitle: "Harbour Bridge to Reopen in May, Council Says"\ndate: "2024-03-14"\ndateline: "RIVERSIDE"\nauthors: \["Priya Natarajan", "Tom Baker"\]\nsite: "The Riverside Gazette"\nsource: "http:\/\/127\.0\.0\.1:\d+\/news"\nlang: "en-GB"\n---\n\n/);
    expect(md).toContain('## What the repairs cost');
    expect(md).toContain(`[council’s works page](${base}/council/bridge-works)`);
    const saved = join(mkdtempSync(join(tmpdir(), 'kara-web-')), 'story.md');
    writeFileSync(saved, md);
    expect(runBin(['read', saved]).stdout).toBe((await runBinAsync(['read', `${base}/news`])).stdout);
  });

  it('follows redirects, up to ten; a loop is an error naming the address, exit 69', async () => {
    expect((await runBinAsync(['read', `${base}/r1`])).stdout).toContain('Harbour Bridge to Reopen');
    expectFailure(await runBinAsync(['read', `${base}/loop`]), 69, /cannot read 'http:\/\/127\.0\.0\.1:\d+\/loop': more than 10 redirects/);
  });

  it('reads windows-1252 (by the HTTP charset, or a <meta> naming latin1), and Shift_JIS', async () => {
    for (const path of ['/cp1252-http', '/cp1252-meta']) expect((await runBinAsync(['read', `${base}${path}`])).stdout).toContain('Café “quoted” €5 — naïve');
    expect((await runBinAsync(['read', `${base}/sjis`])).stdout).toContain('東京で新しい橋が開通した、と市は発表した。');
  });

  it('404 and 410 are no such page (66); 500 is the server failing (69); each says what to do', async () => {
    expectFailure(await runBinAsync(['read', `${base}/missing`]), 66, /: no such page \(HTTP 404 Not Found\); check the address$/m);
    expectFailure(await runBinAsync(['read', `${base}/gone`]), 66, /HTTP 410/);
    expectFailure(await runBinAsync(['read', `${base}/broken`]), 69, /the server could not answer \(HTTP 500 Internal Server Error\); try again later/);
  });

  it('an image is refused as what it is (65); a page with no story says so (65); Markdown is read as Markdown', async () => {
    expectFailure(await runBinAsync(['read', `${base}/image`]), 65, /is image\/png, not an article/);
    expectFailure(await runBinAsync(['read', `${base}/empty`]), 65, /has no article kara-news can find/);
    expect((await runBinAsync(['read', `${base}/markdown`])).stdout).toBe('A Markdown story\n\nServed as Markdown, read as Markdown.\n');
  });

  it('reads a page the server sent compressed with deflate or brotli as it reads it uncompressed', async () => {
    const plain = (await runBinAsync(['read', `${base}/news`])).stdout;
    expect(plain).toContain('Harbour');
    for (const coding of ['deflate', 'br']) {
      const r = await runBinAsync(['read', `${base}/${coding}`]);
      expect(r.code, coding).toBe(0);
      expect(r.stdout, coding).toBe(plain);
    }
  });

  it('a compressed body that is damaged, a body cut off, an answer that is not HTTP: one line saying which (exit 69)', async () => {
    expectFailure(await runBinAsync(['read', `${base}/gzip-damaged`]), 69, /compressed answer is damaged/);
    expectFailure(await runBinAsync(['read', `${base}/cut`]), 69, /the server closed the connection; try again later/);
    expectFailure(await runBinAsync(['read', `${base}/not-http`]), 69, /the server's answer is not valid HTTP/);
  });

  it('stops a body that inflates past 20 MiB while it streams (exit 65), without filling memory', async () => {
    expectFailure(await runBinAsync(['read', `${base}/bomb`]), 65, /over 20 MiB/);
  }, 15_000);

  it('gives up at --timeout on a server that never answers (exit 69)', async () => {
    expectFailure(await runBinAsync(['read', `${base}/never`, '--timeout', '1']), 69, /no complete answer within 1 s; try again later or give --timeout more seconds/);
  }, 12_000);

  it('reads a page over HTTPS from a server whose certificate is trusted; an untrusted one is one line (exit 69)', async () => {
    const secure = await listenLocally(handle, { tls: true });
    try {
      const r = await runBinAsync(['read', `${secure.base}/news`], { env: { NODE_EXTRA_CA_CERTS: TEST_CERTIFICATE } });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe((await runBinAsync(['read', `${base}/news`])).stdout);
      expectFailure(await runBinAsync(['read', `${secure.base}/news`]), 69, /the secure connection failed \(DEPTH_ZERO_SELF_SIGNED_CERT\); the site's certificate is not trusted/);
    } finally {
      await secure.close();
    }
  });

  it('connection refused, a TLS handshake with a server that speaks none, and a host that does not exist: exit 69', async () => {
    const port = await closedPort();
    expectFailure(await runBinAsync(['read', `http://127.0.0.1:${port}/story`]), 69, /connection refused/);
    expectFailure(await runBinAsync(['read', `${base.replace('http:', 'https:')}/news`]), 69, /the secure connection failed/);
    // The .invalid top-level domain never resolves (RFC 2606), with or without a network.
    expectFailure(await runBinAsync(['read', 'http://kara-news-test.invalid/story', '--timeout', '5']), 69, /no such host|no complete answer/);
  });

  it('a page cannot drive the terminal: controls made visible, javascript: and data: links never hyperlinks', async () => {
    const r = await runBinAsync(['read', `${base}/hostile`, '--color', '--hyperlinks', 'always']);
    expect(r.code).toBe(0);
    expect(uncontrolledEscape(r.stdout)).toBeNull();
    expect(visible(r.stdout)).toContain('Evil ^[[31mtitle');
    expect(r.stdout).not.toMatch(/\u001b\]8;;(?:javascript|data):/);
    expect(visible(r.stdout)).toContain('script link');
    // Piped, a link shows its text alone, but for one whose text passes for another address.
    expect((await runBinAsync(['read', `${base}/hostile`])).stdout).toContain('a https://bank.example/login (https://evil.example/login) and');
    const json = JSON.parse((await runBinAsync(['read', `${base}/hostile`, '--json'])).stdout) as { article: { author: string } };
    expect(json.article.author).toBe('Eve ^[[2J');
  });
});

describe('web pages from files and standard input', () => {
  it('reads a saved page by its extension, or by its first bytes, and HTML on standard input', () => {
    const expected = runBin(['read', fixture('web/news.html')]).stdout;
    expect(expected).toContain('The Harbour Bridge will reopen');
    const noExtension = join(mkdtempSync(join(tmpdir(), 'kara-web-')), 'saved-page');
    writeFileSync(noExtension, NEWS);
    expect(runBin(['read', noExtension]).stdout).toBe(expected);
    expect(runBin(['read', '-'], { input: NEWS }).stdout).toBe(expected);
  });

  it('still reads Markdown that mentions HTML as Markdown', () => {
    expect(runBin(['read', '-'], { input: '# Notes\n\nUse <html> tags sparingly.\n' }).stdout).toBe('Notes\n\nUse tags sparingly.\n');
  });
});
