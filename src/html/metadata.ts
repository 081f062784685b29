// What a page says about its article: title, authors, published date, site name and language,
// from the places publishers put them (JSON-LD, OpenGraph and other <meta> tags, <title>), in
// the order reader views trust them.
import { hasWordChar, wordRuns } from '../text/chars.js';
import { attr, findAll, findFirst, hasAttr, textContent, type Element } from './dom.js';

/** A page's metadata; absent fields are null. */
export interface PageMeta {
  readonly title: string | null;
  /** Every author named, in order. */
  readonly authors: readonly string[];
  /** As the page gives it: an ISO date-time, usually. */
  readonly published: string | null;
  readonly site: string | null;
  /** BCP 47 tag (`en`, `pt-BR`), from <html lang> or the page's locale. */
  readonly lang: string | null;
}

/** schema.org types that are articles (Article, NewsArticle, BlogPosting, ReportageNewsArticle…). */
const ARTICLE_TYPES = /^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference)$/;

/** White space collapsed; null for nothing. */
function clean(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const one = text.replace(/\s+/g, ' ').trim();
  return one === '' ? null : one;
}

/** True for a value that is a URL (an author given as a profile link is not a name). */
const isUrl = (text: string): boolean => /^(?:https?:)?\/\//i.test(text);

