import { existsSync } from 'node:fs';
import { conventionalArgv } from './cli/conventions.js';
import { fastRequest, readSwitchTable } from './cli/fast-path.js';
import type { ListOptions, ReadOptions, Request } from './cli/program.js';
import { checkUsage } from './cli/usage-rules.js';
import { ExitCode, KaraError, quoteInput } from './errors.js';
import { decideFormat, type OutputFormat } from './format/output-format.js';
import type { Io } from './io.js';
import { readCatalogue } from './load/catalogue.js';
import { DEFAULT_TIMEOUT_SECONDS, readSource, type ReadOptions as ReadSourceOptions } from './load/read.js';
import { isStoryNumber, resolveInput, type InputRef } from './load/resolve.js';
import { parseArticle, tooDeep, type Article } from './parse/article.js';
import { showsLinkTargets } from './markdown/inline-text.js';
import { plainTextTokens } from './parse/fallback.js';
import { prebuiltArticle, readPrebuiltQuotes } from './prebuilt/articles.js';
import { readStyledCache, styledCacheKey } from './prebuilt/styled.js';
import { articleParagraphs } from './parse/paragraphs.js';
import { articlesDir, switchTablePath } from './paths.js';
import { renderCataloguePlain } from './render/catalogue-plain.js';
import { renderCatalogueJson, renderFoundJson, renderQuotesJson, renderReadJson, renderSectionsJson } from './render/json.js';
import { renderQuotesPlain } from './render/quotes-plain.js';
import { selectQuotes } from './select/quotes.js';
import { renderOutlinePlain } from './render/outline-plain.js';
import { renderPlain } from './render/plain.js';
import type { Theme } from './render/theme.js';
import { selectAll, selectedParagraphs, selectedSections, selectLede, selectSections, type Selection } from './select/select.js';
import { findPattern, findSentences, nothingFound } from './select/find.js';
import { renderFoundPlain } from './render/find-plain.js';
import { StringSink, type Sink } from './write/sink.js';
import { neutraliseControls as visibleText } from './markdown/controls.js';
import { deliver } from './write/output.js';
import { streamSink } from './write/stdout-sink.js';

export type { Io } from './io.js';
export type { OutputStream } from './write/output-stream.js';
export { processIo } from './process-io.js';
export { ExitCode } from './errors.js';

/**
 * Load and parse: reads what an InputRef points at into an Article (an unchanged bundled article
 * from its build-time parse), reporting warnings on stderr.
 */
async function loadArticle(ref: InputRef, io: Io, options: Partial<ReadSourceOptions> = {}): Promise<Article> {
  const source = await readSource(ref, io, { timeoutSeconds: DEFAULT_TIMEOUT_SECONDS, ...options });
  const article = prebuiltArticle(source) ?? (await parseArticle(source));
  for (const warning of article.warnings) io.stderr.write(`kara-news: warning: ${visibleText(warning)}\n`);
  return article;
}

/** The commands that use the store (commands/index.ts), loaded on first use. */
type Commands = typeof import('./commands/index.js');
const commands = (): Promise<Commands> => import('./commands/index.js');

/** An article to read, and the stored feed story it is, if it is one (to be marked read once shown). */
interface Loaded {
  readonly article: Article;
  readonly story: { readonly id: string; readonly feed: string; readonly read: boolean } | null;
}

/**
 * Load and parse what `read` names: a story number of the last `news` list (from its page, else
 * its feed's text), a saved story's slug, or anything resolveInput knows. The store is touched
 * only for a number, or a word that names no bundled article.
 */
