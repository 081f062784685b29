// Where a story goes on: the address of its next page, when the page says so in a way that can be
// trusted. A candidate is `<link rel="next">`, an `<a rel="next">`, or a link of the story's own
// pagination (`Next page`, `2`, `›`); whatever it is, its address must be this page's address with
// the page number one higher (`?page=2`, `/2/`, `/page/2`, `-2.html`), on the same site. A "next
// article" link, or another site's, is never followed.
import { attr, findAll, textContent, type Element } from './dom.js';

/** Query parameters that number a story's pages. `p` is left out: WordPress numbers its posts with it. */
const PAGE_PARAMS = new Set(['page', 'pg', 'pagina', 'página', 'seite', 'paged', 'pagenum', 'pagenumber', 'currentpage', 'pn', 'strona', 'sida']);

/** A page number at the end of a path: `/2`, `/2/`, `/page/2`, `/page-2`, `-2.html`, `_2.htm`, `/2.html`. */
const PATH_PAGE = /(?:\/(?:page|seite|pagina|p)[-/]?|[-_/])(\d{1,2})(\/?|\.html?|\.php|\.aspx?)$/i;

/** An address as a series of pages: the address without its page number, and the number (1 when it has none). */
interface PageOf {
  readonly series: string;
  readonly number: number;
}

/** The page an address names within its series; null for an address that is not http(s). */
export function pageOf(address: string): PageOf | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  const host = url.hostname.replace(/^www\./, '');
  let number = 1;
  // An address with no query needs no URLSearchParams (whose first use costs a millisecond).
  const query = url.search === '' ? null : url.searchParams;
  for (const [name, value] of query ? [...query] : []) {
    if (PAGE_PARAMS.has(name.toLowerCase()) && /^\d{1,3}$/.test(value)) {
      number = Number(value);
      query!.delete(name);
    }
  }
  query?.sort();
  let path = url.pathname;
  if (number === 1) {
    const m = PATH_PAGE.exec(path);
    if (m) {
      number = Number(m[1]);
      path = path.slice(0, m.index) + (m[2] === '/' || m[2] === '' ? '' : m[2]);
    }
  }
  path = path.replace(/\/$/, '');
  return { series: `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}${path}?${query ?? ''}`, number };
}

/** Words a link to the next page says, in the languages news is read in; and the arrows it uses. */
const NEXT_WORDS = /^(?:next(?: page)?|continue(?: reading)?|weiter|nächste(?: seite)?|suivant(?:e)?|page suivante|siguiente|próxima|successiva|pagina successiva|volgende|следующая|次へ|下一页|[›»>→]+|next\s*[›»>→]+)$/i;

/** True when a link reads as the way on to a page: a next word or arrow, or the page's number (`2`, `Page 2`). */
function readsAsNext(link: Element, number: number): boolean {
  const text = textContent(link).replace(/\s+/g, ' ').trim();
  if (text === '') return /next|pag/i.test(`${attr(link, 'class')} ${attr(link, 'aria-label')} ${attr(link, 'title')}`);
  return NEXT_WORDS.test(text) || new RegExp(`^(?:page |seite |página |pagina )?${number}$`, 'i').test(text);
}

/**
 * The address of the story's next page, absolute, or null: a `rel="next"` link, else a link that
 * reads as the way on; either way numbered one past this page in the same series.
 */
export function nextPageUrl(doc: Element, address: string): string | null {
  const here = pageOf(address);
  if (here === null) return null;
  const wanted = here.number + 1;
  const follows = (href: string): string | null => {
    let absolute: string;
    try {
      absolute = new URL(href.trim(), address).href;
    } catch {
      return null;
    }
    const there = pageOf(absolute);
    return there !== null && there.series === here.series && there.number === wanted ? absolute.replace(/#.*$/, '') : null;
  };
  const links = findAll(doc, (e) => (e.tag === 'link' || e.tag === 'a') && attr(e, 'href') !== '');
  const rel = (e: Element): boolean => attr(e, 'rel').toLowerCase().split(/\s+/).includes('next');
  for (const link of links.filter(rel)) {
    const next = follows(attr(link, 'href'));
    if (next) return next;
  }
  for (const link of links) {
    if (link.tag !== 'a' || !readsAsNext(link, wanted)) continue;
    const next = follows(attr(link, 'href'));
    if (next) return next;
  }
  return null;
}
