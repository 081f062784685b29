// `news -i`: the story list full-screen (interactive/news-list.ts), and what its keys ask for:
// Enter reads the story in the full-screen reader and q comes back to the list where it was; r
// fetches the feeds again; s saves; o opens the story's address in the browser. The terminal is
// handed from list to reader and back, and given back on every way out.
import { spawn } from 'node:child_process';
import type { NewsOptions } from '../cli/program.js';
import { ExitCode, KaraError } from '../errors.js';
import type { Io } from '../io.js';
import { DEFAULT_TIMEOUT_SECONDS } from '../load/read.js';
import { parseArticle } from '../parse/article.js';
import { selectNews, type ListedStory } from '../select/news.js';
import { following, loadStories, pathsFor, themeFor } from './context.js';
import { gather, rememberList } from './news.js';
import { refresh } from './refresh.js';
import { readOnScreen, screenFormat, VIEW_ENDS } from './reader.js';
import { keep } from './save.js';
import { markStory, storyById, storySource } from './stories.js';

/** The program that opens an address: $BROWSER, else the desktop's opener. */
function browser(env: Io['env']): string {
  return env['BROWSER'] || (process.platform === 'darwin' ? 'open' : 'xdg-open');
}

/** Opens an address in the browser, detached; the message to show, which says what went wrong if it did. */
function openInBrowser(url: string, env: Io['env']): Promise<string> {
  const command = browser(env);
  return new Promise((resolve) => {
    try {
      const child = spawn(command, [url], { detached: true, stdio: 'ignore', env: env as NodeJS.ProcessEnv });
      child.on('error', () => resolve(`cannot start '${command}'; set BROWSER to your browser`));
      child.on('spawn', () => {
        child.unref();
        resolve(`opened in ${command}`);
      });
    } catch {
      resolve(`cannot start '${command}'; set BROWSER to your browser`);
    }
  });
}

/** The first line of what went wrong, for the list's status row. */
const short = (err: unknown): string => (err instanceof KaraError ? err.message : (err as Error).message).split('\n')[0]!;

/** `kara-news news -i`: fetch as `news` does, then the list full-screen until q. */
export async function newsInteractively(options: NewsOptions, io: Io): Promise<ExitCode> {
  const format = screenFormat(options, io, 'the interactive list', 'drop -i to print the list');
  const paths = pathsFor(io);
  const gathered = await gather(paths, options, io);
  let code = gathered.code;
  const theme = await themeFor(format);
  const { keyInputFor } = await import('../interactive/key-input.js');
  const { runNewsList } = await import('../interactive/news-list.js');
  const { input, release } = keyInputFor(io.stdin);
  const reading = { timeoutSeconds: options.timeout ?? DEFAULT_TIMEOUT_SECONDS };
  let stories: readonly ListedStory[] = gathered.listed;
  let at: string | null = null;
  let unreadOnly = options.unread === true;
  let message: string | null = null;
  rememberList(paths, stories);
  try {
    for (;;) {
      const end = await runNewsList({ stories, at, unreadOnly, message, theme, input, output: io.stdout as unknown as import('../interactive/terminal.js').ScreenOutput, on: (e, l) => io.on?.(e, l), off: (e, l) => io.off?.(e, l), now: Date.now() });
      message = null;
      if (!('unreadOnly' in end)) return end.kind === 'quit' ? code : VIEW_ENDS[end.kind];
      unreadOnly = end.unreadOnly;
      if (end.kind === 'refresh') {
        at = end.at;
        const before = loadStories(paths, []);
        const refreshed = await refresh(paths, await following(paths, before), before, options, io);
        stories = selectNews(refreshed.stories, refreshed.subscriptions, { since: options.since, feed: options.feed, limit: options.limit });
        rememberList(paths, stories);
        code = refreshed.anyRead ? ExitCode.ok : ExitCode.unavailable;
        message = refreshed.anyRead ? `fetched: ${stories.filter((s) => !s.read).length} unread` : 'no feed could be read';
        continue;
      }
      at = end.story.id;
      if (end.kind === 'open') {
        message = await openInBrowser(end.story.link!, io.env);
        continue;
      }
      const warnings: string[] = [];
      // Only the story's feed is read: the list says which.
      const found = await storyById(paths, end.story.id, end.story.feedUrl, `story ${end.story.number}`, warnings);
      if (found === null) {
        message = 'this story is no longer stored; r fetches the feeds again';
        continue;
      }
      const { story } = end;
      try {
        const article = await parseArticle(await storySource(paths, found, io, reading));
        warnings.push(...article.warnings);
        let saved = story.saved;
        if (end.kind === 'save') {
          const kept = keep(paths, article, found, story.link ?? story.title, warnings);
          saved = kept.slug;
          message = `${kept.updated ? 'updated' : 'saved'} ${kept.slug}`;
        } else {
          markStory(paths, found.story, { read: true }, warnings);
          const how = await readOnScreen(article, theme, format, { input, release: () => {} }, io);
          if (how !== 'quit') return VIEW_ENDS[how];
        }
        stories = stories.map((s) => (s.id === story.id ? { ...s, read: true, saved } : s));
        message = warnings.length > 0 ? warnings[warnings.length - 1]! : message;
      } catch (err) {
        if (!(err instanceof KaraError)) throw err;
        message = short(err);
      }
    }
  } finally {
    release();
  }
}
