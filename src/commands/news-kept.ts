// The offline list kept as printed (store/list-cache.ts), printed again while the store it was
// made from is unchanged: looked up before the rest of `news` loads, so it imports only what the
// lookup needs (no feed files, no node:crypto).
import type { NewsOptions } from '../cli/program.js';
import type { OutputFormat } from '../format/output-format.js';
import type { Io } from '../io.js';
import { storeHome, storePaths } from '../store/home.js';
import { isLastList } from '../store/last-list.js';
import { readListCache, storeStamp, type StoreStamp } from '../store/list-cache.js';
import type { Sink } from '../write/sink.js';

/** What a list that can be kept was asked for (its filters and format), and the store as stamped before it is read. */
export interface Keeping {
  readonly request: string;
  readonly stamp: StoreStamp;
}

/**
 * What a list that can be kept was asked for, or null when it cannot be kept: a list that
 * fetches, or depends on the time (--since, the ages of styled output).
 */
function keepableRequest(options: NewsOptions, format: OutputFormat): string | null {
  if (!options.offline || options.since !== undefined || (format.kind !== 'plain' && format.kind !== 'json')) return null;
  return JSON.stringify([format.kind, options.unread === true, options.feed ?? null, options.limit ?? null]);
}

/**
 * Prints the list kept for this request when the store is as it was and the list is still the
 * last one remembered (so `read N` counts in it). Otherwise nothing is printed, and the result
 * says how the list news.ts makes can be kept (null: it cannot), its stamp taken here once.
 * `format` is decided by the caller (main.ts has decideFormat loaded already: importing it here
 * would split it into a chunk of its own, one more file for every start).
 */
export function printKeptList(options: NewsOptions, format: OutputFormat, io: Io, sink: Sink): { readonly printed: true } | { readonly printed: false; readonly keeping: Keeping | null } {
  const request = keepableRequest(options, format);
  if (request === null) return { printed: false, keeping: null };
  const paths = storePaths(storeHome(io.env));
  const stamp = storeStamp(paths);
  const kept = readListCache(paths, request, stamp);
  if (kept === null || !isLastList(paths, kept.digest)) return { printed: false, keeping: { request, stamp } };
  sink.write(kept.text);
  return { printed: true };
}
