import type { ListedStory } from '../select/news.js';
import type { Sink } from '../write/sink.js';

/** A field of a tab-separated line: no tabs or line breaks inside. */
export const field = (text: string | null): string => (text ?? '').replace(/[\t\n\r]+/g, ' ');

/** Piped `news`: `number<TAB>date<TAB>feed<TAB>title<TAB>link` per story (the date as YYYY-MM-DD, empty when unknown). */
export function renderNewsPlain(stories: readonly ListedStory[], sink: Sink): void {
  // One write per story would be one system call per line on a pipe: 10,000 of them for a big list.
  const lines: string[] = [];
  for (const s of stories) lines.push(`${s.number}\t${s.date?.slice(0, 10) ?? ''}\t${field(s.feed)}\t${field(s.title)}\t${s.link ?? ''}\n`);
  sink.write(lines.join(''));
}
