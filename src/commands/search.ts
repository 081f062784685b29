// `kara-news search`: every saved story and every stored feed story (its feed's text) read as an
// article, and the sentences that match listed with where they stand; or, with --speaker, the
// statements of one speaker (the --quotes engine), newest first. Statements found are cached by a
// digest of the story's text, so a search asks the tagger only about stories it has not seen.
import { join } from 'node:path';
import type { SearchOptions } from '../cli/program.js';
import { ExitCode, KaraError } from '../errors.js';
import { newestFirst } from '../feeds/merge.js';
import { decideFormat } from '../format/output-format.js';
import type { Io } from '../io.js';
import { feedTextSource, readSource, type Source } from '../load/read.js';
import { showsLinkTargets } from '../markdown/inline-text.js';
import { parseArticle, type Article } from '../parse/article.js';
import { articleParagraphs } from '../parse/paragraphs.js';
import type { Quote } from '../quotes/types.js';
import { renderSearchJson, renderStatementsJson } from '../render/json.js';
import { findPattern, findSentences, nothingFound } from '../select/find.js';
import { feedName } from '../select/news.js';
import { mayMatch, saidBy, type FoundIn, type SaidIn, type SearchedStory } from '../select/search.js';
import { sha256 } from '../store/digest.js';
import { readText, writeAtomic } from '../store/files.js';
import type { StorePaths } from '../store/home.js';
import { libraryEntries, storySlug } from '../store/library.js';
import { readContent } from '../store/stories.js';
import type { Sink } from '../write/sink.js';
import { following, loadStories, pathsFor, themeFor, warn } from './context.js';
import { storyMeta } from './stories.js';

/** A story to search: how it is named, its raw text, and how to read it as an article. */
interface Candidate {
  readonly story: SearchedStory;
  /** For ordering: the story's date, else when it was seen or saved. */
  readonly time: number;
  readonly raw: string;
  readonly source: () => Promise<Source>;
}

/** The date of a saved story's front matter (`date: "2026-12-01"`), read without parsing the rest. */
const frontDate = (text: string): string | null => /^---\r?\n[\s\S]*?^date:\s*"?(\d{4}-\d{2}-\d{2})/m.exec(text)?.[1] ?? null;

/** A saved story's title from its front matter, read the same way. */
const frontTitle = (text: string): string | null => {
  const m = /^---\r?\n[\s\S]*?^title:\s*("(?:[^"\\]|\\.)*"|.*)$/m.exec(text)?.[1];
  if (m === undefined) return null;
  try {
    return m.startsWith('"') ? (JSON.parse(m) as string) : m.trim();
  } catch {
    return m;
  }
};

/** Every story search looks in: the library's, then the stored feed stories that were not saved. */
async function candidates(paths: StorePaths, io: Io, warnings: string[]): Promise<Candidate[]> {
  const found: Candidate[] = [];
  for (const entry of libraryEntries(paths)) {
    const raw = readText(entry.path);
    if (raw === null) continue;
    const date = frontDate(raw);
    const story = { slug: entry.slug, title: frontTitle(raw), date, saved: true };
    found.push({ story, time: Date.parse(date ?? '') || 0, raw, source: () => readSource({ kind: 'saved', slug: entry.slug, path: entry.path }, io, { timeoutSeconds: 1 }) });
  }
  const stories = loadStories(paths, warnings);
  const subscriptions = await following(paths, stories);
  const followed = new Set(subscriptions.map((s) => s.url));
  const contents = new Map<string, Record<string, string>>();
  for (const s of newestFirst(stories.stories)) {
    // A saved story is searched in the library; one of a feed no longer followed, not at all (as news lists it).
    if (s.saved !== null || !followed.has(s.feed)) continue;
    if (!contents.has(s.feed)) contents.set(s.feed, readContent(paths, s.feed, warnings));
    const html = contents.get(s.feed)![s.id];
    if (!html) continue;
    const slug = storySlug(s.title, s.date);
    const meta = storyMeta(s, feedName(s.feed, subscriptions, stories));
    found.push({ story: { slug, title: s.title, date: meta.date, saved: false }, time: Date.parse(s.date ?? s.seen) || 0, raw: html, source: () => feedTextSource({ kind: 'story', label: slug, url: s.link }, html, meta, []) });
  }
  return found.sort((a, b) => b.time - a.time);
}

/** The statements of a story: from the cache when its text was seen before, else found and cached. */
async function statementsOf(paths: StorePaths, article: Article, raw: string): Promise<Quote[]> {
  const path = join(paths.cache, 'quotes', `${sha256(raw, 32)}.json`);
  const cached = readText(path);
  if (cached !== null) {
    try {
      return JSON.parse(cached) as Quote[];
    } catch {
      // Worked out again below.
    }
  }
  const { extractQuotes } = await import('../quotes/extract.js');
  const quotes = extractQuotes(articleParagraphs(article, { urls: false }));
  try {
    writeAtomic(path, JSON.stringify(quotes));
  } catch {
    // A cache that cannot be written costs time, never an answer.
  }
  return quotes;
}

/** `kara-news search [text] [--speaker NAME]`. */
export async function search(query: string | undefined, options: SearchOptions, io: Io, sink: Sink): Promise<ExitCode> {
  if (query === undefined && options.speaker === undefined) throw new KaraError("give text to find, or --speaker NAME (see 'kara-news search --help')", ExitCode.usage);
  if (options.regex && query === undefined) throw new KaraError("--regex goes with text to find (see 'kara-news search --help')", ExitCode.usage);
  const format = decideFormat(options, io);
  const paths = pathsFor(io);
  const pattern = query === undefined ? null : findPattern(query, options.regex === true);
  const warnings: string[] = [];
  const all = await candidates(paths, io, warnings);
  const matches: FoundIn[] = [];
  const said: SaidIn[] = [];
  for (const c of all) {
    if (query !== undefined && !mayMatch(c.raw, query, options.regex === true)) continue;
    const article = await parseArticle(await c.source());
    if (options.speaker !== undefined) {
      for (const quote of saidBy(await statementsOf(paths, article, c.raw), options.speaker)) {
        if (pattern === null || (pattern.lastIndex = 0, pattern.test(quote.text))) said.push({ story: c.story, quote });
      }
    } else {
      const paragraphs = articleParagraphs(article, { urls: showsLinkTargets(article), imageMarkers: true });
      for (const found of findSentences(paragraphs, article.sections, pattern!)) matches.push({ story: c.story, found });
    }
  }
  warn(io, warnings);
  if (options.speaker !== undefined) {
    if (format.kind === 'json') renderStatementsJson(options.speaker, said, sink);
    else if (said.length === 0) throw new KaraError(`no statements by '${options.speaker}' in ${all.length} ${all.length === 1 ? 'story' : 'stories'}${query !== undefined ? ` that mention '${query}'` : ''}`, ExitCode.notFound);
    else if (format.kind !== 'styled') (await import('../render/search-plain.js')).renderSaidPlain(said, sink);
    else (await import('../render/search-styled.js')).renderSaidStyled(said, await themeFor(format), format.width, sink);
    return said.length === 0 ? ExitCode.notFound : ExitCode.ok;
  }
  if (format.kind === 'json') renderSearchJson(query!, matches, sink);
  else if (matches.length === 0) throw nothingFound(query!);
  else if (format.kind !== 'styled') (await import('../render/search-plain.js')).renderSearchPlain(matches, sink);
  else (await import('../render/search-styled.js')).renderSearchStyled(matches, await themeFor(format), format.width, sink);
  return matches.length === 0 ? ExitCode.notFound : ExitCode.ok;
}
