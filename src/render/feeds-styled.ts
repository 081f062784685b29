import type { FeedRow } from '../select/news.js';
import type { Sink } from '../write/sink.js';
import { ageOf } from './age.js';
import type { Theme } from './theme.js';
import { wrapLine } from './wrap.js';

/** `fetched 3h ago`, `fetched just now`. */
const fetchedWhen = (age: string): string => (age === 'now' ? 'fetched just now' : `fetched ${age} ago`);

/** Terminal `feeds`: each feed's title and category, then its address, counts, last fetch and last error. */
export function renderFeedsStyled(feeds: readonly FeedRow[], theme: Theme, width: number, now: number, sink: Sink): void {
  const lines: string[] = [];
  for (const f of feeds) {
    if (lines.length > 0) lines.push('');
    const category = f.category ? theme.muted(`  [${f.category}]`) : '';
    lines.push(...wrapLine(f.title, width).map((l, i, all) => theme.slug(l) + (i === all.length - 1 ? category : '')));
    lines.push(...wrapLine(f.url, width - 2).map((l) => `  ${theme.href(l)}`));
    const fetched = f.fetched ? fetchedWhen(ageOf(f.fetched, now)) : 'never fetched';
    const counts = `${f.stories} ${f.stories === 1 ? 'story' : 'stories'}, ${f.unread > 0 ? theme.unread(`${f.unread} unread`) : '0 unread'} · ${fetched}`;
    lines.push(`  ${counts}`);
    if (f.error) lines.push(...wrapLine(`last error: ${f.error}`, width - 2).map((l) => `  ${theme.error(l)}`));
  }
  sink.write(lines.join('\n') + '\n');
}