async function loadRequested(arg: string | undefined, io: Io, options: Partial<ReadSourceOptions>): Promise<Loaded> {
  const reading = { timeoutSeconds: DEFAULT_TIMEOUT_SECONDS, ...options };
  const catalogue = readCatalogue(articlesDir);
  const stored = async (find: (s: Commands, paths: import('./commands/index.js').StorePaths, warnings: string[]) => Promise<import('./commands/index.js').FoundStory | null>): Promise<Loaded | null> => {
    const stories = await commands();
    const { pathsFor, warn } = stories;
    const paths = pathsFor(io);
    const warnings: string[] = [];
    const found = await find(stories, paths, warnings);
    warn(io, warnings);
    if (found === null) return null;
    const article = await parseArticle(await stories.storySource(paths, found, io, reading));
    for (const warning of article.warnings) io.stderr.write(`kara-news: warning: ${visibleText(warning)}\n`);
    return { article, story: found.story };
  };
  if (arg !== undefined && isStoryNumber(arg) && !existsSync(arg)) return (await stored((s, paths, w) => s.storyByNumber(paths, Number(arg), w)))!;
  let ref: InputRef;
  try {
    ref = resolveInput(arg, catalogue);
  } catch (err) {
    // A word that is no bundled article may be a saved story's slug, or a stored story's (as search prints it).
    if (!(err instanceof KaraError) || err.exitCode !== ExitCode.noInput || arg === undefined || /^\d+$/.test(arg)) throw err;
    const { pathsFor, libraryEntries } = await commands();
    const saved = libraryEntries(pathsFor(io)).find((e) => e.slug === arg);
    if (saved) return { article: await loadArticle({ kind: 'saved', slug: saved.slug, path: saved.path }, io, reading), story: null };
    const story = await stored((s, paths, w) => s.storyBySlug(paths, arg, w));
    if (story === null) throw err;
    return story;
  }
  return { article: await loadArticle(ref, io, reading), story: null };
}

/** Marks a stored feed story read once it has been shown; one read before is left as it is (no lock, no write). */
async function markRead(story: Loaded['story'], io: Io): Promise<void> {
  if (story === null || story.read) return;
  const { markStory, pathsFor, warn } = await commands();
  const warnings: string[] = [];
  markStory(pathsFor(io), story, { read: true }, warnings);
  warn(io, warnings);
}

/** How `read`'s options bound and shape reading: the time a request may take, and whether to follow a story's next pages. */
function readingOptions(options: ReadOptions): Partial<ReadSourceOptions> {
  return { ...(options.timeout !== undefined && { timeoutSeconds: options.timeout }), singlePage: options.singlePage === true };
}

/**
 * The theme for styled output, loaded on first use: chalk, marked-terminal and the styled
 * renderers are needed only when output is styled, so piped runs never load them.
 */
async function themeFor(format: Extract<OutputFormat, { kind: 'styled' }>): Promise<Theme> {
  const { createTheme } = await import('./render/theme.js');
  return createTheme(format.colour, format.theme);
}

/** Render and write: shows a selection in the chosen format. */
async function renderSelection(selection: Selection, format: OutputFormat, sink: Sink): Promise<void> {
  if (format.kind === 'json') {
    const paragraphs = selectedParagraphs(selection, articleParagraphs(selection.article, { urls: showsLinkTargets(selection.article), imageMarkers: true }));
    renderReadJson(selection.article, selectedSections(selection), paragraphs, sink);
  } else if (format.kind === 'plain') {
    renderPlain(selection, { width: format.width, links: format.links }, sink);
  } else if (format.kind === 'markdown') {
    // Only --markdown asks for it, as only --color asks for the styled renderers.
    const { renderMarkdown } = await import('./render/markdown.js');
    renderMarkdown(selection, sink);
  } else {
    // The whole bundled article at a common width was rendered at build time (prebuilt/styled.ts).
    if (selection.whole && !selection.lede && selection.article.prebuilt && !format.hyperlinks && format.links === 'inline') {
      const cached = readStyledCache(selection.article.name, styledCacheKey(format.width, format.colour, format.theme));
      if (cached !== null) return void sink.write(cached);
    }
    const { renderStyled } = await import('./render/styled.js');
    renderStyled(selection, { theme: await themeFor(format), width: format.width, hyperlinks: format.hyperlinks, links: format.links }, sink);
  }
}

/** `kara-news read`: load → parse → select → render → write. */
async function read(article: string | undefined, options: ReadOptions, io: Io, sink: Sink): Promise<ExitCode> {
  checkUsage('read', options);
  if (options.interactive) return readInteractively(article, options, io);
  const format = decideFormat(options, io);
  const { article: parsed, story } = await loadRequested(article, io, readingOptions(options));
  const code = await show(parsed, options, format, io, sink);
  await markRead(story, io);
  return code;
}

