import type { FeedRow } from '../select/news.js';
import type { Sink } from '../write/sink.js';
import { field } from './news-plain.js';

/** Piped `feeds`: `title<TAB>address<TAB>stories<TAB>unread<TAB>last fetched<TAB>last error` per feed. */
export function renderFeedsPlain(feeds: readonly FeedRow[], sink: Sink): void {
  for (const f of feeds) sink.write(`${field(f.title)}\t${f.url}\t${f.stories}\t${f.unread}\t${f.fetched ?? ''}\t${field(f.error)}\n`);
}
