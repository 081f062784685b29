// kara-news as a library: the functions the CLI runs, for use from code.
import { PassThrough, Readable } from 'node:stream';
import type { ColourLevel, ThemeName } from './format/output-format.js';
import { createTheme } from './render/theme.js';
import type { Io } from './io.js';
import { readCatalogue } from './load/catalogue.js';
import { DEFAULT_TIMEOUT_SECONDS, readSource } from './load/read.js';
import { resolveInput } from './load/resolve.js';
import { parseArticle, type Article } from './parse/article.js';
import { showsLinkTargets } from './markdown/inline-text.js';
import { articleParagraphs, type Paragraph } from './parse/paragraphs.js';
import type { Section } from './parse/sections.js';
import { articlesDir } from './paths.js';
import { prebuiltArticle } from './prebuilt/articles.js';
import type { Quote } from './quotes/types.js';
import { renderMarkdown as renderMarkdownTo } from './render/markdown.js';
import { renderPlain as renderPlainTo } from './render/plain.js';
import { selectAll, selectSections, type Selection } from './select/select.js';
import { StringSink } from './write/sink.js';

export type { Article, Paragraph, Quote, Section, ColourLevel, ThemeName };
export type { Meta } from './parse/front-matter.js';
export { KaraError, ExitCode } from './errors.js';
export { main } from './main.js';
export type { Io } from './io.js';

/** Streams for reading files as a library: nothing is read from stdin, nothing printed. */
function quietIo(): Io {
  return { stdin: Readable.from([]), stdout: new PassThrough(), stderr: new PassThrough(), env: {} };
}

/** The bundled articles' slugs, the first being the default article. */
export function bundledArticles(): string[] {
  return readCatalogue(articlesDir).map((entry) => entry.slug);
}

/**
 * Loads and parses an article: a bundled slug, a path to a Markdown file, or (with `{ markdown }`)
 * Markdown text. Warnings (invalid UTF-8, broken front matter) are in `article.warnings`.
 * Throws a KaraError, whose `exitCode` says what went wrong, for a missing or binary file.
 */
export async function loadArticle(source?: string | { readonly markdown: string; readonly name?: string }): Promise<Article> {
  if (typeof source === 'object') {
    return parseArticle({ kind: 'markdown', ref: { kind: 'stdin' }, name: source.name ?? '-', text: source.markdown, warnings: [] });
  }
  const read = await readSource(resolveInput(source, readCatalogue(articlesDir)), quietIo(), { timeoutSeconds: DEFAULT_TIMEOUT_SECONDS });
  return prebuiltArticle(read) ?? parseArticle(read);
}

/** The article's sections: one per heading, numbered from 1, with slug, level and word count. */
export function sections(article: Article): readonly Section[] {
  return article.sections;
}

/** The article's paragraphs as plain text, numbered within their sections. */
export function paragraphs(article: Article): Paragraph[] {
  return articleParagraphs(article, { urls: showsLinkTargets(article), imageMarkers: true });
}

/** Who said what in the article: every statement, direct, mixed and reported, with its speaker. */
export async function quotes(article: Article): Promise<Quote[]> {
  const { extractQuotes } = await import('./quotes/extract.js');
  return extractQuotes(articleParagraphs(article, { urls: false }));
}

/** Options for rendering. */
export interface RenderOptions {
  /** Wrap at this many columns; plain text is not wrapped without it. */
  readonly width?: number;
  /** Only these sections (numbers, slugs or heading prefixes), with their subsections. */
  readonly sections?: readonly string[];
}

/** The part of the article the options ask for: some sections, or all of it. */
function selectionFor(article: Article, options: RenderOptions): Selection {
  return options.sections?.length ? selectSections(article, options.sections) : selectAll(article);
}

/** The article as plain text, exactly as `kara-news read | cat` prints it. */
export function renderPlain(article: Article, options: RenderOptions = {}): string {
  const selection = selectionFor(article, options);
  const sink = new StringSink();
  renderPlainTo(selection, { width: options.width ?? null }, sink);
  return sink.toString();
}

/** The article as Markdown with front matter, as `kara-news read --markdown` prints it: to save and read again. */
export function renderMarkdown(article: Article, options: Pick<RenderOptions, 'sections'> = {}): string {
  const sink = new StringSink();
  renderMarkdownTo(selectionFor(article, options), sink);
  return sink.toString();
}

/** The article styled for a terminal, as `kara-news read --color` prints it. */
export async function renderTerminal(article: Article, options: RenderOptions & { readonly colour?: ColourLevel; readonly theme?: ThemeName } = {}): Promise<string> {
  const { renderStyled } = await import('./render/styled.js');
  const selection = selectionFor(article, options);
  const sink = new StringSink();
  renderStyled(selection, { theme: createTheme(options.colour ?? 1, options.theme ?? 'dark'), width: options.width ?? 80, hyperlinks: false }, sink);
  return sink.toString();
}
