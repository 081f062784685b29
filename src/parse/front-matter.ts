import { neutraliseControls } from '../markdown/controls.js';
import { joinNames } from '../text/names.js';
import { readFlatYaml } from './flat-yaml.js';

/** What kara-news knows about an article besides its text (front matter, or a page's metadata); absent fields are null. */
export interface Meta {
  readonly title: string | null;
  /** ISO date (YYYY-MM-DD) when the front matter gives one, else the text as given. */
  readonly date: string | null;
  readonly dateline: string | null;
  /** The byline: the author, or several authors' names joined (`Ann Lee and Bo Chan`). */
  readonly author: string | null;
  /** Each author's name, in the order given (empty when there is none). */
  readonly authors: readonly string[];
  /** The publication: a web page's site name. */
  readonly site: string | null;
  /** Where the article was published: a web page's address. */
  readonly url: string | null;
  /** The article's language (BCP 47: `en`, `pt-BR`). */
  readonly lang: string | null;
}

/** Front matter split from the Markdown body it precedes. */
export interface FrontMatter {
  readonly meta: Meta;
  readonly body: string;
  readonly warnings: readonly string[];
}

/** An article that says nothing about itself. */
const NO_META: Meta = { title: null, date: null, dateline: null, author: null, authors: [], site: null, url: null, lang: null };

/** Opening fence, then everything up to a closing `---` or `...` line. */
const FENCED = /^---[ \t]*\r?\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/** A scalar front-matter value as a one-line string with control characters made visible, or null. */
function scalar(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number') {
    const text = neutraliseControls(String(value).replace(/\s+/g, ' ').trim());
    return text === '' ? null : text;
  }
  return null;
}

/** A date as kara-news keeps it: the calendar date of an ISO date or date-time, else the text as given. */
function isoDate(date: string | null): string | null {
  return date && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : date;
}

/**
 * The names an author field gives: a name, a list of names, or entries with a `name` (as Hugo
 * and Jekyll themes write them); `authors` as well as `author`. Null when the field is there but
 * holds no name kara-news can read.
 */
function authorNames(data: Record<string, unknown>): string[] | null {
  const field = data['authors'] ?? data['author'] ?? data['byline'];
  if (field === undefined || field === null) return [];
  const entries = Array.isArray(field) ? field : [field];
  const names = entries.map((entry) => scalar(typeof entry === 'object' && entry !== null && !(entry instanceof Date) ? (entry as Record<string, unknown>)['name'] : entry));
  return names.every((name) => name !== null) ? (names as string[]) : null;
}

/** Picks the fields kara-news knows from parsed front matter, and says what it could not read. */
function toMeta(data: Record<string, unknown>, name: string, warnings: string[]): Meta {
  const authors = authorNames(data);
  if (authors === null) warnings.push(`${name}: front matter's ${'authors' in data ? 'authors' : 'author'} is not a name or a list of names; no byline`);
  return {
    title: scalar(data['title']),
    date: isoDate(scalar(data['date'])),
    dateline: scalar(data['dateline']),
    author: joinNames(authors ?? []),
    authors: authors ?? [],
    site: scalar(data['site'] ?? data['publication']),
    url: scalar(data['source'] ?? data['url']),
    lang: scalar(data['lang'] ?? data['language']),
  };
}

/**
 * Loads the YAML parser on first use. Bundled, a CommonJS package's dynamic import arrives as
 * `{ default: exports }`; unbundled (tests) its named exports are there directly.
 */
async function loadYaml(): Promise<typeof import('yaml')> {
  const mod = await import('yaml');
  return (mod as unknown as { default?: typeof mod }).default ?? mod;
}

/** Hugo's TOML front matter: between `+++` lines at the very top. */
const TOML_FENCED = /^\+\+\+[ \t]*\r?\n([\s\S]*?)^\+\+\+[ \t]*(?:\r?\n|$)/m;

/** The body after front matter, its lines left blank so line numbers stay true to the file. */
const bodyAfter = (text: string, fence: RegExpExecArray): string => '\n'.repeat(fence[0].split('\n').length - 1) + text.slice(fence[0].length);

/** Reads TOML front matter with smol-toml, loaded only for a file that opens with `+++`. */
async function splitTomlFrontMatter(text: string, name: string): Promise<FrontMatter> {
  const match = TOML_FENCED.exec(text);
  if (!match || match.index !== 0) return { meta: NO_META, body: text, warnings: [`${name}:1: front matter is never closed with '+++'; showing the file as Markdown`] };
  const body = bodyAfter(text, match);
  const { parse, TomlError } = await import('smol-toml');
  try {
    const warnings: string[] = [];
    return { meta: toMeta(parse(match[1] ?? ''), name, warnings), body, warnings };
  } catch (err) {
    const line = 1 + (err instanceof TomlError ? err.line : 1);
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? 'invalid TOML';
    return { meta: NO_META, body, warnings: [`${name}:${line}: front matter is not valid TOML (${reason}); ignored`] };
  }
}

/**
 * Splits front matter from the body and reads it: YAML between `---` lines, or TOML between
 * `+++` lines (Hugo), at the very top. Broken front matter never stops reading: the body is shown
 * and a warning names the line.
 */
export async function splitFrontMatter(text: string, name: string): Promise<FrontMatter> {
  if (/^\+\+\+[ \t]*\r?\n/.test(text)) return splitTomlFrontMatter(text, name);
  if (!/^---[ \t]*\r?\n/.test(text)) return { meta: NO_META, body: text, warnings: [] };
  const match = FENCED.exec(text);
  if (!match || match.index !== 0) {
    return {
      meta: NO_META,
      body: text,
      warnings: [`${name}:1: front matter is never closed with '---'; showing the file as Markdown`],
    };
  }
  const body = bodyAfter(text, match);
  const warnings: string[] = [];
  const flat = readFlatYaml(match[1] ?? '');
  if (flat) return { meta: toMeta(flat, name, warnings), body, warnings };
  const { parse, YAMLParseError } = await loadYaml();
  try {
    // Warnings (unknown tags…) are not worth a line each; errors still throw.
    const data: unknown = parse(match[1] ?? '', { logLevel: 'error' });
    if (data === null || data === undefined) return { meta: NO_META, body, warnings: [] };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { meta: NO_META, body, warnings: [`${name}:2: front matter is not a set of 'key: value' lines; ignored`] };
    }
    return { meta: toMeta(data as Record<string, unknown>, name, warnings), body, warnings };
  } catch (err) {
    // Parse errors carry a position; others (an alias to no anchor) are just as broken.
    const line = 1 + (err instanceof YAMLParseError ? (err.linePos?.[0]?.line ?? 1) : 1);
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? 'invalid YAML';
    return { meta: NO_META, body, warnings: [`${name}:${line}: front matter is not valid YAML (${reason}); ignored`] };
  }
}
