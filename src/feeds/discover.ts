// A site's feeds, as browsers and feed readers find them: the <link rel="alternate"> elements of
// its page whose type is RSS, Atom or JSON Feed.
import { attr, findAll } from '../html/dom.js';
import { parseHtml } from '../html/parse.js';

/** The media types a feed is announced with (not application/json: WordPress announces its API with it). */
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/rdf+xml', 'application/xml', 'text/xml']);

/** The feeds a page announces, absolute, in the page's order (most sites name their main feed first). */
export function announcedFeeds(html: string, pageUrl: string): string[] {
  const doc = parseHtml(html);
  const found: string[] = [];
  for (const link of findAll(doc, (e) => e.tag === 'link')) {
    const rel = attr(link, 'rel').toLowerCase().split(/\s+/);
    const type = attr(link, 'type').toLowerCase().split(';')[0]!.trim();
    if (!rel.includes('alternate') || !FEED_TYPES.has(type) || attr(link, 'href').trim() === '') continue;
    try {
      const url = new URL(attr(link, 'href').trim(), pageUrl);
      if (/^https?:$/.test(url.protocol) && !found.includes(url.href)) found.push(url.href);
    } catch {
      // Not an address: skipped.
    }
  }
  return found;
}
