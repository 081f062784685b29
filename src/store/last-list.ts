// The last list printed (last-list.jsonl), which `read 3` and `save 3` count in: a header line
// with its count and a digest of its entries, then one `[id, feed]` line per story, in order.
// node:crypto loads only to make a digest, so checking the header costs no more than reading it.
import { firstLine, readText, writeAtomic } from './files.js';
import type { StorePaths } from './home.js';

/** An entry of the last list printed: the story's id, and its feed's address (whose file holds it). */
export type ListEntry = readonly [id: string, feed: string];

/**
 * Story `n` (from 1) of the last list printed: found by its line, without reading the rest.
 * `{ count }` when the list is shorter; null when there is no list (or it cannot be read: the next list remakes it).
 */
export function lastListEntry(paths: StorePaths, n: number): ListEntry | { readonly count: number } | null {
  const text = readText(paths.lastList);
  if (text === null) return null;
  try {
    const { count } = JSON.parse(text.slice(0, text.indexOf('\n'))) as { count: number };
    if (n < 1 || n > count) return { count };
    let at = 0;
    for (let line = 0; line < n; line++) at = text.indexOf('\n', at) + 1;
    return JSON.parse(text.slice(at, text.indexOf('\n', at))) as ListEntry;
  } catch {
    return null;
  }
}

/** A digest of a list's entries, which its header keeps. */
export async function listDigest(entries: readonly ListEntry[]): Promise<string> {
  const { createHash } = await import('node:crypto');
  const parts: string[] = [];
  for (const [id, feed] of entries) parts.push(id, feed);
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
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

/** Remembers the list just printed, whose digest listDigest gave. */
export function writeLastList(paths: StorePaths, entries: readonly ListEntry[], digest: string): void {
  const lines = entries.map((e) => JSON.stringify(e));
  writeAtomic(paths.lastList, `${JSON.stringify({ at: new Date().toISOString(), count: entries.length, digest })}\n${lines.join('\n')}${lines.length > 0 ? '\n' : ''}`);
}
