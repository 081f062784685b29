// A feed's text becomes its stories: feedsmith reads RSS 0.9x/1.0/2.0, Atom 1.0, RDF and JSON
// Feed 1.0/1.1 (fast-xml-parser underneath, entities never expanded); this file maps the four
// shapes onto one and makes every field safe to show. A feed that declares XML entities is
// refused before it is parsed: no feed needs them, and they are how entity bombs and file reads start.
import { parseFeed } from 'feedsmith';
import { neutraliseControls } from '../markdown/controls.js';
import { joinNames } from '../text/names.js';
import { findFirst, textContent } from '../html/dom.js';
import { parseHtml } from '../html/parse.js';

/** One story as a feed gives it. */
export interface FeedItem {
  readonly guid: string | null;
  /** The story's page, absolute. */
  readonly link: string | null;
  /** Plain text, one line. */
  readonly title: string;
  /** ISO 8601 date-time, or null when the feed gives none it can be read from. */
  readonly date: string | null;
  readonly author: string | null;
  /** The feed's own text of the story (HTML): the whole story in some feeds, a summary in most. */
  readonly content: string | null;
}

/** A feed: what it calls itself, its site, and its stories in the feed's order. */
export interface Feed {
  readonly format: 'rss' | 'atom' | 'rdf' | 'json';
  readonly title: string | null;
  readonly site: string | null;
  readonly items: readonly FeedItem[];
}

/** Why a text is not a feed kara-news reads, in words for a one-line error. */
export class NotAFeed extends Error {
  override readonly name = 'NotAFeed';
}