/** Select, render and write: what `read` shows of an article it has loaded. */
async function show(parsed: Article, options: ReadOptions, format: OutputFormat, io: Io, sink: Sink): Promise<ExitCode> {
  // An empty file or a closed standard input prints nothing: say so, rather than nothing at all.
  if (parsed.tokens.every((t) => t.type === 'space') && parsed.meta.title === null) {
    io.stderr.write(`kara-news: warning: ${quoteInput(visibleText(parsed.name))} is empty: there is nothing to read\n`);
  }
  if (options.sections) {
    if (parsed.sections.length === 0) io.stderr.write(`kara-news: ${quoteInput(visibleText(parsed.name))} has no headings, so no sections\n`);
    if (format.kind === 'json') renderSectionsJson(parsed, sink);
    else if (format.kind !== 'styled') renderOutlinePlain(parsed.sections, sink);
    else {
      const { renderOutlineStyled } = await import('./render/outline-styled.js');
      renderOutlineStyled(parsed.sections, await themeFor(format), format.width, sink);
    }
    return ExitCode.ok;
  }
  const refs = options.section ?? [];
  const selection = options.lede ? selectLede(parsed) : refs.length > 0 ? selectSections(parsed, refs) : selectAll(parsed);
  if (options.quotes) return readQuotes(selection, options, format, io, sink);
  if (options.find !== undefined) return readFind(selection, options.find, options.regex === true, format, sink);
  // Rendered whole before it is written, so a renderer that fails on pathological nesting can be
  // replaced by plain text without half an article already on the screen.
  let rendered = new StringSink();
  try {
    await renderSelection(selection, format, rendered);
  } catch (err) {
    if (!(err instanceof RangeError)) throw err;
    io.stderr.write(`kara-news: warning: ${visibleText(tooDeep(parsed.name))}\n`);
    rendered = new StringSink();
    await renderSelection({ ...selection, tokens: plainTextTokens(selection.tokens.map((t) => t.raw).join('')) }, format, rendered);
  }
  sink.write(rendered.toString());
  return ExitCode.ok;
}

/**
 * `read -i`: load and parse as ever, then the full-screen reader (interactive/session.ts, loaded
 * only here) instead of render and write. It needs a terminal: a pipe or TERM=dumb is a usage error.
 */
async function readInteractively(article: string | undefined, options: ReadOptions, io: Io): Promise<ExitCode> {
  const { screenFormat, readOnScreen, VIEW_ENDS } = await commands();
  const format = screenFormat(options, io, 'the interactive reader', 'drop -i to print the article');
  const { article: parsed, story } = await loadRequested(article, io, readingOptions(options));
  await markRead(story, io);
  const { keyInputFor } = await import('./interactive/key-input.js');
  return VIEW_ENDS[await readOnScreen(parsed, await themeFor(format), format, keyInputFor(io.stdin), io)];
}

/** `read --find`: the sentences that match, where they stand; nothing found is exit 1 (like grep). */
async function readFind(selection: Selection, query: string, regex: boolean, format: OutputFormat, sink: Sink): Promise<ExitCode> {
  const paragraphs = selectedParagraphs(selection, articleParagraphs(selection.article, { urls: showsLinkTargets(selection.article), imageMarkers: true }));
  const found = findSentences(paragraphs, selection.article.sections, findPattern(query, regex));
  // JSON is always a document: no match is `"matches": []`, still exit 1.
  if (format.kind === 'json') {
    renderFoundJson(selection.article, query, found, sink);
    return found.length === 0 ? ExitCode.notFound : ExitCode.ok;
  }
  if (found.length === 0) throw nothingFound(query);
  else if (format.kind !== 'styled') renderFoundPlain(found, sink);
  else {
    const { renderFoundStyled } = await import('./render/find-styled.js');
    renderFoundStyled(found, await themeFor(format), format.width, sink);
  }
  return ExitCode.ok;
}

/** `read --quotes`: the quote analysis is loaded only when asked for, then filtered and rendered. */
async function readQuotes(selection: Selection, options: ReadOptions, format: OutputFormat, io: Io, sink: Sink): Promise<ExitCode> {
  // The unchanged bundled article's quotes were found at build time; any other article's now.
  const prebuilt = selection.article.prebuilt ? readPrebuiltQuotes(selection.article.name) : null;
  const found = prebuilt ?? (await import('./quotes/extract.js')).extractQuotes(articleParagraphs(selection.article, { urls: false }));
  const quotes = selectQuotes(found, selection, options.speaker);
  if (quotes.length === 0 && format.kind !== 'json') io.stderr.write(`kara-news: no quotations found in ${quoteInput(visibleText(selection.article.name))}\n`);
  if (format.kind === 'json') renderQuotesJson(selection.article, quotes, sink);
  else if (format.kind !== 'styled') renderQuotesPlain(quotes, sink);
  else if (quotes.length > 0) {
    const { renderQuotesStyled } = await import('./render/quotes-styled.js');
    renderQuotesStyled(quotes, await themeFor(format), format.width, sink);
  }
  return ExitCode.ok;
}

