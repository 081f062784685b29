import { existsSync } from 'node:fs';
import { KaraError, ExitCode } from '../errors.js';
import type { CatalogueEntry } from './catalogue.js';

/** Where an article comes from, decided from the command line before anything is read. */
export type InputRef =
  | { readonly kind: 'bundled'; readonly slug: string; readonly path: string }
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'stdin' }
  /** A story saved in the user's library (store/library.ts). */
  | { readonly kind: 'saved'; readonly slug: string; readonly path: string }
  /** A stored feed story (`read 3`, by its number in the last list): read from its page, else from its feed's text. */
  | { readonly kind: 'story'; readonly label: string; readonly url: string | null };

/** True for a web address kara-news fetches: http:// or https://. */
function isWebAddress(arg: string): boolean {
  return /^https?:\/\/[^\s/]/i.test(arg);
}

/** True when the user clearly named a file: it has a folder part or a file extension. */
function looksLikePath(arg: string): boolean {
  const extension = arg.slice(arg.lastIndexOf('.') + 1);
  return /[/\\]/.test(arg) || (arg.includes('.') && /^[A-Za-z0-9]+$/.test(extension)) || arg.startsWith('.') || arg.startsWith('~');
}

/** True for an argument that is a story number of the last `news` list (`read 3`, `save 3`). */
export const isStoryNumber = (arg: string): boolean => /^\d{1,9}$/.test(arg);

/**
 * Turns the `article` argument into an InputRef: nothing means the first bundled article,
 * `-` means standard input, an http(s) address that page, a bundled slug that article, and only
 * something that clearly is a path is read from disk. (A saved story's slug is an error here: the
 * orchestrator then looks in the library, which only it reads.)
 */
export function resolveInput(arg: string | undefined, catalogue: readonly CatalogueEntry[]): InputRef {
  if (arg === undefined) {
    const first = catalogue[0];
    if (!first) throw new KaraError('no bundled articles found; give a path to a Markdown file', ExitCode.noInput);
    return { kind: 'bundled', slug: first.slug, path: first.path };
  }
  if (arg === '-') return { kind: 'stdin' };
  if (isWebAddress(arg)) return { kind: 'url', url: arg };
  const entry = catalogue.find((e) => e.slug === arg);
  if (entry) return { kind: 'bundled', slug: entry.slug, path: entry.path };
  if (arg.includes('\0')) throw new KaraError('article names cannot contain NUL bytes', ExitCode.usage);
  if (looksLikePath(arg)) return { kind: 'file', path: arg };
  const slugs = catalogue.map((e) => e.slug).join(', ');
  if (/^\d+$/.test(arg)) throw new KaraError(`no story ${arg}: numbers are stories of the last 'kara-news news' list; run it first`, ExitCode.noInput);
  // The hint names the file when there is one by that name (`NEWS`), else the usual form.
  const path = existsSync(arg) ? `./${arg}` : `./${arg}.md`;
  throw new KaraError(`no bundled article or saved story '${arg}' (bundled: ${slugs}; 'kara-news list' lists all); to read a file, give its path: ${path}`, ExitCode.noInput);
}

/** The name an InputRef goes by in messages and JSON: the slug, the file's path, the address, or "-". */
export function inputName(ref: InputRef): string {
  if (ref.kind === 'story') return ref.url ?? ref.label;
  return ref.kind === 'bundled' || ref.kind === 'saved' ? ref.slug : ref.kind === 'file' ? ref.path : ref.kind === 'url' ? ref.url : '-';
}
