// What every store command shares: where the store is, how to read it safely outside the lock,
// how warnings reach stderr, and the theme for styled output.
import type { OutputFormat } from '../format/output-format.js';
import type { Io } from '../io.js';
import { neutraliseControls } from '../markdown/controls.js';
import type { Theme } from '../render/theme.js';
import { modifiedAt, withLock } from '../store/files.js';
import { storeHome, storePaths, type StorePaths } from '../store/home.js';
import { readStories, readStoriesIfWhole, type FeedRef, type FollowingCopy, type Stories } from '../store/stories.js';
import type { Subscription } from '../store/subscriptions.js';

/** The store's files for this run's environment. */
export const pathsFor = (io: Io): StorePaths => storePaths(storeHome(io.env));

/** Prints warnings, one line each, with nothing in them a terminal would act on. */
export function warn(io: Io, warnings: readonly string[]): void {
  for (const w of warnings) io.stderr.write(`kara-news: warning: ${neutraliseControls(w).replace(/\n/g, ' ')}\n`);
}

/** Reads the stored stories (every feed's, or `only` those); a damaged file is set aside under the lock (another process may be replacing it). */
export function loadStories(paths: StorePaths, warnings: string[], only?: readonly FeedRef[]): Stories {
  return readStoriesIfWhole(paths, only) ?? withLock(paths.lock, () => readStories(paths, warnings, only));
}

/**
 * The subscriptions: the copy stories.json keeps when feeds.opml has not changed since it was
 * taken, else feeds.opml itself (its parser, and the OPML module, loaded only then).
 */
export async function following(paths: StorePaths, stories: Stories): Promise<readonly Subscription[]> {
  const changed = modifiedAt(paths.feeds);
  if (changed === null) return [];
  if (stories.following !== null && stories.following.asOf === changed) return stories.following.subscriptions;
  return (await import('../store/subscriptions.js')).readSubscriptions(paths);
}

/** The copy of the subscriptions stories.json keeps, taken now (after feeds.opml was written). */
export function followingCopy(paths: StorePaths, subscriptions: readonly Subscription[]): FollowingCopy | undefined {
  const asOf = modifiedAt(paths.feeds);
  return asOf === null ? undefined : { asOf, subscriptions };
}

/** The theme for styled output, loaded only when output is styled. */
export async function themeFor(format: Extract<OutputFormat, { kind: 'styled' }>): Promise<Theme> {
  const { createTheme } = await import('../render/theme.js');
  return createTheme(format.colour, format.theme);
}
