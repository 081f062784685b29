// `news` fetching: every followed feed fetched (commands/fetch-feeds.ts) and merged into the store, and
// one warning line for each feed that failed or moved. Loaded only when feeds are fetched, so a
// `news --offline` never loads the feed and OPML parsers.
import type { NewsOptions } from '../cli/program.js';
import type { Io } from '../io.js';
import { DEFAULT_TIMEOUT_SECONDS } from '../load/read.js';
import { feedName } from '../select/news.js';
import type { StorePaths } from '../store/home.js';
import type { Stories } from '../store/stories.js';
import type { Subscription } from '../store/subscriptions.js';
import { warn } from './context.js';
import { applyOutcomes, fetchAll } from './fetch-feeds.js';

/** What a refresh left: the store as written, and whether any feed could be read. */
export interface Refreshed {
  readonly stories: Stories;
  readonly subscriptions: readonly Subscription[];
  readonly anyRead: boolean;
}

/** Fetches every feed and merges what came into the store as it then is; one warning line per feed that failed or moved. */
export async function refresh(paths: StorePaths, subscriptions: readonly Subscription[], before: Stories, options: Pick<NewsOptions, 'timeout' | 'keep'>, io: Io): Promise<Refreshed> {
  const warnings: string[] = [];
  const outcomes = await fetchAll(subscriptions, before, (options.timeout ?? DEFAULT_TIMEOUT_SECONDS) * 1000, io);
  const applied = applyOutcomes(paths, outcomes, { ...(options.keep !== undefined && { keepDays: options.keep }) }, warnings);
  for (const o of outcomes) {
    const name = feedName(applied.moved.get(o.url) ?? o.url, applied.subscriptions, applied.stories);
    if (o.kind === 'failed') warnings.push(`feed ${name} (${o.url}) could not be read: ${o.error}; its stored stories are kept`);
    else if (applied.moved.has(o.url)) warnings.push(`feed ${name} moved for good from ${o.url} to ${applied.moved.get(o.url)}; its address is updated`);
  }
  warn(io, warnings);
  return { stories: applied.stories, subscriptions: applied.subscriptions, anyRead: outcomes.some((o) => o.kind !== 'failed') };
}

