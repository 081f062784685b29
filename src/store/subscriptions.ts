// The subscriptions: feeds.opml, OPML 2.0 as every feed reader imports and exports it, so a person
// can edit it and take it elsewhere. Folders of another reader's file are flattened into the
// `category` each feed keeps. Read and written by feedsmith; written atomically.
import { generateOpml, parseOpml } from 'feedsmith';
import { ExitCode, KaraError } from '../errors.js';
import { readText, writeAtomic } from './files.js';
import type { StorePaths } from './home.js';

/** One feed the user follows. */
export interface Subscription {
  /** What the feed is called: its own title, or the name the user's OPML gave it. */
  readonly title: string;
  /** The feed's address. */
  readonly url: string;
  /** The site the feed belongs to, when known. */
  readonly site: string | null;
  /** The folder or category it was filed under (`News/World`), or null. */
  readonly category: string | null;
}

type Outline = { text?: string; title?: string; xmlUrl?: string; htmlUrl?: string; category?: string; outlines?: Outline[] };

/** The feeds in OPML outlines, folders flattened into categories (`Folder/Sub`), in document order. */
function flatten(outlines: readonly Outline[], folder: string | null, into: Subscription[]): void {
  for (const o of outlines) {
    const name = (o.title ?? o.text ?? '').replace(/\s+/g, ' ').trim();
    if (o.xmlUrl && /^https?:\/\//i.test(o.xmlUrl.trim())) {
      const url = o.xmlUrl.trim();
      if (!into.some((s) => s.url === url)) into.push({ title: name || url, url, site: o.htmlUrl?.trim() || null, category: o.category?.trim() || folder });
    }
    if (o.outlines) flatten(o.outlines, name ? (folder ? `${folder}/${name}` : name) : folder, into);
  }
}

/** The feeds an OPML document lists; throws a KaraError naming `where` when it is not OPML. */
export function readOpml(text: string, where: string): Subscription[] {
  let opml: { body?: { outlines?: Outline[] } };
  try {
    opml = parseOpml(text) as typeof opml;
  } catch (err) {
    throw new KaraError(`'${where}' is not OPML (${(err as Error).message}); fix it, or move it away to start again`, ExitCode.data);
  }
  const found: Subscription[] = [];
  flatten(opml.body?.outlines ?? [], null, found);
  return found;
}

/** The subscriptions, in the order they were added; none when feeds.opml does not exist yet. */
export function readSubscriptions(paths: StorePaths): Subscription[] {
  const text = readText(paths.feeds);
  return text === null ? [] : readOpml(text, paths.feeds);
}

/** OPML with no feeds in it, which feedsmith will not generate. */
const EMPTY_OPML = `<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0">
  <head>
    <title>kara-news subscriptions</title>
  </head>
  <body>
  </body>
</opml>
`;

/** Subscriptions as OPML 2.0: one outline per feed, its category as OPML's `category`. */
export function opmlOf(subscriptions: readonly Subscription[]): string {
  if (subscriptions.length === 0) return EMPTY_OPML;
  const outlines = subscriptions.map((s) => ({ text: s.title, title: s.title, type: 'rss', xmlUrl: s.url, ...(s.site && { htmlUrl: s.site }), ...(s.category && { category: s.category }) }));
  return generateOpml({ head: { title: 'kara-news subscriptions', dateModified: new Date() }, body: { outlines } }) + '\n';
}

/** Writes the subscriptions to feeds.opml. */
export function writeSubscriptions(paths: StorePaths, subscriptions: readonly Subscription[]): void {
  writeAtomic(paths.feeds, opmlOf(subscriptions));
}