/** `kara-news list`: every bundled article, the default first, then every saved story. */
async function list(options: ListOptions, io: Io, sink: Sink): Promise<ExitCode> {
  checkUsage('list', options);
  const format = decideFormat(options, io);
  const articles: Article[] = [];
  for (const entry of readCatalogue(articlesDir)) articles.push(await loadArticle({ kind: 'bundled', ...entry }, io));
  const { knownStoreHome, storePaths, libraryEntries } = await commands();
  // With no home folder there is no library to list.
  const home = knownStoreHome(io.env);
  const library = home === null ? [] : libraryEntries(storePaths(home));
  for (const entry of library) articles.push(await loadArticle({ kind: 'saved', ...entry }, io));
  if (format.kind === 'json') renderCatalogueJson(articles, sink);
  else if (format.kind !== 'styled') renderCataloguePlain(articles, sink);
  else {
    const { renderCatalogueStyled } = await import('./render/catalogue-styled.js');
    renderCatalogueStyled(articles, await themeFor(format), format.width, sink);
  }
  return ExitCode.ok;
}

/** Runs a command the command line asked for (all but completion), its output into `sink`. */
async function run(request: Exclude<Request, { command: 'completion' }>, io: Io, sink: Sink): Promise<ExitCode> {
  switch (request.command) {
    case 'read':
      return read(request.article, request.options, io, sink);
    case 'list':
      return list(request.options, io, sink);
    case 'feeds':
      checkUsage('feeds', request.options);
      return (await commands()).feeds(request.action, request.target, request.options, io, sink);
    case 'news':
      checkUsage('news', request.options);
      if (request.options.interactive) return (await commands()).newsInteractively(request.options, io);
      {
        // The list kept as printed, while the store is unchanged: the rest of `news` never loads then.
        const kept = (await import('./commands/news-kept.js')).printKeptList(request.options, decideFormat(request.options, io), io, sink);
        return kept.printed ? ExitCode.ok : (await commands()).news(request.options, io, sink, kept.keeping);
      }
    case 'save':
      return (await commands()).save(request.target, request.options, io, sink);
    case 'search':
      checkUsage('search', request.options);
      return (await commands()).search(request.query, request.options, io, sink);
  }
}

/** Prints an error as one line on stderr and returns its exit code; a stack only with KARA_NEWS_DEBUG. */
function report(err: unknown, io: Io): ExitCode {
  if (err instanceof KaraError) {
    // Messages quote paths and names the user gave: never let them drive the terminal either.
    io.stderr.write(`kara-news: ${visibleText(err.message).replace(/\n/g, ' ')}\n`);
    return err.exitCode;
  }
  const message = err instanceof Error ? err.message : String(err);
  io.stderr.write(`kara-news: internal error: ${visibleText(message.split('\n')[0] ?? '')} (please report it; KARA_NEWS_DEBUG=1 shows details)\n`);
  if (io.env['KARA_NEWS_DEBUG'] && err instanceof Error) io.stderr.write(`${err.stack ?? ''}\n`);
  return ExitCode.software;
}

/**
 * Runs kara-news with the given arguments (without node and script) against the given
 * streams and environment, and resolves to the exit code. Never throws, never exits.
 */
export async function main(argv: readonly string[], io: Io): Promise<ExitCode> {
  const sink = streamSink(io.stdout);
  let code: ExitCode;
  try {
    const words = conventionalArgv(argv, (word) => existsSync(word) || readCatalogue(articlesDir).some((entry) => entry.slug === word));
    const request = fastRequest(words, () => readSwitchTable(switchTablePath)) ?? (await import('./cli/parse.js')).parseCommandLine(words, sink, io);
    if (typeof request === 'number') code = request;
    else if (request.command === 'completion') {
      const { completionScript } = await import('./cli/completion.js');
      sink.write(completionScript(request.shell, request.program));
      code = ExitCode.ok;
    } else {
      // Rendered whole, then written once: to stdout or through the pager (write/output.ts).
      const rendered = new StringSink();
      code = await run(request, io, rendered);
      const { paging, pager } = request.options as { paging?: 'auto' | 'always' | 'never'; pager?: boolean };
      if (await deliver(rendered.toString(), pager === false ? 'never' : (paging ?? 'auto'), io, sink)) code = ExitCode.interrupted;
    }
  } catch (err) {
    code = report(err, io);
  }
  try {
    await sink.finish();
  } catch (err) {
    io.stderr.write(`kara-news: cannot write output: ${(err as Error).message}\n`);
    return ExitCode.io;
  }
  return code;
}
