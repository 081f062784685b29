// `news -i` driven as a user drives it: the real bin in a real terminal (tmux) against the local
// feed server, keys sent with send-keys, the screen read with capture-pane. Waits are async: the
// server answers from this process, so nothing here may block it.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect } from 'vitest';
import { copySequence } from '../../src/interactive/news-list.js';
import { startFeedServer, type FeedServer } from '../helpers/feed-server.js';
import { bin, installed, itNeeds, root, runBinAsync } from '../helpers/run.js';

const it = itNeeds('tmux');
const scratch = mkdtempSync(join(tmpdir(), 'kara-news-list-'));
const socket = join(scratch, 'tmux.sock');
let server: FeedServer;
let home: string;
let session = 0;
let current = '';

const tmux = (...args: string[]): string => spawnSync('tmux', ['-S', socket, ...args], { encoding: 'utf8' }).stdout;
const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const screen = (): string => tmux('capture-pane', '-p', '-t', current);
const keys = (...k: string[]): void => void tmux('send-keys', '-t', current, ...k);
const rows = (text: string): string[] => text.split('\n');

/** Waits, without blocking the server, until the screen shows what the test expects. */
async function waitFor(test: (text: string) => boolean, timeout = 10_000): Promise<string> {
  const until = Date.now() + timeout;
  let text = screen();
  while (!test(text) && Date.now() < until) {
    await pause(50);
    text = screen();
  }
  return text;
}

/** True once the shell has printed kara-news's exit status and the terminal's modes after it (END comes last). */
const ended = (text: string): boolean => /\nEND\s*$/.test(text);

/** Starts kara-news in a tmux window; after it ends, the shell prints its exit status, the terminal's modes and END. */
function start(args: string[], env: Record<string, string> = {}): void {
  current = `n${++session}`;
  const vars = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8', TERM: 'xterm-256color', KARA_NEWS_HOME: home, ...env };
  const quoted = [process.execPath, bin, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const command = `${quoted}; echo "EXIT=$?"; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo; echo END; exec sleep 600`;
  spawnSync('tmux', ['-S', socket, '-f', '/dev/null', 'new-session', '-d', '-s', current, '-x', '90', '-y', '20', 'env', '-i', ...Object.entries(vars).map(([k, v]) => `${k}=${v}`), 'sh', '-c', command], { cwd: root });
}

beforeAll(async () => {
  server = await startFeedServer();
  if (installed('tmux')) spawnSync('tmux', ['-S', socket, '-f', '/dev/null', 'new-session', '-d', '-s', 'keepalive', 'sleep 3600']);
});
afterAll(async () => {
  if (installed('tmux')) tmux('kill-server');
  rmSync(scratch, { recursive: true, force: true });
  await server.close();
});
beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'kara-news-list-home-'));
  const r = await runBinAsync(['feeds', 'add', `${server.base}/world.rss`], { env: { KARA_NEWS_HOME: home } });
  expect(r.code, r.stderr).toBe(0);
});
afterEach(() => {
  if (installed('tmux')) tmux('kill-session', '-t', current);
  rmSync(home, { recursive: true, force: true });
});

describe('kara-news news -i', () => {
  it('shows the list full-screen: source, age, title and unread mark; q ends it and gives the terminal back', async () => {
    start(['news', '-i']);
    const text = await waitFor((t) => t.includes('? keys'));
    expect(rows(text)[0]).toBe('kara-news news — 3 stories, 3 unread');
    expect(rows(text)[1]).toMatch(/^▸ ● +\S+ +World Desk +Port workers end strike after “a fair deal” *$/);
    expect(rows(text)[2]).toMatch(/^ {2}● +\S+ +World Desk +Tariff on steel rises to 25 percent$/);
    keys('q');
    const after = await waitFor(ended);
    expect(after).toMatch(/EXIT=0\nicanon echo/);
  });

  it('Enter reads the story in the reader; q comes back to the list where it was, the story now read', async () => {
    start(['news', '-i']);
    await waitFor((t) => t.includes('? keys'));
    keys('Down', 'Enter');
    const story = await waitFor((t) => rows(t)[0] === 'Steel tariff');
    expect(story).toContain('Importers had warned that the tariff on steel');
    keys('q');
    const list = await waitFor((t) => t.startsWith('kara-news news') && t.includes('2 unread'));
    // The cursor where it was, and the unread mark gone.
    expect(rows(list)[2]).toMatch(/^▸ {4,}\S+ +World Desk +Tariff on steel rises to 25 percent/);
    keys('u');
    const unread = await waitFor((t) => t.includes('(showing unread)'));
    expect(unread).toContain('Port workers end strike');
    keys('q');
    expect(await waitFor(ended)).toContain('EXIT=0');
    const stories = JSON.parse((await runBinAsync(['news', '--offline', '--json'], { env: { KARA_NEWS_HOME: home } })).stdout).stories;
    expect(stories.find((s: { title: string }) => s.title.startsWith('Tariff')).read).toBe(true);
  });

  it('s saves the story under the cursor, o opens its address in $BROWSER, y copies it, r fetches again', async () => {
    const opened = join(home, 'opened.txt');
    const browser = join(home, 'browser.sh');
    writeFileSync(browser, `#!/bin/sh\necho "$1" > '${opened}'\n`);
    chmodSync(browser, 0o755);
    start(['news', '-i'], { BROWSER: browser });
    await waitFor((t) => t.includes('? keys'));
    keys('s');
    expect(await waitFor((t) => /saved 2026-12-06-port-strike/.test(t))).toMatch(/saved 2026-12-06-port-strike/);
    expect(readdirSync(join(home, 'library'))).toEqual(['2026-12-06-port-strike.md']);
    keys('o');
    await waitFor((t) => t.includes('opened in'));
    for (let i = 0; i < 100 && !existsSync(opened); i++) await pause(50);
    expect(readFileSync(opened, 'utf8')).toBe(`${server.base}/story/port-strike?utm_source=rss&utm_medium=feed\n`);
    keys('y');
    expect(await waitFor((t) => t.includes('copied http'))).toContain(`copied ${server.base}/story/port-strike`);
    const before = server.requests.length;
    keys('r');
    await waitFor((t) => t.includes('fetched:'));
    expect(server.requests.length).toBeGreaterThan(before);
    keys('q');
    expect(await waitFor(ended)).toMatch(/EXIT=0\nicanon echo/);
  });

  it('needs a terminal: piped, it is a usage error that says what to do', async () => {
    const r = await runBinAsync(['news', '-i', '--offline'], { env: { KARA_NEWS_HOME: home } });
    expect(r.code).toBe(64);
    expect(r.stderr).toBe('kara-news: the interactive list needs a terminal, and standard output is not a terminal; drop -i to print the list\n');
  });
});

describe('copying an address', () => {
  it('puts it on the clipboard with OSC 52, base64 inside', () => {
    expect(copySequence('https://a/é')).toBe(`\u001b]52;c;${Buffer.from('https://a/é').toString('base64')}\u0007`);
  });
});
