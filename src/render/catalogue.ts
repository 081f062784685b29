import type { Article } from '../parse/article.js';
import type { Sink } from '../write/sink.js';
import type { Theme } from './theme.js';

/** Piped list: `slug<TAB>date<TAB>title` per bundled article. */
export function renderCataloguePlain(articles: readonly Article[], sink: Sink): void {
  for (const a of articles) sink.write(`${a.name}\t${a.meta.date ?? ''}\t${a.meta.title ?? ''}\n`);
}

/** Terminal list: aligned columns, the default article marked. */
export function renderCatalogueStyled(articles: readonly Article[], theme: Theme, sink: Sink): void {
  const slugWidth = Math.max(...articles.map((a) => a.name.length));
  articles.forEach((a, i) => {
    const mark = i === 0 ? theme.muted('  (default)') : '';
    sink.write(`${theme.slug(a.name.padEnd(slugWidth))}  ${theme.muted(a.meta.date ?? '          ')}  ${a.meta.title ?? ''}${mark}\n`);
  });
}
