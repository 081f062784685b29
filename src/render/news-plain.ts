import type { ListedStory } from '../select/news.js';
import type { Sink } from '../write/sink.js';

/** A field of a tab-separated line: no tabs or line breaks inside. */
export const field = (text: string | null): string => (text ?? '').replace(/[\t\n\r]+/g, ' ');

/** Piped `news`: `number<TAB>date<TAB>feed<TAB>title<TAB>link` per story (the date as YYYY-MM-DD, empty when unknown). */
export function renderNewsPlain(stories: readonly ListedStory[], sink: Sink): void {
  for (const s of stories) sink.write(`${s.number}\t${s.date?.slice(0, 10) ?? ''}\t${field(s.feed)}\t${field(s.title)}\t${s.link ?? ''}\n`);
}
