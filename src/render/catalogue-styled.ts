import type { Article } from '../parse/article.js';
import type { Sink } from '../write/sink.js';
import type { Theme } from './theme.js';

/** Terminal list: aligned columns, the default article marked. */
export function renderCatalogueStyled(articles: readonly Article[], theme: Theme, sink: Sink): void {
  const slugWidth = Math.max(...articles.map((a) => a.name.length));
  articles.forEach((a, i) => {
    const mark = i === 0 ? theme.muted('  (default)') : '';
    sink.write(`${theme.slug(a.name.padEnd(slugWidth))}  ${theme.muted(a.meta.date ?? '          ')}  ${a.meta.title ?? ''}${mark}\n`);
  });
}
