// A story as its feed gives it (RSS description or content:encoded, Atom content, JSON Feed
// content_html) becomes tokens: the feed's HTML is the story itself, so nothing is searched out
// of it or left out but what is never text (scripts, styles), only made into blocks with its links made absolute.
import type { Token } from 'marked';
import { blocks } from './blocks.js';
import { removeNeverContent } from './boilerplate.js';
import { findFirst } from './dom.js';
import { parseHtml } from './parse.js';
import { resolver } from './page.js';

/** The tokens of a feed's text of a story, links resolved against the story's address. */
export function feedTextTokens(html: string, url: string | null): Token[] {
  const doc = parseHtml(`<!doctype html><body>${html}`);
  const body = findFirst(doc, (e) => e.tag === 'body') ?? doc;
  // Scripts, styles and forms are never text, in a feed as on a page.
  removeNeverContent(body);
  return blocks(body.children, resolver(doc, url));
}
