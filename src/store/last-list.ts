// The last list printed (last-list.jsonl), which `read 3` and `save 3` count in: a header line
// with its count and a digest of its entries, then one `[id, feed]` line per story, in order, then
// a line naming each listed feed's file in stories/ (last, so the header stays short enough to be
// checked by reading its first bytes, and a kara-news that predates it reads the entries alone).
// Checking the header, or finding a story and its feed's file, hashes nothing (store/digest.ts).
import { sha256 } from './digest.js';
import { firstLine, headLines, lastLine, writeAtomic } from './files.js';
import type { StorePaths } from './home.js';

/** An entry of the last list printed: the story's id, and its feed's address (whose file holds it). */
export type ListEntry = readonly [id: string, feed: string];

/** A story of the last list printed, and the name of its feed's file (null in a list written before the names were kept). */
export interface ListedRef {
  readonly id: string;
  readonly feed: string;
  readonly file: string | null;
}

/**
 * Story `n` (from 1) of the last list printed: found by its line, without reading the rest.
 * `{ count }` when the list is shorter; null when there is no list (or it cannot be read: the next list remakes it).
 */
export function lastListEntry(paths: StorePaths, n: number): ListedRef | { readonly count: number } | null {
  // Read up to its line only: a list of 10,000 stories is 800 KB, 2 ms to read whole.
  const head = headLines(paths.lastList, n + 1);
  if (head === null) return null;
  try {
    const { count } = JSON.parse(head[0]!) as { count: number };
    if (n < 1 || n > count) return { count };
    const [id, feed] = JSON.parse(head[n]!) as ListEntry;
    return { id, feed, file: fileNamed(lastLine(paths.lastList) ?? '', feed) };
  } catch {
    return null;
  }
}

/** The name of `feed`'s file as the list's last line gives it; null when it gives none (a list written before the names were kept). */
function fileNamed(last: string, feed: string): string | null {
  if (!last.startsWith('{')) return null;
  try {
    const { files } = JSON.parse(last) as { files?: unknown };
    const file = typeof files === 'object' && files !== null && Object.hasOwn(files, feed) ? (files as Record<string, unknown>)[feed] : null;
    return typeof file === 'string' ? file : null;
  } catch {
    return null;
  }
}

/** A digest of a list's entries, which its header keeps. */
export function listDigest(entries: readonly ListEntry[]): string {
  const parts: string[] = [];
  for (const [id, feed] of entries) parts.push(id, feed);
  return sha256(parts.join('\u0000'), 32);
}

/** True when the last list remembered is the one with this digest: printing the same list again need not write it again. */
export function isLastList(paths: StorePaths, digest: string): boolean {
  const header = firstLine(paths.lastList);
  try {
    return header !== null && (JSON.parse(header) as { digest?: unknown }).digest === digest;
  } catch {
    return false;
  }
}

/** Remembers the list just printed, whose digest listDigest gave, with the name of each listed feed's file (`fileOf`). */
export function writeLastList(paths: StorePaths, entries: readonly ListEntry[], digest: string, fileOf: (feed: string) => string): void {
  const files = Object.fromEntries([...new Set(entries.map(([, feed]) => feed))].map((feed) => [feed, fileOf(feed)]));
  const lines = entries.map((e) => JSON.stringify(e));
  if (lines.length > 0) lines.push(JSON.stringify({ files }));
  writeAtomic(paths.lastList, `${JSON.stringify({ at: new Date().toISOString(), count: entries.length, digest })}\n${lines.join('\n')}${lines.length > 0 ? '\n' : ''}`);
}
