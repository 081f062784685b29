// Following the news end to end: the real bin against a local feed server, with a store of its
// own per test (KARA_NEWS_HOME in a temporary folder).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseOpml } from 'feedsmith';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { closedPort } from '../helpers/local-server.js';
import { bin, root, runBinAsync, type RunResult } from '../helpers/run.js';

let server: FeedServer;
let home: string;

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'kara-news-follow-'));
  server.requests.length = 0;
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

/** Runs kara-news with this test's store. */
const kara = (args: string[], env: Record<string, string> = {}, input?: string): Promise<RunResult> => runBinAsync(args, { env: { KARA_NEWS_HOME: home, ...env }, ...(input !== undefined && { input }) });

/** Runs kara-news and expects it to succeed with nothing on stderr but warnings it names. */
async function ok(args: string[], env: Record<string, string> = {}): Promise<string> {
  const r = await kara(args, env);
  expect(r.stderr.replace(/^kara-news: warning: .*\n/gm, '')).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

/** The stories `news --json` lists. */
async function listed(args: string[] = ['--offline']): Promise<{ number: number; feed: string; title: string; link: string | null; date: string | null; author: string | null; read: boolean; saved: string | null }[]> {
  return JSON.parse(await ok(['news', '--json', ...args])).stories;
}

/** Follows the fixture feeds (world desk first). */
async function followAll(): Promise<void> {
  for (const path of ['/world.rss', '/tech.atom', '/daily.json', '/old.rdf', '/legacy.rss']) await ok(['feeds', 'add', server.base + path]);
}

/** A one-line error on stderr and the exit code. */
function expectError(r: RunResult, code: number, message: RegExp): void {
  expect(r.code).toBe(code);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('feeds: following, listing, importing, exporting, removing', () => {
  it('adds a feed: prints its title and story count, and keeps it in feeds.opml', async () => {
    expect(await ok(['feeds', 'add', `${server.base}/world.rss`])).toBe(`following World Desk: 3 stories (${server.base}/world.rss)\n`);
    const opml = parseOpml(readFileSync(join(home, 'feeds.opml'), 'utf8')) as { body: { outlines: { text: string; xmlUrl: string }[] } };
    expect(opml.body.outlines).toEqual([expect.objectContaining({ text: 'World Desk', xmlUrl: `${server.base}/world.rss` })]);
    expect(await ok(['feeds', 'add', `${server.base}/world.rss`])).toMatch(/^already following World Desk/);
  });

  it("adds a site by the feed its page announces (and not WordPress's JSON API)", async () => {
    expect(await ok(['feeds', 'add', `${server.base}/site/`])).toBe(`following World Desk: 3 stories (${server.base}/world.rss)\n`);
    expectError(await kara(['feeds', 'add', `${server.base}/plain-site/`]), 65, /announces no feed.*give the feed's own address/);
  });

  it('lists the feeds: title, address, stories, unread, last fetched, last error', async () => {
    await ok(['feeds', 'add', `${server.base}/world.rss`]);
    await ok(['feeds', 'add', `${server.base}/daily.json`]);
    const lines = (await ok(['feeds'])).replace(/\n$/, '').split('\n').map((l) => l.split('\t'));
    expect(lines.map((l) => [l[0], l[1], l[2], l[3], l[5]])).toEqual([
      ['World Desk', `${server.base}/world.rss`, '3', '3', ''],
      ['The Daily Brief', `${server.base}/daily.json`, '2', '2', ''],
    ]);
    expect(Date.parse(lines[0]![4]!)).toBeGreaterThan(Date.now() - 600_000);
    const json = JSON.parse(await ok(['feeds', '--json'])).feeds;
    expect(json[1]).toMatchObject({ title: 'The Daily Brief', stories: 2, unread: 2, error: null, site: `${server.base}/daily/` });
  });

  it('imports OPML with folders as categories, exports OPML 2.0 that reads back the same', async () => {
    writeFileSync(join(home, 'in.opml'), readFileSync(new URL('../fixtures/feeds/subscriptions.opml', import.meta.url), 'utf8').replaceAll('{{base}}', server.base));
    expect(await ok(['feeds', 'import', join(home, 'in.opml')])).toMatch(/^imported 3 feeds; 'kara-news news' fetches them/);
    expect(await ok(['feeds', 'import', join(home, 'in.opml')])).toMatch(/^imported 0 feeds \(3 followed already\)/);
    const exported = await ok(['feeds', 'export']);
    const outlines = (parseOpml(exported) as { body: { outlines: { text: string; xmlUrl: string; category?: string }[] } }).body.outlines;
    expect(outlines.map((o) => [o.text, o.xmlUrl, o.category])).toEqual([
      ['World Desk', `${server.base}/world.rss`, 'News'],
      ['RDF Gazette', `${server.base}/old.rdf`, 'News/Regional'],
      ['The Daily Brief', `${server.base}/daily.json`, '/Briefings'],
    ]);
    // Nothing was fetched on import: the next news does it.
    expect(server.requests).toEqual([]);
    expect(JSON.parse(await ok(['feeds', 'export', '--json'])).feeds[1]).toEqual({ title: 'RDF Gazette', url: `${server.base}/old.rdf`, site: null, category: 'News/Regional' });
    expect((await listed([])).map((s) => s.feed)).toContain('RDF Gazette');
  });

  it('imports OPML from a web address, and from standard input', async () => {
    expect(await ok(['feeds', 'import', `${server.base}/subscriptions.opml`])).toMatch(/^imported 3 feeds;/);
    const piped = await kara(['feeds', 'import', '-'], {}, readFileSync(new URL('../fixtures/feeds/subscriptions.opml', import.meta.url), 'utf8').replaceAll('{{base}}', `${server.base}/other`));
    expect(piped.stdout).toMatch(/^imported 3 feeds;/);
    expectError(await kara(['feeds', 'import', `${server.base}/nowhere.opml`]), 66, /no such page/);
    expectError(await kara(['feeds', 'import', '-'], {}, 'not opml'), 65, /'standard input' is not OPML/);
  });

  it('removes a feed by any unique part of its name, dropping its stories but the saved ones and those another feed carries', async () => {
    await followAll();
    const steel = (await listed()).find((s) => s.title.startsWith('Tariff on steel'))!;
    await ok(['save', String(steel.number)]);
    // The port strike is World Desk's (it carried it first) and Tech & Trade's too.
    const port = (await listed()).find((s) => s.link?.includes('/story/port-strike'))!;
    expect(port.feed).toBe('World Desk');
    await ok(['read', String(port.number)]);
    const r = await ok(['feeds', 'remove', 'world']);
    expect(r).toBe(`no longer following World Desk (${server.base}/world.rss): 1 stored story dropped, 1 carried by another feed moved to it, 1 saved kept\n`);
    const after = await listed();
    expect(after.filter((s) => s.feed === 'World Desk').map((s) => s.saved !== null)).toEqual([true]);
    // It moved with its read mark, and the text its first feed gave.
    expect(after.find((s) => s.link?.includes('/story/port-strike'))).toMatchObject({ feed: 'Tech & Trade', read: true });
    expect(readdirSync(join(home, 'content')).some((f) => readFileSync(join(home, 'content', f), 'utf8').includes('Dock workers voted to return on Monday'))).toBe(true);
    expectError(await kara(['feeds', 'remove', 't']), 64, /'t' matches \d feeds/);
    expectError(await kara(['feeds', 'remove', 'nothing-like-it']), 66, /no feed matches 'nothing-like-it'; feeds: /);
  });

  it('a feed taken out of feeds.opml by hand leaves the list and search at once, offline too; its saved stories stay, as with feeds remove', async () => {
    await followAll();
    const steel = (await listed()).find((s) => s.title.startsWith('Tariff on steel'))!;
    await ok(['save', String(steel.number)]);
    const opml = join(home, 'feeds.opml');
    const before = readFileSync(opml, 'utf8');
    expect((await kara(['search', 'flood'])).code).toBe(0);
    writeFileSync(opml, before.replace(/^\s*<outline [^\n]*world\.rss[^\n]*\n/m, ''));
    expect(readFileSync(opml, 'utf8')).not.toContain('world.rss');
    const world = (await listed()).filter((s) => s.feed === 'World Desk');
    expect(world.map((s) => [s.title, s.saved !== null])).toEqual([['Tariff on steel rises to 25 percent', true]]);
    expect((await kara(['search', 'flood'])).code).toBe(1);
    expect(await ok(['search', 'importers'])).toMatch(/^2026-12-06-steel-tariff:/);
    // Followed again, its stories are listed again: nothing was dropped without a fetch.
    writeFileSync(opml, before);
    expect((await listed()).filter((s) => s.feed === 'World Desk')).toHaveLength(3);
  });

  it('refuses what is not a feed with a one-line error and a documented code, following nothing', async () => {
    expectError(await kara(['feeds', 'add', `${server.base}/nowhere.rss`]), 66, /no such page \(HTTP 404/);
    expectError(await kara(['feeds', 'add', `${server.base}/not-a-feed.rss`]), 65, /not a feed kara-news can read|not RSS, Atom or a JSON Feed/);
    expectError(await kara(['feeds', 'add', `${server.base}/dead.rss`]), 69, /HTTP 503/);
    expectError(await kara(['feeds', 'add', 'example.com/rss']), 64, /not a web address/);
    expectError(await kara(['feeds', 'add']), 64, /feeds add needs a feed or site address/);
    expect(existsSync(join(home, 'feeds.opml'))).toBe(false);
  });
});

describe('news: every feed fetched, the stories listed newest first', () => {
  it('reads RSS 2.0, 0.91 and 1.0, Atom and JSON Feed, with dates, authors and links, in their encodings', async () => {
    await followAll();
    const stories = await listed();
    expect(stories.map((s) => [s.number, s.feed, s.title])).toEqual([
      [1, 'Legacy Café', 'Café prices hold steady'], // No date: first seen now, so newest.
      [2, 'Tech & Trade', 'Chip factory opens in the north'],
      [3, 'World Desk', 'Port workers end strike after “a fair deal”'],
      [4, 'World Desk', 'Tariff on steel rises to 25 percent'],
      [5, 'World Desk', 'A page that is gone'],
      [6, 'The Daily Brief', 'Tram line to open next spring'],
      [7, 'RDF Gazette', 'Flood relief reaches the valley'],
      [8, 'The Daily Brief', 'From the archive'],
    ]);
    const [, chip, port, steel, , tram, flood, archive] = stories;
    expect(port).toMatchObject({ date: '2026-12-06T09:30:00.000Z', author: 'Ana Lopez', link: `${server.base}/story/port-strike?utm_source=rss&utm_medium=feed`, read: false, saved: null });
    expect(steel!.author).toBe('Tom Reyes');
    expect(chip).toMatchObject({ author: 'Li Wei', date: '2026-12-06T11:00:00.000Z' });
    expect(tram).toMatchObject({ author: 'Sam Okafor', link: `${server.base}/story/tram-line` });
    expect(flood).toMatchObject({ author: 'Priya Nair', date: '2026-12-02T09:00:00.000Z' });
    // Old dates are no error: a 2016 story its feed still carries is listed, and kept.
    expect(archive).toMatchObject({ date: '2016-05-01T07:00:00.000Z', author: 'Old Desk' });
  });

  it('lists the same story once, under the first feed that carried it (GUID or link, utm_* removed)', async () => {
    await followAll();
    const titles = (await listed()).map((s) => s.title);
    expect(titles.filter((t) => t.startsWith('Port workers end strike'))).toEqual(['Port workers end strike after “a fair deal”']);
  });

  it('prints number, date, feed, title and link tab-separated when piped; the numbers are what read N takes', async () => {
    await ok(['feeds', 'add', `${server.base}/world.rss`]);
    expect(await ok(['news'])).toBe(
      [
        `1\t2026-12-06\tWorld Desk\tPort workers end strike after “a fair deal”\t${server.base}/story/port-strike?utm_source=rss&utm_medium=feed`,
        `2\t2026-12-05\tWorld Desk\tTariff on steel rises to 25 percent\t${server.base}/story/steel-tariff`,
        `3\t2026-12-04\tWorld Desk\tA page that is gone\t${server.base}/gone`,
        '',
      ].join('\n'),
    );
  });

  it('filters: --unread, --since, --feed, --limit; --offline fetches nothing', async () => {
    await followAll();
    server.requests.length = 0;
    expect((await listed(['--offline', '--feed', 'daily'])).map((s) => s.title)).toEqual(['Tram line to open next spring', 'From the archive']);
    expect((await listed(['--offline', '--since', '2026-12-05'])).map((s) => s.title)).toEqual(['Café prices hold steady', 'Chip factory opens in the north', 'Port workers end strike after “a fair deal”', 'Tariff on steel rises to 25 percent']);
    expect((await listed(['--offline', '--limit', '2'])).map((s) => s.number)).toEqual([1, 2]);
    expect(server.requests).toEqual([]);
    await listed();
    await ok(['read', '3']);
    const unread = (await listed(['--offline', '--unread'])).map((s) => s.title);
    expect(unread).toHaveLength(7);
    expect(unread).not.toContain('Port workers end strike after “a fair deal”');
    expectError(await kara(['news', '--offline', '--feed', 'nothing-like-it']), 66, /no feed matches 'nothing-like-it'/);
    expectError(await kara(['news', '--since', 'yesterday']), 64, /--since.*give an age \(30m, 12h, 2d, 1w\) or a date/);
    expectError(await kara(['news', '--limit', '0']), 64, /--limit/);
  });

  it('read N counts in the list printed last, also when that list was printed before (and again)', async () => {
    await followAll();
    await listed(['--feed', 'daily']);
    await listed();
    await listed(['--feed', 'daily']);
    await listed(['--feed', 'daily']);
    expect((await kara(['read', '1'])).code).toBe(0);
    expect((await listed()).filter((s) => s.read).map((s) => s.title)).toEqual(['Tram line to open next spring']);
  });

  it("read N finds its feed's file by the name the last list keeps, and reads the right story whatever that name says", async () => {
    await followAll();
    await listed();
    const text = await ok(['read', '2']);
    expect(text).toMatch(/^\S/);
    const lastList = join(home, 'last-list.jsonl');
    const [header, ...lines] = readFileSync(lastList, 'utf8').trimEnd().split('\n');
    const { files } = JSON.parse(lines.pop()!) as { files: Record<string, string> };
    const feed = (JSON.parse(lines[1]!) as [string, string])[1];
    const other = Object.entries(files).find(([f]) => f !== feed)![1];
    expect(readdirSync(join(home, 'stories'))).toContain(files[feed]);
    // A list from before the names were kept; a name that is another feed's file, or not a file of stories/ at all.
    for (const names of [undefined, { ...files, [feed]: other }, { ...files, [feed]: '../feeds.opml' }, { ...files, [feed]: 'ffffffffffffffffffff.json' }]) {
      writeFileSync(lastList, [header, ...lines, ...(names ? [JSON.stringify({ files: names })] : [])].join('\n') + '\n');
      expect(await ok(['read', '2'])).toBe(text);
    }
  });

  it('an offline list printed again while the store is at rest is the same list; any change to the store shows at once', async () => {
    await followAll();
    await ok(['news']);
    /** Sets every file of the store a minute back: a store at rest, as between a cron job's fetches. */
    const rest = (): void => {
      const past = new Date(Date.now() - 60_000);
      for (const dir of [home, join(home, 'stories')]) for (const name of readdirSync(dir)) if (statSync(join(dir, name)).isFile()) utimesSync(join(dir, name), past, past);
    };
    rest();
    const first = await ok(['news', '--offline']);
    const kept = join(home, 'cache', 'news-list');
    expect(existsSync(kept)).toBe(true);
    expect(await ok(['news', '--offline'])).toBe(first);
    // The kept copy is what is printed while nothing changes (marked here, to the same length, to
    // tell it from a list made afresh) ...
    writeFileSync(kept, readFileSync(kept, 'utf8').replace('Tram line to open', 'Tram line as kept'));
    expect(await ok(['news', '--offline'])).toContain('Tram line as kept next spring');
    // ... and never once anything changes: a story read, a feed renamed by hand in feeds.opml,
    // a stories file copied back over another, another list printed in between.
    const number = first.split('\n').find((line) => line.includes('Tram line'))!.split('\t')[0]!;
    expect((await kara(['read', number])).code).toBe(0);
    expect((await listed(['--offline', '--unread'])).map((s) => s.title)).not.toContain('Tram line to open next spring');
    const afterRead = await ok(['news', '--offline']);
    expect(afterRead).toContain('Tram line to open next spring');
    expect(afterRead).not.toContain('as kept');
    rest();
    await ok(['news', '--offline']);
    const opml = readFileSync(join(home, 'feeds.opml'), 'utf8');
    writeFileSync(join(home, 'feeds.opml'), opml.replaceAll('"World Desk"', '"The World"'));
    expect(await ok(['news', '--offline'])).toContain('\tThe World\tPort workers end strike');
    writeFileSync(join(home, 'feeds.opml'), opml);
    rest();
    expect(await ok(['news', '--offline'])).toBe(afterRead);
    const [file] = readdirSync(join(home, 'stories'));
    const stored = readFileSync(join(home, 'stories', file!), 'utf8');
    writeFileSync(join(home, 'stories', file!), stored.replace(/("id":"[^"]*","title":"[^"]*)"/, '$1 (restored)"'));
    expect(await ok(['news', '--offline'])).toContain('(restored)');
    // read N counts in the list printed last, kept or not: a list printed in between (never kept, as
    // it depends on the time) is the last one until the kept one is printed again.
    rest();
    const full = await ok(['news', '--offline']);
    expect(await ok(['news', '--offline'])).toBe(full);
    const titleOf = (list: string, n: number): string => list.split('\n')[n - 1]!.split('\t')[3]!;
    const between = await ok(['news', '--offline', '--since', '2016-01-01', '--feed', 'daily']);
    expect(titleOf(between, 1)).not.toBe(titleOf(full, 1));
    const readTitles = async (): Promise<string[]> => (await listed(['--offline'])).filter((s) => s.read).map((s) => s.title);
    const readBefore = await readTitles();
    expect(readBefore).not.toContain(titleOf(full, 1));
    rest();
    await ok(['news', '--offline']);
    await ok(['news', '--offline', '--since', '2016-01-01', '--feed', 'daily']);
    expect(await ok(['news', '--offline'])).toBe(full);
    expect((await kara(['read', '1'])).code).toBe(0);
    expect(await readTitles()).toEqual([titleOf(full, 1), ...readBefore]);
  });

  it('asks again conditionally: a feed not changed answers 304, costs nothing, and keeps its stories', async () => {
    await ok(['feeds', 'add', `${server.base}/world.rss`]);
    server.requests.length = 0;
    await ok(['news']);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers['if-none-match']).toMatch(/^"[0-9a-f]+"$/);
    expect(server.requests[0]!.headers['if-modified-since']).toBe('Sun, 06 Dec 2026 12:00:00 GMT');
    expect((await listed()).length).toBe(3);
  });

  it('follows a permanent redirect by updating the stored address; a temporary one changes nothing', async () => {
    await ok(['feeds', 'add', `${server.base}/for-now.atom`]);
    await ok(['feeds', 'add', `${server.base}/moved.atom`]);
    const feeds = JSON.parse(await ok(['feeds', '--json'])).feeds.map((f: { url: string }) => f.url);
    expect(feeds).toEqual([`${server.base}/for-now.atom`, `${server.base}/tech.atom`]);
  });

  it('a story two feeds carry still moves to the second when the first is removed after the second moved address', async () => {
    let moved = false;
    const rss = (title: string): string => `<rss version="2.0"><channel><title>${title}</title><item><title>Shared story</title><link>${server.base}/story/shared</link></item></channel></rss>`;
    server.route('/first.rss', (_req, res) => void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss('First')));
    // The same feed at its new address, unchanged: it answers 304 to the ETag kara-news kept.
    const etag = '"second-1"';
    server.route('/second.rss', (_req, res) => void (moved ? res.writeHead(301, { location: '/second-new.rss' }).end() : res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(rss('Second'))));
    server.route('/second-new.rss', (req, res) => void (req.headers['if-none-match'] === etag ? res.writeHead(304, { etag }).end() : res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(rss('Second'))));
    await ok(['feeds', 'add', `${server.base}/first.rss`]);
    await ok(['feeds', 'add', `${server.base}/second.rss`]);
    moved = true;
    await ok(['news']);
    expect(server.requests.filter((r) => r.path === '/second-new.rss').map((r) => r.headers['if-none-match'])).toEqual([etag]);
    expect(await ok(['feeds', 'remove', 'first'])).toBe(`no longer following First (${server.base}/first.rss): 0 stored stories dropped, 1 carried by another feed moved to it\n`);
    expect(await listed()).toMatchObject([{ title: 'Shared story', feed: 'Second', feedUrl: `${server.base}/second-new.rss` }]);
  });

  it('one feed failing is one warning naming it; the others carry on (exit 0); none read is exit 69', async () => {
    await ok(['feeds', 'add', `${server.base}/world.rss`]);
    const closed = await closedPort();
    writeFileSync(join(home, 'feeds.opml'), readFileSync(join(home, 'feeds.opml'), 'utf8').replace('</body>', `<outline text="Dead" xmlUrl="${server.base}/dead.rss"/><outline text="Refused" xmlUrl="http://127.0.0.1:${closed}/feed.rss"/></body>`));
    const r = await kara(['news']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
    expect(r.stderr.trim().split('\n').sort()).toEqual([
      expect.stringMatching(/^kara-news: warning: feed Dead \(.*\/dead\.rss\) could not be read: the server could not answer \(HTTP 503.*; its stored stories are kept$/),
      expect.stringMatching(/^kara-news: warning: feed Refused \(http:\/\/127\.0\.0\.1:\d+\/feed\.rss\) could not be read: connection refused/),
    ]);
    expect(JSON.parse(await ok(['feeds', '--json'])).feeds.map((f: { error: string | null }) => f.error !== null)).toEqual([false, true, true]);
    await ok(['feeds', 'remove', 'world']);
    const none = await kara(['news']);
    expect(none.code).toBe(69);
    expect(none.stderr).toMatch(/no feed could be read/);
  });

  it('shows a progress line on stderr in a terminal, and never when piped', async () => {
    await ok(['feeds', 'add', `${server.base}/world.rss`]);
    expect((await kara(['news'])).stderr).toBe('');
    // `script` gives kara-news a terminal (stdout goes to /dev/null, stderr stays on it); it runs
    // without blocking this process, whose server must answer.
    const r = await new Promise<string>((resolve) => {
      const child = spawn('script', ['-qec', `'${process.execPath}' '${bin}' news --plain >/dev/null`, '/dev/null'], { cwd: root, env: { PATH: process.env['PATH']!, HOME: home, KARA_NEWS_HOME: home, TERM: 'xterm' } });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.on('close', () => resolve(out));
    });
    expect(r).toContain('fetching feeds: 1 of 1');
    expect(r).toContain('\r\x1b[K');
  });
});

describe('read N and save: a story in full, kept in the library', () => {
  it('reads story N from its page, like any address, and marks it read', async () => {
    await ok(['feeds', 'add', `${server.base}/world.rss`]);
    await ok(['news']);
    const text = await ok(['read', '1']);
    expect(text).toMatch(/^Port strike\n/);
    expect(text).toContain('“We won a fair deal for every worker on these docks,” said Maria Lopez');
    expect(text).not.toMatch(/Home|© World Desk/);
    expect((await listed()).find((s) => s.number === 1)!.read).toBe(true);
    // Every read flag works on a story.
    expect(await ok(['read', '1', '--quotes'])).toContain('Maria Lopez\tsaid\tdirect\tWe won a fair deal for every worker on these docks');
    expect(JSON.parse(await ok(['read', '1', '--json'])).article).toMatchObject({ origin: 'story', pages: [`${server.base}/story/port-strike?utm_source=rss&utm_medium=feed`] });
  });

  it("shows the feed's own text, with one warning saying so, when the story's page cannot be read", async () => {
    await ok(['feeds', 'add', `${server.base}/world.rss`]);
    await ok(['news']);
    const r = await kara(['read', '3']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^kara-news: warning: the story's page could not be read \(no such page \(HTTP 404 Not Found\)\); showing the text its feed gives\n$/);
    expect(r.stdout).toBe('A page that is gone\n\n4 December 2026\n\nThe café reopened after the flood, its owner said.\n\nRepairs cost €40,000.\n');
  });

  it("takes what a story's page leaves out of its date and byline from the feed; what the page says wins", async () => {
    const page = (meta: string): string => `<!doctype html><html><head><title>Bridge reopens</title>${meta}</head><body><article><h1>Bridge reopens</h1><p>The bridge over the river reopened to traffic on Thursday after two years of repairs, the city said.</p><p>Drivers had used a ferry and a detour of forty kilometres since the spring of last year.</p></article></body></html>`;
    server.route('/bridge.rss', (_req, res) => {
      const item = (slug: string, day: string): string => `<item><title>Bridge reopens (${slug})</title><link>${server.base}/${slug}</link><pubDate>${day} Dec 2026 08:00:00 GMT</pubDate><author>city@example.com (Dana Reyes)</author></item>`;
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss version="2.0"><channel><title>City Desk</title>${item('bare', '03')}${item('dated', '02')}</channel></rss>`);
    });
    server.route('/bare', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(page('')));
    server.route('/dated', (_req, res) => void res.writeHead(200, { 'content-type': 'text/html' }).end(page('<meta name="author" content="Sam Ode"><meta property="article:published_time" content="2026-12-01T10:00:00Z">')));
    await ok(['feeds', 'add', `${server.base}/bridge.rss`]);
    await ok(['news']);
    expect(await ok(['read', '1'])).toMatch(/^Bridge reopens\n\n3 December 2026 · by Dana Reyes\n\nThe bridge over the river/);
    expect(await ok(['read', '2'])).toMatch(/^Bridge reopens\n\n1 December 2026 · by Sam Ode\n\nThe bridge over the river/);
    expect(JSON.parse(await ok(['save', '1', '--json'])).saved).toMatchObject({ date: '2026-12-03', path: expect.stringMatching(/2026-12-03-bridge-reopens\.md$/) });
  });

  it('says what to do for a number no list has', async () => {
    expectError(await kara(['read', '4']), 66, /no story 4: .*run 'kara-news news'/);
    await ok(['feeds', 'add', `${server.base}/world.rss`]);
    await ok(['news']);
    expectError(await kara(['read', '9']), 66, /no story 9: the last list had stories 1 to 3/);
  });

  it('saves story N as Markdown with front matter, named by its date and title; saving again updates it', async () => {
    await ok(['feeds', 'add', `${server.base}/world.rss`]);
    await ok(['news']);
    const first = await ok(['save', '1']);
    expect(first).toMatch(/^saved 2026-12-06-port-strike \(.*library\/2026-12-06-port-strike\.md\); 'kara-news read 2026-12-06-port-strike' reads it\n$/);
    const file = join(home, 'library', '2026-12-06-port-strike.md');
    const markdown = readFileSync(file, 'utf8');
    expect(markdown).toMatch(/^---\ntitle: "Port strike"\ndate: "2026-12-06"\nauthor: "Ana Lopez"\nsite: "World Desk"\nsource: "http:\/\/127\.0\.0\.1:\d+\/story\/port-strike\?utm_source=rss&utm_medium=feed"\nlang: "en"\n---\n\n/);
    expect(markdown).toContain('“We won a fair deal for every worker on these docks,” said Maria Lopez');
    expect(await ok(['save', '1'])).toMatch(/^updated 2026-12-06-port-strike/);
    expect(readdirSync(join(home, 'library'))).toEqual(['2026-12-06-port-strike.md']);
    expect((await listed()).find((s) => s.number === 1)!.saved).toBe('2026-12-06-port-strike');
    // list and read find it like a bundled article.
    expect(await ok(['list'])).toMatch(/\n2026-12-06-port-strike\t2026-12-06\tPort strike\n$/);
    expect(await ok(['read', '2026-12-06-port-strike'])).toContain('said Maria Lopez');
    expect(JSON.parse(await ok(['read', '2026-12-06-port-strike', '--json'])).article.origin).toBe('saved');
  });

  it('saves any page by its address, no feed needed', async () => {
    const out = JSON.parse(await ok(['save', `${server.base}/story/chip-factory`, '--json']));
    expect(out.saved).toMatchObject({ slug: '2026-12-06-chip-factory', title: 'Chip factory', updated: false });
    expect(existsSync(out.saved.path)).toBe(true);
    expectError(await kara(['save', 'not-a-story']), 64, /neither a story number .* nor a web address/);
  });

  it('a saved story is never dropped, however old, once its feed stops carrying it', async () => {
    // What the feed carries: first all three, then only the recent one, then nothing.
    let stage = 0;
    server.route('/changing.rss', (_req, res) => {
      const item = (title: string, date: Date): string => `<item><title>${title}</title><link>${server.base}/story/${title.replace(/ /g, '-')}</link><pubDate>${date.toUTCString()}</pubDate></item>`;
      const old = new Date(Date.UTC(2018, 0, 1));
      const items = [item('Kept by saving', old), item('Dropped when gone', old), item('Recent', new Date(Date.now() - 86_400_000))];
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss version="2.0"><channel><title>Changing</title>${items.slice(stage === 0 ? 0 : stage === 1 ? 2 : 3).join('')}</channel></rss>`);
    });
    await ok(['feeds', 'add', `${server.base}/changing.rss`]);
    const all = await listed();
    await ok(['save', String(all.find((s) => s.title === 'Kept by saving')!.number)]);
    stage = 1;
    await ok(['news']);
    expect((await listed()).map((s) => s.title).sort()).toEqual(['Kept by saving', 'Recent']);
    stage = 2;
    await ok(['news', '--keep', '0']);
    expect((await listed()).map((s) => s.title)).toEqual(['Kept by saving']);
  });
});

describe('search: sentences and speakers across the library and the stored stories', () => {
  beforeEach(async () => {
    await ok(['feeds', 'add', `${server.base}/world.rss`]);
    await ok(['feeds', 'add', `${server.base}/daily.json`]);
    await ok(['news']);
    await ok(['save', '1']);
  });

  it('prints slug:section:paragraph: sentence, any case, quotes alike; exit 1 when nothing matches', async () => {
    expect(await ok(['search', 'TARIFF'])).toBe(
      ['2026-12-06-port-strike:0:4: Importers had warned that the tariff on steel, which rose to 25 percent on Saturday, would add to the cost of the delay.', '2026-12-05-tariff-on-steel-rises-to-25-percent:0:1: The tariff rose on Saturday.', ''].join('\n'),
    );
    expect(await ok(['search', '"we won a FAIR deal'])).toContain('2026-12-06-port-strike:0:2: “We won a fair deal');
    expect(await ok(['search', '--regex', 'tram|café'])).toMatch(/^2026-12-04-a-page-that-is-gone:0:1: The café reopened/m);
    const none = await kara(['search', 'zeppelin']);
    expectError(none, 1, /no sentence matches 'zeppelin'/);
    const json = await kara(['search', 'zeppelin', '--json']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual({ schemaVersion: 1, query: 'zeppelin', matches: [] });
  });

  it('read takes the slug search prints for a stored story, and reads its page', async () => {
    expect(await ok(['read', '2026-12-03-tram-line-to-open-next-spring'])).toMatch(/^Tram line\n/);
  });

  it('--speaker lists what a person said across every story, newest first', async () => {
    const lines = (await ok(['search', '--speaker', 'lopez'])).trim().split('\n');
    expect(lines).toEqual([expect.stringMatching(/^2026-12-06-port-strike:0:2: Maria Lopez\tsaid\tdirect\tWe won a fair deal for every worker on these docks$/)]);
    const json = JSON.parse(await ok(['search', '--speaker', 'mayor', '--json']));
    expect(json.statements).toEqual([expect.objectContaining({ slug: '2026-12-03-tram-line-to-open-next-spring', speaker: 'the mayor', kind: 'reported' })]);
    expectError(await kara(['search', '--speaker', 'nobody']), 1, /no statements by 'nobody'/);
    expectError(await kara(['search']), 64, /give text to find, or --speaker NAME/);
  });
});

describe('the store: plain files, atomic writes, a lock, damage set aside', () => {
  it('keeps everything under $KARA_NEWS_HOME, else $XDG_DATA_HOME/kara-news', async () => {
    await ok(['feeds', 'add', `${server.base}/world.rss`]);
    await ok(['news']);
    await ok(['save', '2']);
    expect(readdirSync(home).sort()).toEqual(['content', 'feeds.opml', 'following.json', 'last-list.jsonl', 'library', 'stories']);
    expect(readdirSync(join(home, 'stories'))).toEqual([expect.stringMatching(/^[0-9a-f]{20}\.json$/)]);
    const xdg = mkdtempSync(join(tmpdir(), 'kara-news-xdg-'));
    try {
      const r = await runBinAsync(['feeds', 'add', `${server.base}/world.rss`], { env: { XDG_DATA_HOME: xdg, KARA_NEWS_HOME: '' } });
      expect(r.code).toBe(0);
      expect(existsSync(join(xdg, 'kara-news', 'feeds.opml'))).toBe(true);
    } finally {
      rmSync(xdg, { recursive: true, force: true });
    }
  });

  it('two processes updating at once lose nothing', async () => {
    let held = 0;
    server.route('/slow.rss', (_req, res) => {
      held++;
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss version="2.0"><channel><title>Slow</title><item><title>Slow story</title><link>${server.base}/story/slow</link></item></channel></rss>`), 300);
    });
    await ok(['feeds', 'add', `${server.base}/world.rss`]);
    await ok(['feeds', 'add', `${server.base}/slow.rss`]);
    await ok(['news']);
    // A news in cron and a save and a read in a terminal, all at once.
    const results = await Promise.all([kara(['news']), kara(['news']), kara(['save', '2']), kara(['read', '3']), kara(['feeds', 'add', `${server.base}/daily.json`])]);
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    expect(held).toBeGreaterThanOrEqual(3);
    const stories = await listed();
    expect(stories.map((s) => s.title).sort()).toEqual(['A page that is gone', 'From the archive', 'Port workers end strike after “a fair deal”', 'Slow story', 'Tariff on steel rises to 25 percent', 'Tram line to open next spring']);
    expect(stories.find((s) => s.saved !== null)).toBeDefined();
    expect([...readdirSync(home), ...readdirSync(join(home, 'stories'))].filter((f) => f.includes('.tmp') || f === '.lock')).toEqual([]);
  });

  it('a stories file cut off mid-write is reported and set aside, never emptied; the next news starts afresh', async () => {
    await ok(['feeds', 'add', `${server.base}/world.rss`]);
    const dir = join(home, 'stories');
    const [file] = readdirSync(dir);
    const whole = readFileSync(join(dir, file!), 'utf8');
    writeFileSync(join(dir, file!), whole.slice(0, Math.floor(whole.length / 2)));
    const r = await kara(['news']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^kara-news: warning: '.*stories\/[0-9a-f]{20}\.json' was damaged \(it is not JSON: .*\); it is kept as '[0-9a-f]{20}\.json\.damaged-\d{8}T\d{6}Z' and a new one was started\n$/);
    const aside = readdirSync(dir).find((f) => f.includes('.damaged-'))!;
    expect(readFileSync(join(dir, aside), 'utf8')).toBe(whole.slice(0, Math.floor(whole.length / 2)));
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('a feeds.opml that is not OPML stops with a one-line error and is left as it is', async () => {
    writeFileSync(join(home, 'feeds.opml'), 'not opml at all');
    expectError(await kara(['news']), 65, /feeds\.opml' is not OPML .*fix it, or move it away/);
    expect(readFileSync(join(home, 'feeds.opml'), 'utf8')).toBe('not opml at all');
  });

  it('a lock left by a process that died is broken; a live one is waited for', async () => {
    writeFileSync(join(home, '.lock'), JSON.stringify({ pid: 2 ** 22 + 7, host: (await import('node:os')).hostname(), since: Date.now() }));
    await ok(['feeds', 'add', `${server.base}/world.rss`]);
    expect(existsSync(join(home, '.lock'))).toBe(false);
  });

  it('a story read before is read again at once while another kara-news holds the lock: there is nothing to mark', async () => {
    await ok(['feeds', 'add', `${server.base}/world.rss`]);
    await ok(['news']);
    const text = await ok(['read', '1']);
    // A live holder (this test's own process), as a `news` in cron would be: read 1 waits for nothing.
    const lock = JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname(), since: Date.now() });
    writeFileSync(join(home, '.lock'), lock);
    expect(await ok(['read', '1'])).toBe(text);
    expect(readFileSync(join(home, '.lock'), 'utf8')).toBe(lock);
  });
});

describe('hostile feeds', () => {
  it('malformed XML: the feed is reported, its stored stories kept', async () => {
    let good = true;
    server.route('/flaky.rss', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(good ? `<rss version="2.0"><channel><title>Flaky</title><item><title>Stored before</title><link>${server.base}/story/x</link></item></channel></rss>` : '<rss version="2.0"><channel><title>Flaky</tit');
    });
    await ok(['feeds', 'add', `${server.base}/flaky.rss`]);
    good = false;
    const r = await kara(['news']);
    expect(r.code).toBe(69);
    expect(r.stderr).toMatch(/warning: feed Flaky .* could not be read: its XML is malformed; its stored stories are kept/);
    expect(r.stdout).toMatch(/\tStored before\t/);
  });

  it('an entity bomb and an external entity are refused, never expanded or read', async () => {
    for (const path of ['/bomb.rss', '/xxe.rss']) {
      const r = await kara(['feeds', 'add', server.base + path]);
      expectError(r, 65, /declares XML entities .*refuses them/);
      expect(r.stderr + r.stdout).not.toMatch(/lollol|root:/);
    }
  });

  it('markup and control characters in titles are neutralised like any page text', async () => {
    await ok(['feeds', 'add', `${server.base}/controls.rss`]);
    for (const args of [['news', '--offline'], ['news', '--offline', '--color'], ['feeds'], ['feeds', '--color']]) {
      const out = await ok(args);
      const text = args.includes('--color') ? out.replace(/\x1b\[[0-9;]*m/g, '') : out;
      expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]/);
      expect(text).not.toContain('<script>');
    }
    expect(await ok(['news', '--offline'])).toContain('Title with ^[]8;;http://evil.example^Ga link^[]8;;^G, bold and \uFFFDreversed\uFFFD');
    expect((await ok(['read', '1'])).includes('\x1b')).toBe(false);
  });

  it('a feed of 100,000 items is read whole', async () => {
    const r = await kara(['feeds', 'add', `${server.base}/many.rss`], {});
    expect(r.stdout).toBe(`following Many Items: 100000 stories (${server.base}/many.rss)\n`);
    const first = (await ok(['news', '--offline', '--limit', '2'])).split('\n');
    expect(first[0]).toMatch(/^1\t2026-03-11\tMany Items\tItem 99999\t/);
  }, 120_000);

  it('a feed over 20 MiB is refused at the cap', async () => {
    expectError(await kara(['feeds', 'add', `${server.base}/over-cap.rss`]), 65, /over 20 MiB/);
  });

  it('a feed served as the wrong type is still read; a JSON feed that is not JSON is reported', async () => {
    expect(await ok(['feeds', 'add', `${server.base}/wrong-type.rss`])).toMatch(/^following World Desk: 3 stories/);
    expectError(await kara(['feeds', 'add', `${server.base}/not-json.json`]), 65, /not a JSON Feed|not RSS, Atom or a JSON Feed/);
  });
});
