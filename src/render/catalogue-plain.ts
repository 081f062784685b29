import type { Article } from '../parse/article.js';
import type { Sink } from '../write/sink.js';

/** Piped list: `slug<TAB>date<TAB>title` per bundled article. */
export function renderCataloguePlain(articles: readonly Article[], sink: Sink): void {
  for (const a of articles) sink.write(`${a.name}\t${a.meta.date ?? ''}\t${a.meta.title ?? ''}\n`);
}
