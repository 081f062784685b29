// Load: the bytes an InputRef points at (a file, standard input, a web address), decoded, and for
// a web page the article read out of it. Files are read synchronously: one file per run, and
// node:fs/promises costs a millisecond to load.
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { KaraError, ExitCode, quoteInput } from '../errors.js';
import type { Page, PageLocation } from '../html/page.js';
import type { Fetched } from './fetch.js';
import type { Io } from '../io.js';
import { decodeUtf8, looksBinary } from './decode.js';
import { inputName, type InputRef } from './resolve.js';

/** What was read, before any Markdown is parsed: Markdown text, or a web page's article. */
export type Source = {
  readonly ref: InputRef;
  /** What the article goes by in messages and JSON: the slug, the file's path, the address, or "-". */
  readonly name: string;
  /** Things worth one line on stderr that did not stop the read. */
  readonly warnings: readonly string[];
} & (
  | { readonly kind: 'markdown'; readonly text: string }
  | {
      readonly kind: 'page';
      readonly page: Page;
      readonly url: string | null;
      /** The web addresses the story was read from, in order: one for most stories, more for a story over several pages. */
      readonly pages: readonly string[];
    }
);

/** How reading is bounded and done. */
export interface ReadOptions {
  /** Seconds a web request may take in all. */
  readonly timeoutSeconds: number;
  /** Read only the page given, not the pages a story goes on to. */
  readonly singlePage?: boolean;
}

/** The most pages one story is read over, its first page among them. */
export const MAX_PAGES = 10;

/** Seconds a web request may take in all, unless --timeout says otherwise. */
export const DEFAULT_TIMEOUT_SECONDS = 20;

/** The largest article kara-news reads: far beyond any article, well within memory. */
const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

/** The error for input over the size limit. */
function tooLarge(name: string, bytes: number | null): KaraError {
  // Sizes in MiB, as the limit is one: 30,000,000 bytes is 28.6 MiB, 30.0 MB.
  const size = bytes === null ? `over ${MAX_ARTICLE_BYTES / 1048576} MiB` : `${bytes.toLocaleString('en-US')} bytes (${(bytes / 1048576).toFixed(1)} MiB)`;
  return new KaraError(`${quoteInput(name)} is ${size}; kara-news reads articles up to ${MAX_ARTICLE_BYTES / 1048576} MiB (${MAX_ARTICLE_BYTES.toLocaleString('en-US')} bytes)`, ExitCode.data);
}

/** Reads all of a stream into one buffer, refusing more than the size limit. */
async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += bytes.length;
    if (total > MAX_ARTICLE_BYTES) throw tooLarge('-', null);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** Turns a file-system error into a one-line message that says what to do. */
function fileError(path: string, err: NodeJS.ErrnoException): KaraError {
  const why: Record<string, string> = {
    ENOENT: 'no such file',
    EISDIR: 'is a directory; give a Markdown file inside it',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENAMETOOLONG: 'file name too long',
    ENOTDIR: 'a part of the path is not a directory',
  };
  return new KaraError(`cannot read '${path}': ${why[err.code ?? ''] ?? err.message}`, ExitCode.noInput);
}

/** File names of web pages saved from a browser. */
const HTML_FILE = /\.(?:html?|xhtml|xht|shtml)$/i;

/** The start of an HTML document, after any byte-order mark, white space and comments. */
const HTML_START = /^(?:\uFEFF|\xEF\xBB\xBF)?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|\?xml[^>]*>\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]))/i;

/** True when bytes start the way an HTML document does: a doctype, <html>, <head> or <body>. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1');
  return HTML_START.test(head);
}

/** How a Content-Type is read: a page to extract, Markdown, or something else to refuse. */
function kindOfContent(contentType: string | null): 'html' | 'markdown' | 'sniff' | 'other' {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === '') return 'sniff';
  if (type === 'text/html' || type === 'application/xhtml+xml' || type === 'application/xml' || type === 'text/xml') return type.includes('xml') && !type.includes('xhtml') ? 'sniff' : 'html';
  if (type === 'text/markdown' || type === 'text/x-markdown' || type === 'text/plain') return 'markdown';
  return 'other';
}

/** The bytes of a file, refusing one over the size limit before reading it. */
function readFile(path: string): Buffer {
  try {
    const { size } = statSync(path);
    if (size > MAX_ARTICLE_BYTES) throw tooLarge(path, size);
    return readFileSync(path);
  } catch (err) {
    if (err instanceof KaraError) throw err;
    throw fileError(path, err as NodeJS.ErrnoException);
  }
}

/** Markdown bytes as a Source: binary refused, invalid UTF-8 shown with U+FFFD and a warning. */
function markdownSource(ref: InputRef, name: string, bytes: Uint8Array): Source {
  if (looksBinary(bytes)) throw new KaraError(`${quoteInput(name)} is not a text file (it holds NUL bytes); give a Markdown file or a web page`, ExitCode.data);
  const decoded = decodeUtf8(bytes);
  const warnings = decoded.invalidUtf8At === null ? [] : [`${quoteInput(name)} is not valid UTF-8 (first bad byte at offset ${decoded.invalidUtf8At}); shown with U+FFFD`];
  return { kind: 'markdown', ref, name, text: decoded.text.replace(/^\uFEFF/, ''), warnings };
}

/** A web page's story: decoded by its character set, its article read out (html/ loads only now); null when it has none. */
async function readHtml(bytes: Uint8Array, contentType: string | null, where: PageLocation): Promise<Page | null> {
  const [{ decodePage, charsetParameter }, { readPage }] = await Promise.all([import('./charset.js'), import('../html/page.js')]);
  return readPage(decodePage(bytes, charsetParameter(contentType)).text, where);
}

