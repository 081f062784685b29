// A web page becomes an article: its metadata, and the tokens of its story with everything else
// (navigation, furniture, other stories) left out. Loaded only for HTML input.
import { joinNames } from '../text/names.js';
import type { Token, Tokens } from 'marked';
import type { Meta } from '../parse/front-matter.js';
import { datelineOf } from '../text/dateline.js';
import { blocks, type Resolve } from './blocks.js';
import { isFurniture, removeFurniture, removeNeverContent } from './boilerplate.js';
import { attr, findFirst, textContent, type Element } from './dom.js';
import { findArticle, removeLabels, removeLinkLists, removeStoryCards } from './extract.js';
import { measureAll } from './measure.js';
import { readMeta } from './metadata.js';
import { nextPageUrl } from './pagination.js';
import { plain, withoutFurnitureLines } from './story-lines.js';
import { parseHtml } from './parse.js';

/** What a page holds for a reader: its metadata and its story as Markdown tokens. */
export interface Page {
  readonly meta: Meta;
  readonly tokens: Token[];
  /** The address of the story's next page, when a page fetched from the web names one (html/pagination.ts). */
  readonly next: string | null;
}

/** Where a page was read from. */
export interface PageLocation {
  /** The web address it was fetched from, or null for a file or standard input. */
  readonly url: string | null;
  /** For a file: its file:// URL, the article's address when the page names no web address of its own. */
  readonly file: string | null;
}

/** The web address a page names for itself: <link rel=canonical>, else og:url; null when neither is an http(s) URL. */
function canonicalUrl(doc: Element): string | null {
  const canonical = findFirst(doc, (e) => e.tag === 'link' && attr(e, 'rel').split(/\s+/).includes('canonical'));
  const og = findFirst(doc, (e) => e.tag === 'meta' && attr(e, 'property') === 'og:url');
  for (const candidate of [canonical && attr(canonical, 'href'), og && attr(og, 'content')]) {
    if (candidate && /^https?:\/\//i.test(candidate.trim())) return candidate.trim();
  }
  return null;
}

/** Schemes a link may keep: the web, mail, and page anchors. Scripts and inline data never. */
const SAFE_SCHEME = /^(?:https?|mailto|ftp|tel):/i;

/** Makes link targets absolute against the page's address (or its <base>), refusing scripts and data. */
export function resolver(doc: Element, url: string | null): Resolve {
  const baseElement = findFirst(doc, (e) => e.tag === 'base' && attr(e, 'href') !== '');
  let base: URL | null = null;
  try {
    base = url ? new URL(baseElement ? attr(baseElement, 'href') : '', url) : null;
  } catch {
    base = null;
  }
  return (href: string): string | null => {
    const target = href.trim();
    if (target === '' || target.startsWith('#')) return null;
    try {
      const absolute = base ? new URL(target, base) : new URL(target);
      return SAFE_SCHEME.test(absolute.protocol) ? absolute.href : null;
    } catch {
      // Relative, with no address to resolve it against: kept as written, unless it names a scheme.
      return /^[a-z][a-z0-9+.-]*:/i.test(target) ? null : target;
    }
  };
}

/** Headings that repeat the headline: the header shows it once, from the metadata. */
function withoutTitle(tokens: Token[], title: string | null): Token[] {
  if (title === null) return tokens;
  const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const wanted = norm(title);
  return tokens.filter((t) => !(t.type === 'heading' && norm(plain((t as Tokens.Heading).tokens)) === wanted));
}

/** A published date as kara-news keeps dates: the calendar date of an ISO date-time, else of any date Date.parse reads, else as written. */
function calendarDate(published: string | null): string | null {
  if (published === null) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(published)) return published.slice(0, 10);
  const time = Date.parse(published);
  return Number.isNaN(time) ? published : new Date(time).toISOString().slice(0, 10);
}

/** Reads a page: its metadata, and its story as tokens, links made absolute against its address. Null when the page holds no story at all. */
export function readPage(html: string, where: PageLocation): Page | null {
  const doc = parseHtml(html);
  const meta = readMeta(doc);
  const next = where.url ? nextPageUrl(doc, where.url) : null;
  // A page saved from a browser still names its address (canonical link, og:url).
  const url = where.url ?? canonicalUrl(doc);
  const resolve = resolver(doc, url);
  const body = findFirst(doc, (e) => e.tag === 'body') ?? doc;
  removeNeverContent(body);
  const measures = measureAll(body, isFurniture);
  const article = findArticle(body, measures);
  if (article === null) return null;
  removeFurniture(article, measures);
  // The story measured again without its furniture: what is left is weighed as it now reads.
  const story = measureAll(article, isFurniture);
  removeStoryCards(article, story);
  removeLinkLists(article, story);
  removeLabels(article, story);
  const title = meta.title ?? (findFirst(body, (e) => e.tag === 'h1') ? textContent(findFirst(body, (e) => e.tag === 'h1')!).replace(/\s+/g, ' ').trim() : null);
  const tokens = withoutFurnitureLines(withoutTitle(blocks([article], resolve), title), meta.authors);
  if (tokens.length === 0) return null;
  const lead = tokens.find((t): t is Tokens.Paragraph => t.type === 'paragraph');
  return {
    meta: { title, date: calendarDate(meta.published), dateline: lead ? datelineOf(plain(lead.tokens)) : null, author: joinNames(meta.authors), authors: meta.authors, site: meta.site, url: url ?? where.file, lang: meta.lang },
    tokens,
    next,
  };
}
