// Fetching a page or a feed: the page itself and nothing it links to, at most ten redirects, one
// time limit for the whole request, and the body read no further than the size limit however far
// it would inflate. The exchange itself is load/http.ts.
import { ExitCode, KaraError } from '../errors.js';
import { VERSION } from '../version.js';
import { get, type Answer } from './http.js';

/** What a server sent for a page. */
export interface Fetched {
  readonly bytes: Uint8Array;
  /** The Content-Type header, or null. */
  readonly contentType: string | null;
  /** The address the page was finally read from, after redirects. */
  readonly url: string;
}

/** How a fetch is bounded. */
export interface FetchLimits {
  /** For the whole request: connecting, redirects and reading the body. */
  readonly timeoutMs: number;
  readonly maxBytes: number;
}

/** Redirects followed before giving up, as curl and browsers bound them. */
const MAX_REDIRECTS = 10;

/** Statuses that send the client elsewhere. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The User-Agent kara-news sends: its name and version, and where it comes from. */
const USER_AGENT = `kara-news/${VERSION} (terminal news reader; +https://www.npmjs.com/package/kara-news)`;

/** A one-line error about a URL, naming it. */
const failure = (url: string, what: string, code: ExitCode): KaraError => new KaraError(`cannot read '${url}': ${what}`, code);

/** What went wrong with a request that never got an answer, in words: DNS, refused, TLS, time-out. */
function networkError(url: string, err: unknown, timedOut: boolean, seconds: number): KaraError {
  if (timedOut) return failure(url, `no complete answer within ${seconds} s; try again later or give --timeout more seconds`, ExitCode.unavailable);
  const { code = '', message = '' } = err as { code?: string; message?: string };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return failure(url, `no such host (DNS lookup failed); check the address`, ExitCode.unavailable);
  if (code === 'ECONNREFUSED') return failure(url, 'connection refused; is the address right and the server up?', ExitCode.unavailable);
  if (code === 'ECONNRESET' || code === 'EPIPE') return failure(url, 'the server closed the connection; try again later', ExitCode.unavailable);
  if (code.startsWith('HPE_')) return failure(url, `the server's answer is not valid HTTP (${code})`, ExitCode.unavailable);
  if (code.startsWith('Z_') || code === 'ERR_ZLIB_INITIALIZATION_FAILED') return failure(url, `the server's compressed answer is damaged (${code}); try again later`, ExitCode.unavailable);
  if (/CERT|TLS|SSL|EPROTO|DEPTH_ZERO|SELF_SIGNED/i.test(code) || /certificate|tls|ssl/i.test(message)) {
    return failure(url, `the secure connection failed (${code || 'TLS error'}); the site's certificate is not trusted`, ExitCode.unavailable);
  }
  return failure(url, `the request failed (${code || message})`, ExitCode.unavailable);
}

/** Reads a response body, stopping as soon as it passes the size limit (a body that inflates without end never fills memory). */
async function readCapped(body: AsyncIterable<Uint8Array>, url: string, maxBytes: number, abort: () => void): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      abort();
      throw failure(url, `the page is over ${maxBytes / 1048576} MiB; kara-news reads articles up to ${maxBytes / 1048576} MiB`, ExitCode.data);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** A conditional request's validators: what the server said last time. */
export interface Validators {
  readonly etag: string | null;
  readonly lastModified: string | null;
}

/** What a server sent for a feed: nothing new (304), or the feed with its new validators. */
export type FetchedFeed =
  | { readonly status: 'not-modified'; readonly movedTo: string | null }
  | (Fetched & { readonly status: 'ok'; readonly validators: Validators; readonly movedTo: string | null });

/** The Accept header for a page. */
const ACCEPT_PAGE = 'text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8,*/*;q=0.1';

/** The Accept header for a feed. */
const ACCEPT_FEED = 'application/rss+xml,application/atom+xml,application/feed+json,application/rdf+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.1';

