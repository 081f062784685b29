// The bench rows of following the news (npm run bench): listing 100 feeds × 100 stored stories,
// refreshing them from a local server that answers 304 and one that sends every feed whole,
// searching 1,000 saved stories, and reading a stored story against reading its page as a file.
// The feed server runs in a process of its own (scripts/bench-feed-server.mjs), as the bench
// times each command with spawnSync.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FEEDS, STORIES, storyPage } from './bench-feed-server.mjs';

/**
 * Adds the rows to the bench's table.
 * @param {{ root: string, node: string, bin: string, env: Record<string, string>, runs: number, largeRuns: number,
 *   compare: (a: string[], b: string[], runs: number, home?: string) => { a: number[], b: number[] },
 *   compareRounds: (commands: string[][], b: string[], runs: number, home?: string) => { a: number[], b: number[] }[],
 *   row: (label: string, m: { a: number[], b: number[] }, target: number) => unknown,
 *   absolute: (label: string, ms: number[], limit: number) => void }} bench
 */
export async function benchFollow(bench) {
  const { root, node, bin, env, runs, largeRuns, compare, compareRounds, row, absolute } = bench;
  // Each row's command runs with KARA_NEWS_HOME set to its store (the baseline ignores it).
  const dir = join(tmpdir(), 'kara-news-bench', 'follow');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // The bundled article's paragraphs as a story page: about a thousand words of news.
  const paragraphs = readFileSync(join(root, 'articles', 'azerbaijan-denies-ethnic-cleansing.md'), 'utf8')
    .replace(/^---[\s\S]*?\n---\n/, '')
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '' && !p.startsWith('#'))
    .map((p) => `<p>${p.trim().replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n');
  const server = spawn(node, [join(root, 'scripts', 'bench-feed-server.mjs'), paragraphs], { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise((resolve) => server.stdout.once('data', (d) => resolve(d.toString().trim())));
  try {
    /** Runs kara-news with a store, for setting one up. @param {string} home @param {string[]} args */
    const kara = (home, args) => {
      const r = spawnSync(node, [bin, ...args], { env: { ...env, KARA_NEWS_HOME: home }, cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
      if (r.status !== 0) throw new Error(`kara-news ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
      return r.stdout;
    };
    /** A store following the 100 feeds at `prefix`, fetched once. @param {string} name @param {string} prefix */
    const store = (name, prefix) => {
      const home = join(dir, name);
      const outlines = Array.from({ length: FEEDS }, (_, f) => `<outline text="Feed ${f}" type="rss" xmlUrl="${base}${prefix}/feed/${f}.rss"/>`).join('\n');
      const opml = join(dir, `${name}.opml`);
      writeFileSync(opml, `<?xml version="1.0"?><opml version="2.0"><head><title>bench</title></head><body>${outlines}</body></opml>`);
      kara(home, ['feeds', 'import', opml]);
      kara(home, ['news']);
      return home;
    };
    const cached = store('cached', '');
    const full = store('full', '/full');
    const stories = FEEDS * STORIES;
    // Listing made afresh: two lists asked for in turn, so neither is ever the list kept (a list is
    // kept only while it is the last one printed and the store is unchanged).
    const [afresh] = compareRounds([[bin, 'news', '--offline', '--unread'], [bin, 'news', '--offline']], ['-e', '0'], largeRuns, cached);
    row(`news --offline: ${FEEDS} feeds × ${STORIES} stories (${stories.toLocaleString('en-US')}) listed afresh`, /** @type {{ a: number[], b: number[] }} */ (afresh), 2);
    // The same list again, the store at rest (store/list-cache.ts keeps a list only of a store
    // unchanged for 2 s, as a user's store is between fetches): printed as kept.
    kara(cached, ['news', '--offline']);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    const offline = compare([bin, 'news', '--offline'], ['-e', '0'], runs, cached);
    row(`news --offline: the same ${stories.toLocaleString('en-US')} listed again (the list kept)`, offline, 2);
    absolute(`news: ${FEEDS} feeds refreshed, every one 304`, compare([bin, 'news'], ['-e', '0'], largeRuns, cached).a, 1000);
    absolute(`news: ${FEEDS} feeds refreshed, every one sent whole (200)`, compare([bin, 'news'], ['-e', '0'], largeRuns, full).a, 3000);

    // A library of 1,000 saved stories: the bundled article under a thousand titles; the word
    // searched for is in every one (the most work a search can be given).
    const library = join(dir, 'library-home');
    mkdirSync(join(library, 'library'), { recursive: true });
    const body = readFileSync(join(root, 'articles', 'azerbaijan-denies-ethnic-cleansing.md'), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    for (let i = 0; i < 1000; i++) writeFileSync(join(library, 'library', `2026-11-${String((i % 28) + 1).padStart(2, '0')}-story-${i}.md`), `---\ntitle: "Story ${i}"\ndate: "2026-11-${String((i % 28) + 1).padStart(2, '0')}"\nsource: "https://example.com/story/${i}"\n---\n\n${body}`);
    absolute('search over 1,000 saved stories (the word in every one)', compare([bin, 'search', 'Karabakh'], ['-e', '0'], largeRuns, library).a, 1000);

    // read N of a stored story (its page fetched from the local server) against the same page read
    // from a file, and against `read <its address>`: the second isolates finding the story from the
    // cost of fetching its page (node:http: about 1.2x a file read of the same page on Node 20).
    const page = join(dir, 'story.html');
    writeFileSync(page, storyPage(paragraphs));
    const [first] = kara(cached, ['news', '--offline', '--limit', '1']).split('\t').slice(-1);
    row('read N (a stored story, its page fetched) vs read page.html', compare([bin, 'read', '1'], [bin, 'read', page], runs, cached), 1.25);
    row('read N vs read <its address>', compare([bin, 'read', '1'], [bin, 'read', /** @type {string} */ (first).trim()], runs, cached), 1.25);
  } finally {
    server.kill();
  }
}
