import { escapeJsonControls } from '../markdown/controls.js';
import type { Article } from '../parse/article.js';
import type { Paragraph } from '../parse/paragraphs.js';
import type { Section } from '../parse/sections.js';
import type { Quote } from '../quotes/types.js';
import type { Found } from '../select/find.js';
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
