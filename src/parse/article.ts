import type { Token } from 'marked';
import { quoteInput } from '../errors.js';
import type { Source } from '../load/read.js';
import { emphasisTooDeep, nestingTooDeep, plainTextTokens } from './fallback.js';
import { splitFrontMatter, type Meta } from './front-matter.js';
import { findSections, type Section } from './sections.js';

/** A parsed article: metadata, marked's block tokens and the sections found in them. */
export interface Article {
  /** The slug of a bundled article, the path of a file, the web address, or "-" for standard input. */
  readonly name: string;
  /** Where it was read from: a bundled article, a file, a web address, standard input, the library, or a story of the last news list. */
  readonly origin: 'bundled' | 'file' | 'url' | 'stdin' | 'saved' | 'story';
  /** What it was read from: Markdown, or a web page (HTML) whose story was extracted. */
  readonly form: 'markdown' | 'html';
  readonly meta: Meta;
  readonly tokens: readonly Token[];
  readonly sections: readonly Section[];
  /** The web addresses the article was read from, in order (a story over several pages has more than one); empty when nothing was fetched. */
  readonly pages: readonly string[];
  /** Words in the body (headings included, front matter not). */
  readonly words: number;
  /** Non-fatal problems met while reading and parsing, one line each. */
  readonly warnings: readonly string[];
  /** True when this is the build-time parse of an unchanged bundled article (renders may be cached too). */
  readonly prebuilt: boolean;
}

/**
 * Parses a source into an Article: a Markdown source's front matter and tokens, or a web page's
 * metadata and tokens as read from the page; then the sections and words of either.
 */
export async function parseArticle(source: Source): Promise<Article> {
  const { name } = source;
  if (source.kind === 'page') {
    const outline = findSections(source.page.tokens);
    return { name, origin: source.ref.kind, form: 'html', meta: source.page.meta, tokens: source.page.tokens, sections: outline.sections, pages: source.pages, words: outline.words, warnings: source.warnings, prebuilt: false };
  }
  const front = await splitFrontMatter(source.text, name);
  const { tokens, warning } = await lexOrFallback(front.body, name);
  const outline = findSections(tokens);
  return {
    name,
    origin: source.ref.kind,
    form: 'markdown',
    meta: front.meta,
    tokens,
    sections: outline.sections,
    pages: source.ref.kind === 'url' ? [source.ref.url] : source.ref.kind === 'story' && source.ref.url ? [source.ref.url] : [],
    words: outline.words,
    warnings: [...source.warnings, ...front.warnings, ...(warning ? [warning] : [])],
    prebuilt: false,
  };
}

/** The length of the longest stretch of text between blank lines. */
function longestBlock(markdown: string): number {
  let longest = 0;
  let start = 0;
  for (const m of markdown.matchAll(/\n[ \t]*\n/g)) {
    longest = Math.max(longest, m.index - start);
    start = m.index + m[0].length;
  }
  return Math.max(longest, markdown.length - start);
}

/** A size as people read it: `18.9 MB` (decimal megabytes, as ls -h --si and file managers say). */
const sizeText = (bytes: number): string => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : bytes >= 1e3 ? `${Math.round(bytes / 1e3)} kB` : `${bytes} bytes`);

/** A warning for Markdown shown as plain text. */
export const tooDeep = (name: string): string => `${quoteInput(name)} is too deeply nested to read as Markdown; shown as plain text`;

/** Lexes Markdown, or falls back to plain paragraphs (with a warning) when it is too deeply nested. */
async function lexOrFallback(markdown: string, name: string): Promise<{ tokens: Token[]; warning: string | null }> {
  if (nestingTooDeep(markdown) || emphasisTooDeep(markdown)) return { tokens: plainTextTokens(markdown), warning: tooDeep(name) };
  const { lexMarkdown } = await import('../markdown/lex.js');
  try {
    return { tokens: await lexMarkdown(markdown), warning: null };
  } catch (err) {
    // marked recurses once per nesting level, and its block regexes run out of stack on a
    // block of megabytes without a blank line (base64, a minified file): say which it was.
    if (!(err instanceof RangeError)) throw err;
    const longest = longestBlock(markdown);
    const warning = longest > 1_000_000 ? `${quoteInput(name)} has ${sizeText(longest)} without a blank line, too long a paragraph to read as Markdown; shown as plain text` : tooDeep(name);
    return { tokens: plainTextTokens(markdown), warning };
  }
}
