// A story read over several pages made one article: the first page's metadata, and every page's
// story in order, less what each further page repeats of the pages before it at its start or end
// (the headline, byline, standfirst and furniture a site prints on every page) and the lines of
// the story's own pagination (`1 2 3 Next »`).
import type { Token } from 'marked';
import { blockText } from '../markdown/block-text.js';
import { separateLists } from './blocks.js';
import type { Page } from './page.js';

/** How many blocks at a page's start and end can be what the site repeats on every page. */
const EDGE = 4;

/** A line of pagination: page numbers, next and previous words and arrows, nothing else (`Page 1 of 3`, `‹ 1 2 3 Next ›`). */
const PAGINATION_LINE =
  /^(?:[\s|·•,/:–—-]|\d{1,3}|[‹›«»<>←→…]|page|pages|of|seite|von|página|pagina|de|next|previous|prev|first|last|weiter|zurück|suivant|précédent|siguiente|anterior)+$/i;

/** A block's text as compared between pages: white space collapsed, case folded. */
const key = (token: Token): string => blockText([token]).replace(/\s+/g, ' ').trim().toLowerCase();

/** True when a token is a line of pagination (a paragraph or a list of page links). */
function isPagination(token: Token): boolean {
  if (token.type !== 'paragraph' && token.type !== 'list') return false;
  const text = key(token);
  return text !== '' && /\d|next|prev|weiter|suivant|siguiente|[›»→]/.test(text) && PAGINATION_LINE.test(text);
}

/** Joins the pages of one story, in order, into one page. */
export function joinPages(pages: readonly Page[]): Page {
  const [first, ...rest] = pages;
  if (!first) throw new Error('joinPages needs a page');
  if (rest.length === 0) return first;
  const seen = new Set<string>();
  const tokens: Token[] = [];
  pages.forEach((page, p) => {
    const blocks = page.tokens.filter((t) => !isPagination(t));
    blocks.forEach((token, i) => {
      const text = key(token);
      const atEdge = i < EDGE || i >= blocks.length - EDGE;
      if (p > 0 && atEdge && text !== '' && seen.has(text)) return;
      tokens.push(token);
    });
    for (const token of blocks) seen.add(key(token));
  });
  return { meta: first.meta, tokens: separateLists(tokens), next: null };
}