/** The error for a page with no story in it. */
const noStory = (name: string): KaraError =>
  new KaraError(`${quoteInput(name)} has no article kara-news can find (no paragraphs of text); it may be an index page, or need JavaScript to show its text`, ExitCode.data);

/** A web page's bytes as a Source, from a file or standard input: nothing is fetched. */
async function pageSource(ref: InputRef, name: string, bytes: Uint8Array): Promise<Source> {
  const page = await readHtml(bytes, null, { url: null, file: ref.kind === 'file' ? pathToFileURL(ref.path).href : null });
  if (page === null) throw noStory(name);
  return { kind: 'page', ref, name, page, url: null, pages: [], warnings: [] };
}

/**
 * A story on the web as a Source: its first page, then each next page it names (html/pagination.ts),
 * up to MAX_PAGES on the same site, joined into one. A next page that cannot be read ends the story
 * there, with a warning: the pages read so far are kept.
 */
async function webSource(ref: InputRef & { kind: 'url' | 'story' }, first: Fetched, options: ReadOptions): Promise<Source> {
  const name = inputName(ref);
  const page = await readHtml(first.bytes, first.contentType, { url: first.url, file: null });
  if (page === null) throw noStory(name);
  const pages = [page];
  const urls = [first.url];
  const warnings: string[] = [];
  const { fetchPage } = await import('./fetch.js');
  for (let next = page.next; next !== null && !options.singlePage; next = pages[pages.length - 1]!.next) {
    if (urls.includes(next)) break;
    if (pages.length === MAX_PAGES) {
      warnings.push(`the story goes on past ${MAX_PAGES} pages ('${next}'); showing the first ${MAX_PAGES}`);
      break;
    }
    const stop = (why: string): void => void warnings.push(`page ${pages.length + 1} of the story ('${next}') ${why}; showing the ${pages.length === 1 ? 'first page' : `${pages.length} pages`} read`);
    try {
      const fetched = await fetchPage(next, { timeoutMs: options.timeoutSeconds * 1000, maxBytes: MAX_ARTICLE_BYTES });
      const more = kindOfContent(fetched.contentType) === 'html' || looksLikeHtml(fetched.bytes) ? await readHtml(fetched.bytes, fetched.contentType, { url: fetched.url, file: null }) : null;
      if (more === null) {
        stop('holds no more of it');
        break;
      }
      pages.push(more);
      urls.push(fetched.url);
    } catch (err) {
      if (!(err instanceof KaraError)) throw err;
      stop(`could not be read (${err.message.replace(/^cannot read '[^']*': /, '')})`);
      break;
    }
  }
  const { joinPages } = await import('../html/join-pages.js');
  return { kind: 'page', ref, name, page: joinPages(pages), url: first.url, pages: urls, warnings };
}

/**
 * A story as its feed gives it, for when its page cannot be read: the feed's HTML made into
 * tokens as it stands (html/feed-text.ts), with what the feed says of the story as metadata.
 */
export async function feedTextSource(ref: InputRef & { kind: 'story' }, html: string, meta: Page['meta'], warnings: readonly string[]): Promise<Source> {
  const { feedTextTokens } = await import('../html/feed-text.js');
  return { kind: 'page', ref, name: inputName(ref), page: { meta, tokens: feedTextTokens(html, ref.url), next: null }, url: ref.url, pages: [], warnings };
}

/** Reads what an InputRef points at: Markdown as text, a web page (a URL, an .html file, HTML on stdin) as its article. */
export async function readSource(ref: InputRef, io: Io, options: ReadOptions): Promise<Source> {
  const name = inputName(ref);
  if (ref.kind === 'url' || ref.kind === 'story') {
    const { url } = ref;
    if (url === null) throw new KaraError(`${name} has no page of its own to read`, ExitCode.noInput);
    const { fetchPage } = await import('./fetch.js');
    const fetching = fetchPage(url, { timeoutMs: options.timeoutSeconds * 1000, maxBytes: MAX_ARTICLE_BYTES });
    // While the server answers, compile what reading a page takes, so the two overlap; setImmediate
    // runs once the connection is under way (a module loaded now would hold up connecting).
    setImmediate(() => void Promise.all([import('./charset.js'), import('../html/page.js')]).catch(() => {}));
    const fetched = await fetching;
    const kind = kindOfContent(fetched.contentType);
    if (kind === 'other') {
      throw new KaraError(`'${url}' is ${fetched.contentType!.split(';')[0]!.trim()}, not an article; kara-news reads web pages (HTML) and Markdown`, ExitCode.data);
    }
    if (kind === 'markdown' || (kind === 'sniff' && !looksLikeHtml(fetched.bytes))) return markdownSource(ref, name, fetched.bytes);
    return webSource(ref, fetched, options);
  }
  let bytes: Buffer;
  if (ref.kind === 'stdin') {
    if (io.stdin.isTTY) io.stderr.write('kara-news: reading Markdown or HTML from standard input (end with Ctrl-D)\n');
    bytes = await readStream(io.stdin);
  } else bytes = readFile(ref.path);
  if (ref.kind === 'saved') return markdownSource(ref, name, bytes);
  const html = ref.kind === 'file' ? HTML_FILE.test(ref.path) || looksLikeHtml(bytes) : ref.kind === 'stdin' && looksLikeHtml(bytes);
  return html ? pageSource(ref, name, bytes) : markdownSource(ref, name, bytes);
}
