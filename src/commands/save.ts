// `kara-news save`: a story read in full (a number of the last list, or any web address) kept in
// the library as the Markdown `read --markdown` prints; saving the same source again updates its
// file. A saved story is marked so in the store, and is never dropped from it.
import { join } from 'node:path';
import type { SaveOptions } from '../cli/program.js';
import { ExitCode, KaraError } from '../errors.js';
import type { Io } from '../io.js';
import { readCatalogue } from '../load/catalogue.js';
import { DEFAULT_TIMEOUT_SECONDS, readSource, type Source } from '../load/read.js';
import { isStoryNumber } from '../load/resolve.js';
import { parseArticle, type Article } from '../parse/article.js';
import { articlesDir } from '../paths.js';
import { renderSavedJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { selectAll } from '../select/select.js';
import { withLock } from '../store/files.js';
import { saveStory, savedFrom } from '../store/library.js';
import type { StorePaths } from '../store/home.js';
import { StringSink, type Sink } from '../write/sink.js';
import { pathsFor, warn } from './context.js';
import { markStoryLocked, storyByNumber, storySource, type FoundStory } from './stories.js';

/** Where a story was kept. */
export interface Kept {
  readonly slug: string;
  readonly path: string;
  /** True when a story from the same address was there already, and was replaced. */
  readonly updated: boolean;
}

/**
 * Keeps an article in the library as `read --markdown` prints it, named by its front matter's
 * source (its page, or `fallback`); a stored story it came from is marked saved (and read).
 */
export function keep(paths: StorePaths, article: Article, found: FoundStory | null, fallback: string, warnings: string[]): Kept {
  const markdown = new StringSink();
  renderMarkdown(selectAll(article), markdown);
  // The address it came from names it: the story's page (or the address given), as its front matter's source.
  const origin = article.meta.url ?? found?.story.link ?? fallback;
  const reserved = new Set(readCatalogue(articlesDir).map((e) => e.slug));
  return withLock(paths.lock, () => {
    const updated = savedFrom(paths, origin) !== null;
    const slug = saveStory(paths, markdown.toString(), origin, article.meta.title, article.meta.date, reserved);
    if (found !== null) markStoryLocked(paths, found.story, { read: true, saved: slug }, warnings);
    return { slug, path: join(paths.library, `${slug}.md`), updated };
  });
}

/** `kara-news save <story>`. */
export async function save(target: string, options: SaveOptions, io: Io, sink: Sink): Promise<ExitCode> {
  const paths = pathsFor(io);
  const reading = { timeoutSeconds: options.timeout ?? DEFAULT_TIMEOUT_SECONDS, singlePage: options.singlePage === true };
  const warnings: string[] = [];
  let source: Source;
  let found: FoundStory | null = null;
  if (isStoryNumber(target)) {
    found = await storyByNumber(paths, Number(target), warnings);
    source = await storySource(paths, found, io, reading);
  } else if (/^https?:\/\/[^\s/]/i.test(target)) source = await readSource({ kind: 'url', url: target }, io, reading);
  else throw new KaraError(`'${target}' is neither a story number of the last 'kara-news news' list nor a web address (see 'kara-news save --help')`, ExitCode.usage);
  const article = await parseArticle(source);
  warn(io, [...warnings, ...article.warnings]);
  const stored: string[] = [];
  const result = keep(paths, article, found, target, stored);
  warn(io, stored);
  if (options.json) renderSavedJson(result, article, sink);
  else sink.write(`${result.updated ? 'updated' : 'saved'} ${result.slug} (${result.path}); 'kara-news read ${result.slug}' reads it\n`);
  return ExitCode.ok;
}
