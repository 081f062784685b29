// Where the user's own data lives: $KARA_NEWS_HOME, else $XDG_DATA_HOME/kara-news, else
// ~/.local/share/kara-news (the XDG Base Directory default). Nothing is created until it is written.
import { join } from 'node:path';
import { ExitCode, KaraError } from '../errors.js';

/** The files of the store, by what they hold. */
export interface StorePaths {
  readonly home: string;
  /** The subscriptions, as OPML 2.0 a person can edit. */
  readonly feeds: string;
  /** Every stored story (without its text) with read and saved marks, and fetch state: one file per feed. */
  readonly stories: string;
  /** A copy of the subscriptions, as of feeds.opml's last change. */
  readonly following: string;
  /** The feeds' own text of each story, one file per feed. */
  readonly content: string;
  /** The numbers of the last list printed, so `read 3` means its third story. */
  readonly lastList: string;
  /** One Markdown file per saved story. */
  readonly library: string;
  /** Held while the store is updated, so two processes never write at once. */
  readonly lock: string;
  /** What can be worked out again: the statements found in each story, by a digest of its text. */
  readonly cache: string;
}

/** The folder of the user's kara-news data, from the environment; null when it names none (no HOME). */
export function knownStoreHome(env: Readonly<Record<string, string | undefined>>): string | null {
  if (env['KARA_NEWS_HOME']) return env['KARA_NEWS_HOME'];
  if (env['XDG_DATA_HOME']) return join(env['XDG_DATA_HOME'], 'kara-news');
  return env['HOME'] ? join(env['HOME'], '.local', 'share', 'kara-news') : null;
}

/** The folder of the user's kara-news data, from the environment; an error saying what to set when it names none. */
export function storeHome(env: Readonly<Record<string, string | undefined>>): string {
  const home = knownStoreHome(env);
  if (home === null) throw new KaraError('no home folder to keep feeds and saved stories in; set KARA_NEWS_HOME to a folder', ExitCode.usage);
  return home;
}

/** The paths of the store's files under its home folder. */
export function storePaths(home: string): StorePaths {
  return {
    home,
    feeds: join(home, 'feeds.opml'),
    stories: join(home, 'stories'),
    following: join(home, 'following.json'),
    content: join(home, 'content'),
    lastList: join(home, 'last-list.jsonl'),
    library: join(home, 'library'),
    lock: join(home, '.lock'),
    cache: join(home, 'cache'),
  };
}