/** A DOCTYPE with an internal subset that declares entities. */
const DECLARES_ENTITIES = /<!DOCTYPE[^>[]*\[[\s\S]*?<!ENTITY/i;

/** Text that may hold markup or references, as one line of plain text with nothing a terminal would act on. */
function plainLine(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  let line = text;
  if (/[<&]/.test(line)) {
    const doc = parseHtml(`<body>${line}`);
    line = textContent(findFirst(doc, (e) => e.tag === 'body') ?? doc);
  }
  line = neutraliseControls(line.replace(/\s+/g, ' ').trim());
  return line === '' ? null : line;
}

/** A date as ISO 8601, or null when it cannot be read. */
function isoDate(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  const time = Date.parse(value.trim());
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** An address made absolute against the feed's, or null when it is not a web address. */
function absolute(link: unknown, base: string): string | null {
  if (typeof link !== 'string' || link.trim() === '') return null;
  try {
    const url = new URL(link.trim(), base);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** Text to show as HTML: escaped, in paragraphs at blank lines. */
function textAsHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return escaped
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.trim()}</p>`)
    .join('\n');
}

/** An Atom text construct's content as HTML: html and xhtml as they are, text escaped. */
function atomHtml(text: { value?: string; type?: string } | undefined): string | null {
  if (!text?.value) return null;
  return text.type === 'html' || text.type === 'xhtml' ? text.value : textAsHtml(text.value);
}

type Loose = Record<string, unknown> & { [key: string]: any };

/** Names from a list of people, as strings or `{ name, email }`. */
function names(people: unknown): string[] {
  if (!Array.isArray(people)) return [];
  return people.map((p) => plainLine(typeof p === 'string' ? p : ((p as Loose)?.['name'] ?? (p as Loose)?.['email']))).filter((n): n is string => n !== null);
}

/** An item of an RSS or RDF feed. */
function rssItem(item: Loose, base: string): FeedItem {
  const guid = typeof item['guid']?.value === 'string' ? (item['guid'].value as string) : (item['rdf']?.about ?? null);
  const permalink = item['guid']?.isPermaLink !== false ? guid : null;
  return {
    guid,
    link: absolute(item['link'], base) ?? absolute(permalink, base),
    title: plainLine(item['title']) ?? plainLine(item['dc']?.titles?.[0]) ?? '(untitled)',
    date: isoDate(item['pubDate']) ?? isoDate(item['dc']?.dates?.[0]) ?? isoDate(item['dc']?.date),
    author: joinNames([...names(item['authors']), ...names(item['dc']?.creators)].filter((n, i, all) => all.indexOf(n) === i)),
    content: item['content']?.encoded ?? item['description'] ?? null,
  };
}

/** An entry of an Atom feed. */
function atomEntry(entry: Loose, base: string): FeedItem {
  const links = (entry['links'] ?? []) as Loose[];
  const page = links.find((l) => !l['rel'] || l['rel'] === 'alternate') ?? links[0];
  return {
    guid: typeof entry['id'] === 'string' ? entry['id'] : null,
    link: absolute(page?.['href'], base),
    title: atomLine(entry['title']) ?? '(untitled)',
    date: isoDate(entry['published']) ?? isoDate(entry['updated']),
    author: joinNames(names(entry['authors'])),
    content: atomHtml(entry['content']) ?? atomHtml(entry['summary']),
  };
}

/** Plain text made safe to read as HTML (so `&` and `<` in a text title stay as written). */
function escapeText(text: unknown): string | null {
  return typeof text === 'string' ? text.replace(/&/g, '&amp;').replace(/</g, '&lt;') : null;
}

/** An Atom text construct (a feed's or an entry's title) as one plain line: html and xhtml are markup, text is text. */
function atomLine(text: { value?: string; type?: string } | undefined): string | null {
  return plainLine(text?.type === 'html' || text?.type === 'xhtml' ? text.value : escapeText(text?.value));
}

/** An item of a JSON Feed (1.1's `authors`, 1.0's `author`). */
function jsonItem(item: Loose, base: string): FeedItem {
  const html = typeof item['content_html'] === 'string' ? item['content_html'] : null;
  const text = typeof item['content_text'] === 'string' ? item['content_text'] : typeof item['summary'] === 'string' ? item['summary'] : null;
  return {
    guid: item['id'] === undefined || item['id'] === null ? null : String(item['id']),
    link: absolute(item['url'], base) ?? absolute(item['external_url'], base),
    title: plainLine(escapeText(item['title'])) ?? '(untitled)',
    date: isoDate(item['date_published']) ?? isoDate(item['date_modified']),
    author: joinNames([...names(item['authors']), ...names(item['author'] ? [item['author']] : [])]),
    content: html ?? (text !== null ? textAsHtml(text) : null),
  };
}

/**
 * Reads a feed's text (already decoded) fetched from `url`. Throws NotAFeed, saying why, for
 * anything else: a web page, malformed XML, JSON that is not a feed, declared entities.
 */
export function readFeed(text: string, url: string): Feed {
  if (DECLARES_ENTITIES.test(text.slice(0, 65_536))) throw new NotAFeed('it declares XML entities (as an entity bomb or a file read does); kara-news refuses them');
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text);
  } catch (err) {
    const name = (err as Error).name;
    if (/^\s*<(?:!doctype\s+html|html)/i.test(text.slice(0, 1024).replace(/^\uFEFF/, ''))) throw new NotAFeed('it is a web page, not a feed');
    if (name === 'MalformedError' || /Malformed|Invalid/.test((err as Error).message)) throw new NotAFeed('its XML is malformed');
    if (/^\s*[[{]/.test(text)) throw new NotAFeed('it is not a JSON Feed');
    throw new NotAFeed('it is not RSS, Atom or a JSON Feed');
  }
  const feed = parsed.feed as Loose;
  if (parsed.format === 'atom') {
    const links = (feed['links'] ?? []) as Loose[];
    const site = links.find((l) => l['rel'] === 'alternate' || !l['rel']);
    return { format: 'atom', title: atomLine(feed['title']), site: absolute(site?.['href'], url), items: ((feed['entries'] ?? []) as Loose[]).map((e) => atomEntry(e, url)) };
  }
  if (parsed.format === 'json') {
    return { format: 'json', title: plainLine(escapeText(feed['title'])), site: absolute(feed['home_page_url'], url), items: ((feed['items'] ?? []) as Loose[]).map((i) => jsonItem(i, url)) };
  }
  return { format: parsed.format, title: plainLine(feed['title']), site: absolute(feed['link'], url), items: ((feed['items'] ?? []) as Loose[]).map((i) => rssItem(i, url)) };
}
