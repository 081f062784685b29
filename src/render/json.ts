import { escapeJsonControls } from '../markdown/controls.js';
import type { Article } from '../parse/article.js';
import type { Paragraph } from '../parse/paragraphs.js';
import type { Section } from '../parse/sections.js';
import type { Quote } from '../quotes/types.js';
import type { Found } from '../select/find.js';
import type { FeedRow, ListedStory } from '../select/news.js';
import type { FoundIn, SaidIn } from '../select/search.js';
import type { Subscription } from '../store/subscriptions.js';
import type { Sink } from '../write/sink.js';
import { readingMinutes } from './byline.js';

/** The version of the JSON documents below; bumped only on an incompatible change. */
const JSON_SCHEMA_VERSION = 1;

/** Article metadata as it appears in every JSON document. */
function articleJson(article: Article) {
  return {
    name: article.name,
    origin: article.origin,
    title: article.meta.title,
    date: article.meta.date,
    dateline: article.meta.dateline,
    // The byline as a string (several authors joined: `Ann Lee and Bo Chan`), and each name.
    author: article.meta.author,
    authors: article.meta.authors,
    site: article.meta.site,
    url: article.meta.url,
    // The web addresses read, in order: more than one for a story over several pages; [] for a file.
    pages: article.pages,
    lang: article.meta.lang,
    words: article.words,
    readingMinutes: readingMinutes(article.words),
  };
}

/** A section as it appears in JSON. */
function sectionJson(s: Section) {
  return { number: s.number, slug: s.slug, heading: s.heading, level: s.level, words: s.words };
}

/** Writes a value as pretty JSON, with C1 and bidi characters escaped so no terminal acts on them. */
function writeJson(value: unknown, sink: Sink): void {
  sink.write(escapeJsonControls(JSON.stringify(value, null, 2)) + '\n');
}

/** `read --json`: metadata, the sections shown, and their paragraphs as plain text. */
export function renderReadJson(article: Article, sections: readonly Section[], paragraphs: readonly Paragraph[], sink: Sink): void {
  writeJson({ schemaVersion: JSON_SCHEMA_VERSION, article: articleJson(article), sections: sections.map(sectionJson), paragraphs }, sink);
}

/** `read --sections --json`: metadata and every section. */
export function renderSectionsJson(article: Article, sink: Sink): void {
  writeJson({ schemaVersion: JSON_SCHEMA_VERSION, article: articleJson(article), sections: article.sections.map(sectionJson) }, sink);
}

/** `read --quotes --json`: `{ article, quotes: [{ speaker, role, cue, kind, text, fragments, section, paragraph }] }`. */
export function renderQuotesJson(article: Article, quotes: readonly Quote[], sink: Sink): void {
  writeJson({ schemaVersion: JSON_SCHEMA_VERSION, article: article.name, quotes }, sink);
}

/** `read --find --json`: `{ article, query, matches: [{ section, heading, paragraph, sentence }] }`. */
export function renderFoundJson(article: Article, query: string, found: readonly Found[], sink: Sink): void {
  const matches = found.map(({ section, heading, paragraph, sentence }) => ({ section, heading, paragraph, sentence }));
  writeJson({ schemaVersion: JSON_SCHEMA_VERSION, article: article.name, query, matches }, sink);
}

/** `list --json`: the bundled articles. */
export function renderCatalogueJson(articles: readonly Article[], sink: Sink): void {
  writeJson({ schemaVersion: JSON_SCHEMA_VERSION, articles: articles.map(articleJson) }, sink);
}

/** A feed as JSON. */
const feedJson = (s: { readonly title: string; readonly url: string; readonly site: string | null; readonly category?: string | null }) => ({ title: s.title, url: s.url, site: s.site, category: s.category ?? null });

/** `feeds --json`: every followed feed with its counts, last fetch and last error. */
export function renderFeedsJson(feeds: readonly FeedRow[], sink: Sink): void {
  writeJson({ schemaVersion: JSON_SCHEMA_VERSION, feeds }, sink);
}

/** `feeds export --json`: the subscriptions, as feeds.opml lists them. */
export function renderSubscriptionsJson(subscriptions: readonly Subscription[], sink: Sink): void {
  writeJson({ schemaVersion: JSON_SCHEMA_VERSION, feeds: subscriptions.map(feedJson) }, sink);
}

/** `feeds add --json`: the feed, how many stories it carries, and whether it was new. */
export function renderFeedAddedJson(feed: { readonly title: string; readonly url: string; readonly site: string | null }, stories: number, added: boolean, sink: Sink): void {
  writeJson({ schemaVersion: JSON_SCHEMA_VERSION, feed: feedJson(feed), stories, added }, sink);
}

/** `feeds import --json`: the feeds followed now, and those followed already. */
export function renderImportedJson(imported: readonly Subscription[], already: readonly Subscription[], sink: Sink): void {
  writeJson({ schemaVersion: JSON_SCHEMA_VERSION, imported: imported.map(feedJson), already: already.map(feedJson) }, sink);
}

/** `feeds remove --json`: the feed, and what became of its stories. */
export function renderRemovedJson(feed: Subscription, counts: { readonly dropped: number; readonly moved: number; readonly kept: number }, sink: Sink): void {
  writeJson({ schemaVersion: JSON_SCHEMA_VERSION, removed: feedJson(feed), dropped: counts.dropped, moved: counts.moved, keptSaved: counts.kept }, sink);
}

/** `news --json`: every story listed, with every field: number, feed, title, link, date, author, read, saved. */
export function renderNewsJson(stories: readonly ListedStory[], sink: Sink): void {
  const json = stories.map((s) => ({ number: s.number, feed: s.feed, feedUrl: s.feedUrl, title: s.title, link: s.link, date: s.date, author: s.author, read: s.read, saved: s.saved }));
  writeJson({ schemaVersion: JSON_SCHEMA_VERSION, stories: json }, sink);
}

/** `save --json`: where the story was kept. */
export function renderSavedJson(saved: { readonly slug: string; readonly path: string; readonly updated: boolean }, article: Article, sink: Sink): void {
  writeJson({ schemaVersion: JSON_SCHEMA_VERSION, saved: { ...saved, title: article.meta.title, date: article.meta.date, source: article.meta.url } }, sink);
}

/** `search --json`: `{ query, matches: [{ slug, title, date, saved, section, heading, paragraph, sentence }] }`. */
export function renderSearchJson(query: string, found: readonly FoundIn[], sink: Sink): void {
  const matches = found.map((f) => ({ slug: f.story.slug, title: f.story.title, date: f.story.date, saved: f.story.saved, section: f.found.section, heading: f.found.heading, paragraph: f.found.paragraph, sentence: f.found.sentence }));
  writeJson({ schemaVersion: JSON_SCHEMA_VERSION, query, matches }, sink);
}

/** `search --speaker --json`: `{ speaker, statements: [{ slug, title, date, saved, …quote }] }`. */
export function renderStatementsJson(speaker: string, said: readonly SaidIn[], sink: Sink): void {
  const statements = said.map((s) => ({ slug: s.story.slug, title: s.story.title, date: s.story.date, saved: s.story.saved, ...s.quote }));
  writeJson({ schemaVersion: JSON_SCHEMA_VERSION, speaker, statements }, sink);
}
