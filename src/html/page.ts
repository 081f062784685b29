// A web page becomes an article: its metadata, and the tokens of its story with everything else
// (navigation, furniture, other stories) left out. Loaded only for HTML input.
import { joinNames } from '../text/names.js';
import type { Token, Tokens } from 'marked';
import type { Meta } from '../parse/front-matter.js';
import { hasWordChar, isCapitalised } from '../text/chars.js';
import { blocks, type Resolve } from './blocks.js';
import { isFurniture, removeFurniture, removeNeverContent } from './boilerplate.js';
import { attr, findFirst, textContent, type Element } from './dom.js';
import { findArticle, removeLabels, removeLinkLists, removeStoryCards } from './extract.js';
import { measureAll } from './measure.js';
import { readMeta } from './metadata.js';
import { nextPageUrl } from './pagination.js';
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
function resolver(doc: Element, url: string | null): Resolve {
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

/** Plain text of inline tokens. */
function plain(tokens: readonly Token[]): string {
  return tokens.map((t) => ('tokens' in t && Array.isArray(t.tokens) ? plain(t.tokens) : 'text' in t && typeof t.text === 'string' ? t.text : '')).join('');
}

/** A date or a time as a byline writes it: 2019-11-19, 19/11/2019, 2016.12.01, 10:48, Nov 19, 19 November 2019. */
const DATE_OR_TIME = /\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d{4}年\d{1,2}月/i;

/** Words that open a line of metadata rather than of the story: `By`, `Published`, `Updated`, and their like in a few languages. */
const META_LEAD = /^[-–—|•·\s]*(?:by|von|par|por|di|door|de|published|updated|posted|first published|last updated|publicado|atualizado|actualizado|veröffentlicht|aktualisiert|publié|mis à jour|pubblicato|aggiornato)\b/i;

/**
 * True for a line of metadata left in a story: short, and naming its author, opening with `By`
 * or `Published`, or giving a date or a time (`By Justine Coleman - 11/18/19 11:04 PM`,
 * `PUBLISHED: 10:48, Tue, Nov 19, 2019`, `- by 事務所 ／ 2016.12.01`).
 */
function isMetaLine(text: string, authors: readonly string[]): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  if (words > 16 || /[.!?]["”’]?$/.test(text.trim()) && words > 6) return false;
  return DATE_OR_TIME.test(text) || META_LEAD.test(text) || authors.some((a) => a.length > 3 && text.includes(a));
}

/**
 * Hosts and paths of links that sign a reader up or send them to a social network's profile or
 * home: promotions, not the story. A link to one post, photo or hashtag is a citation, and stays.
 */
const PROMOTION_LINK = /subscri|newsletter|sign-?up|register|eepurl\.com|list-manage\.com|\/join\b|(?:facebook|instagram|linkedin|pinterest)\.com(?![^?#\s]*\/(?:posts|photos|videos|permalink|p|reel|pin)\/)|(?:twitter|x)\.com\/(?!\w+\/status|hashtag\/|search)|t\.me\/|whatsapp/i;

/** Every link target in inline tokens. */
function linkTargets(tokens: readonly Token[]): string[] {
  return tokens.flatMap((t) => (t.type === 'link' ? [(t as Tokens.Link).href, ...linkTargets((t as Tokens.Link).tokens)] : 'tokens' in t && Array.isArray(t.tokens) ? linkTargets(t.tokens) : []));
}

/** Unrendered markup in text: a WordPress shortcode (`[button link=…]…[/button]`), or an HTML tag shown as text. */
const MARKUP_TEXT = /^\s*(?:\[\/?[a-z_-]+(?:\s[^\]]*)?\].*|<[a-z]+[\s>][^]*>)\s*$/i;

/**
 * Paragraphs of a story that are not the story: metadata lines at its start or end, promotions
 * (short paragraphs that link to a sign-up or a social network), and markup shown as text.
 */
function withoutFurnitureLines(tokens: Token[], authors: readonly string[]): Token[] {
  const paragraphs = tokens.map((t, i) => (t.type === 'paragraph' ? i : -1)).filter((i) => i >= 0);
  const edge = new Set([...paragraphs.slice(0, 3), ...paragraphs.slice(-2)]);
  return tokens.filter((t, i) => {
    if (t.type !== 'paragraph') return true;
    const inline = (t as Tokens.Paragraph).tokens;
    const text = plain(inline).trim();
    if (edge.has(i) && isMetaLine(text.replace(/\s+/g, ' '), authors)) return false;
    if (text.length < 400 && text.split(/\s+/).length <= 40 && linkTargets(inline).some((href) => PROMOTION_LINK.test(href))) return false;
    return !(text.startsWith('[') || text.startsWith('<')) || !MARKUP_TEXT.test(text);
  });
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

/**
 * The dateline a story's lead opens with: a place in capitals before a colon or a dash (`BAKU:`,
 * `LONDON —`, `WASHINGTON (Reuters) -`, `SAN JOSÉ, Costa Rica —`), or null.
 */
export function datelineOf(lead: string): string | null {
  const m = /^([^:—–()]{2,60}?)(?: \([^)]{1,40}\))?\s*(?::|—|–|--| -)\s/.exec(lead);
  if (!m) return null;
  // The place: one to four words in capitals, then, after a comma, up to three more (a region or country).
  const [place, region] = m[1]!.split(/,\s*/, 2) as [string, string | undefined];
  const placeWords = place.trim().split(/\s+/);
  if (placeWords.length > 4 || !placeWords.every((w) => isCapitalised(w) && hasWordChar(w))) return null;
  if ([...placeWords.join('')].filter((ch) => isCapitalised(ch)).length < 2) return null;
  if (region !== undefined && (region.trim().split(/\s+/).length > 3 || !region.trim().split(/\s+/).every((w) => w !== w.toLowerCase()))) return null;
  return m[1]!.trim();
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