/** An answer with an OK or 304 status, where it came from, and where permanent redirects alone led. */
interface Reached {
  readonly response: Answer;
  readonly address: string;
  /** The address reached by permanent redirects (301, 308) from the start, when there were any. */
  readonly movedTo: string | null;
}

/**
 * Sends a request: follows up to MAX_REDIRECTS redirects, gives the whole request `timeoutMs`
 * (the body too: `read` runs before the timer is cleared), and turns HTTP errors and network
 * failures into KaraErrors that name the URL and say what to do.
 */
async function request<T>(url: string, limits: FetchLimits, headers: Record<string, string>, read: (reached: Reached, abort: () => void) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  const seconds = limits.timeoutMs / 1000;
  try {
    let address = url;
    let movedTo: string | null = null;
    let permanent = true;
    for (let redirects = 0; ; redirects++) {
      let response: Answer;
      try {
        response = await get(address, { 'user-agent': USER_AGENT, ...headers }, controller.signal);
      } catch (err) {
        throw networkError(address, err, timedOut, seconds);
      }
      if (REDIRECTS.has(response.status)) {
        const location = response.header('location');
        response.discard();
        if (!location) throw failure(address, `HTTP ${response.status} redirect with no Location`, ExitCode.unavailable);
        if (redirects + 1 > MAX_REDIRECTS) throw failure(url, `more than ${MAX_REDIRECTS} redirects (the last to ${new URL(location, address).href}); the site is sending readers in a loop`, ExitCode.unavailable);
        address = new URL(location, address).href;
        if (!/^https?:$/.test(new URL(address).protocol)) throw failure(url, `redirected to '${address}', which is not a web page`, ExitCode.unavailable);
        permanent &&= response.status === 301 || response.status === 308;
        if (permanent) movedTo = address;
        continue;
      }
      if ((response.status < 200 || response.status > 299) && response.status !== 304) {
        response.discard();
        const status = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
        if (response.status === 404 || response.status === 410) throw failure(address, `no such page (${status}); check the address`, ExitCode.noInput);
        if (response.status >= 500 || response.status === 429) throw failure(address, `the server could not answer (${status}); try again later`, ExitCode.unavailable);
        throw failure(address, `the server refused it (${status})`, ExitCode.noInput);
      }
      try {
        return await read({ response, address, movedTo }, () => controller.abort());
      } catch (err) {
        if (err instanceof KaraError) throw err;
        throw networkError(address, err, timedOut, seconds);
      }
    }
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Fetches a page: follows up to MAX_REDIRECTS redirects, gives the whole request `timeoutMs`,
 * and refuses a body over `maxBytes`. HTTP errors, network failures and time-outs are KaraErrors
 * that name the URL and say what to do.
 */
export async function fetchPage(url: string, limits: FetchLimits): Promise<Fetched> {
  return request(url, limits, { accept: ACCEPT_PAGE }, async ({ response, address }, abort) => {
    const bytes = await readCapped(response.body, address, limits.maxBytes, abort);
    return { bytes, contentType: response.header('content-type'), url: address };
  });
}

/**
 * Fetches a feed as fetchPage fetches a page, but conditionally: with the validators of the last
 * fetch, a server with nothing new answers 304 and sends nothing. `movedTo` is where permanent
 * redirects alone led, the feed's new address.
 */
export async function fetchFeed(url: string, limits: FetchLimits, last: Validators): Promise<FetchedFeed> {
  const conditional = { ...(last.etag && { 'if-none-match': last.etag }), ...(last.lastModified && { 'if-modified-since': last.lastModified }) };
  return request(url, limits, { accept: ACCEPT_FEED, ...conditional }, async ({ response, address, movedTo }, abort) => {
    if (response.status === 304) {
      response.discard();
      return { status: 'not-modified', movedTo };
    }
    const bytes = await readCapped(response.body, address, limits.maxBytes, abort);
    const validators = { etag: response.header('etag'), lastModified: response.header('last-modified') };
    return { status: 'ok', bytes, contentType: response.header('content-type'), url: address, validators, movedTo };
  });
}