/** An object's @type as a list. */
const typesOf = (item: Record<string, unknown>): string[] => {
  const t = item['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
};

/** The article objects of the page's JSON-LD: top-level, in arrays and in @graph. */
function jsonLdArticles(doc: Element): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  for (const script of findAll(doc, (e) => e.tag === 'script' && /ld\+json/i.test(attr(e, 'type')))) {
    let data: unknown;
    try {
      const source = script.children.map((c) => (c.kind === 'text' ? c.text : '')).join('');
      data = JSON.parse(source.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    } catch {
      continue;
    }
    const visit = (item: unknown, depth: number): void => {
      if (depth > 4 || item === null || typeof item !== 'object') return;
      if (Array.isArray(item)) return item.forEach((i) => visit(i, depth + 1));
      const record = item as Record<string, unknown>;
      if (typesOf(record).some((t) => ARTICLE_TYPES.test(t))) found.push(record);
      if (Array.isArray(record['@graph'])) visit(record['@graph'], depth + 1);
      if (record['mainEntity']) visit(record['mainEntity'], depth + 1);
    };
    visit(data, 0);
  }
  return found;
}

/** Share of one title's words the other has: how far two titles name the same thing. */
function likeness(a: string, b: string): number {
  const words = (s: string): string[] => wordRuns(s.toLowerCase());
  const theirs = new Set(words(b));
  const mine = words(a);
  return mine.length === 0 ? 0 : mine.filter((w) => theirs.has(w)).length / mine.length;
}

/**
 * A JSON-LD article's title: its name, or its headline where the two differ and only the
 * headline matches the page's <title> (some sites put their own name in `name`).
 */
function articleTitle(article: Record<string, unknown>, pageTitle: string | null): string | null {
  const name = clean(article['name']);
  const headline = clean(article['headline']);
  if (name && headline && name !== headline && pageTitle) return likeness(headline, pageTitle) > 0.75 && likeness(name, pageTitle) <= 0.75 ? headline : name;
  return name ?? headline;
}

/** The names in a JSON-LD author (or publisher) value: a string, a Person, or a list of them. */
function namesOf(value: unknown): string[] {
  if (typeof value === 'string') return isUrl(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(namesOf);
  if (value && typeof value === 'object') {
    const name = (value as Record<string, unknown>)['name'];
    return typeof name === 'string' ? [name] : Array.isArray(name) ? name.filter((n): n is string => typeof n === 'string') : [];
  }
  return [];
}

/** The page's <meta> values by lower-case name or property (the first of each; property lists split). */
function metaValues(doc: Element): Map<string, string> {
  const values = new Map<string, string>();
  const ranks = new Map<string, number>();
  for (const meta of findAll(doc, (e) => e.tag === 'meta')) {
    const content = clean(attr(meta, 'content'));
    if (content === null) continue;
    // A property (OpenGraph, Dublin Core) says more than a name, which says more than an itemprop.
    for (const [keys, rank] of [[attr(meta, 'property').split(/\s+/), 3], [[attr(meta, 'name')], 2], [[attr(meta, 'itemprop')], 1]] as const) {
      for (const raw of keys) {
        const key = raw.trim().toLowerCase().replace(/\./g, ':');
        if (key === '' || (ranks.get(key) ?? 0) >= rank) continue;
        values.set(key, content);
        ranks.set(key, rank);
      }
    }
  }
  return values;
}

/** The first of the named <meta> values that is there. */
const first = (values: Map<string, string>, keys: readonly string[]): string | null => {
  for (const key of keys) {
    const v = values.get(key);
    if (v) return v;
  }
  return null;
};

/** Words in a title. */
const wordsIn = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * The headline within a page's <title>, which often names the site too: `Headline | Site`,
 * `Site - Section - Headline`, `Site: Headline`. The last part after a separator goes (the first,
 * if that leaves under three words); after a colon, what follows it, unless a heading states the
 * whole title; a title left at four words or fewer falls back to the whole, as reader views do it.
 */
export function headlineOf(title: string, headings: readonly string[]): string {
  let headline = title;
  let hierarchical = false;
  const separators = [...title.matchAll(/ [|\-–—\\/>»] /g)];
  if (separators.length > 0) {
    hierarchical = / [\\/>»] /.test(title);
    headline = title.slice(0, separators[separators.length - 1]!.index);
    if (wordsIn(headline) < 3) headline = title.slice(separators[0]!.index + separators[0]![0].length);
  } else if (title.includes(': ') && !headings.includes(title)) {
    headline = title.slice(title.lastIndexOf(':') + 1);
    if (wordsIn(headline) < 3) headline = title.slice(title.indexOf(':') + 1);
    else if (wordsIn(title.slice(0, title.indexOf(':'))) > 5) headline = title;
  } else if ((title.length > 150 || title.length < 15) && headings.length === 1) {
    headline = headings[0]!;
  }
  headline = headline.replace(/\s+/g, ' ').trim();
  const n = wordsIn(headline);
  if (n <= 4 && (!hierarchical || n !== wordsIn(title.replace(/[|\-–—\\/>»]+/g, '')) - 1)) return title;
  return headline;
}

/** Text of the page's first headings of a level, white space collapsed. */
const headingTexts = (doc: Element): string[] =>
  findAll(doc, (e) => e.tag === 'h1' || e.tag === 'h2')
    .slice(0, 20)
    .map((h) => clean(textContent(h)))
    .filter((t): t is string => t !== null);

/** A date or a time as a byline writes it after the name: `March 25, 2015`, `2016.12.01`, `@ 11:10 PM`. */
const BYLINE_DATE = /\s*(?:[-–—|,@·/／]\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{4}[./-]\d{1,2}[./-]\d{1,2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\b).*$/i;

/** Words a byline opens with before the name: `By Ann Lee`, `Par …`, `Written by …`, `Posted by …`. */
const BYLINE_LEAD = /^\s*(?:(?:written|posted|reported|words)\s+by|by|von|par|por|di|door|av|af)\s*[:-]?\s+/i;

/**
 * The name in a byline as a page writes it: without `By` before it and the date or time after
 * it (`By Nathan Willis March 25, 2015` is Nathan Willis); null when no name is left, or what
 * is left is a label (`Last Updated: …`) or a user name (`devindra`, `CC7567`).
 */
export function nameInByline(byline: string): string | null {
  const name = byline.replace(/\s+/g, ' ').replace(BYLINE_LEAD, '').replace(BYLINE_DATE, '').replace(/[\s,;:|–—-]+$/, '').trim();
  if (!hasWordChar(name) || /^(?:last\s+)?(?:updated|published|posted|modified)\b/i.test(name)) return null;
  if (!/\s/.test(name) && /^[\x21-\x7e]+$/.test(name) && (/\d/.test(name) || name === name.toLowerCase())) return null;
  return name;
}

/** The first byline element in the page that names someone: rel=author, itemprop=author, or a class or id naming a byline. */
function bylineInPage(doc: Element): string | null {
  const body = findFirst(doc, (e) => e.tag === 'body') ?? doc;
  for (const candidate of findAll(body, (e) => {
    if (e.tag === 'meta' || e.tag === 'link' || e.tag === 'script' || e.tag === 'html' || e.tag === 'body' || hasAttr(e, 'hidden')) return false;
    const hint = `${attr(e, 'class')} ${attr(e, 'id')}`;
    return attr(e, 'rel') === 'author' || attr(e, 'itemprop').includes('author') || /byline|author|writtenby|p-author/i.test(hint);
  })) {
    const text = textContent(candidate).trim();
    if (text.length === 0 || text.length >= 100) continue;
    const named = findFirst(candidate, (e) => attr(e, 'itemprop').includes('name'));
    const name = nameInByline(textContent(named ?? candidate));
    if (name) return name;
  }
  return null;
}

/** The page's language: <html lang>, else its declared locale. */
function languageOf(doc: Element, values: Map<string, string>): string | null {
  const html = findFirst(doc, (e) => e.tag === 'html');
  const tag = clean(html ? attr(html, 'lang') || attr(html, 'xml:lang') : '') ?? first(values, ['content-language', 'og:locale', 'dc:language', 'language']);
  return tag === null ? null : tag.replace(/_/g, '-').split(/[\s,]/)[0]!;
}

/**
 * The published date the page gives first, in the order reader views trust its sources; where a
 * later source gives the same moment in the publisher's own time zone (`…-08:00` for `…Z`), that
 * one, so the calendar date is the one the publisher printed.
 */
function publishedDate(candidates: readonly (string | null)[]): string | null {
  const given = candidates.filter((d): d is string => d !== null);
  const chosen = given[0];
  if (chosen === undefined || !/Z$/i.test(chosen)) return chosen ?? null;
  const moment = Date.parse(chosen);
  return given.find((d) => /[+-]\d{2}:?\d{2}$/.test(d) && Math.abs(Date.parse(d) - moment) < 60_000) ?? chosen;
}

/** Reads a page's metadata; `bodyByline` is the byline found in the article's own text, if any. */
export function readMeta(doc: Element): PageMeta {
  const values = metaValues(doc);
  const ld = jsonLdArticles(doc);
  const titleElement = findFirst(doc, (e) => e.tag === 'title');
  const pageTitle = titleElement ? clean(textContent(titleElement)) : null;
  const headings = headingTexts(doc);

  // The publisher's own titles first (JSON-LD, then <meta>), as they give them; the <title> only
  // when there is none, less the site's name.
  const ldTitle = ld.map((a) => articleTitle(a, pageTitle)).find((t) => t !== null) ?? null;
  const metaTitle = first(values, ['dc:title', 'dcterm:title', 'og:title', 'title', 'twitter:title', 'parsely-title', 'headline']);
  const title = ldTitle ?? metaTitle ?? (pageTitle ? headlineOf(pageTitle, headings) : (headings[0] ?? null));

  const ldAuthors = ld.flatMap((a) => namesOf(a['author']).concat(namesOf(a['creator']))).map((n) => nameInByline(n)).filter((n): n is string => n !== null);
  // JSON-LD names each author; a <meta> or the page gives one byline, kept as the page writes it.
  const metaAuthor = ['dc:creator', 'dcterm:creator', 'author', 'parsely-author', 'article:author', 'og:article:author', 'sailthru:author', 'byl']
    .map((key) => values.get(key))
    .map((v) => (v && !isUrl(v) ? nameInByline(v) : null))
    .find((v) => v !== null);
  const byline = ldAuthors.length > 0 ? null : (metaAuthor ?? bylineInPage(doc));
  const authors = [...new Set(ldAuthors.length > 0 ? ldAuthors : byline ? [byline] : [])];

  const published = publishedDate([
    ...ld.map((a) => clean(a['datePublished']) ?? clean(a['dateCreated'])),
    ...['article:published_time', 'og:published_time', 'parsely-pub-date', 'datepublished', 'pubdate', 'publishdate', 'date', 'dc:date', 'dcterm:date', 'dc:date:issued', 'sailthru:date', 'article:published'].map((k) => values.get(k) ?? null),
    ...findAll(doc, (e) => e.tag === 'time' && (hasAttr(e, 'pubdate') || /publish/i.test(attr(e, 'itemprop') + attr(e, 'class')))).map((t) => clean(attr(t, 'datetime'))),
  ]);

  const site = ld.map((a) => namesOf(a['publisher'])[0]).find((n) => n !== undefined) ?? first(values, ['og:site_name', 'application-name', 'twitter:site']);
  return { title, authors, published, site: site ? clean(site.replace(/^@/, '')) : null, lang: languageOf(doc, values) };
}
