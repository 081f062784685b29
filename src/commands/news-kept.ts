// The offline list kept as printed (store/list-cache.ts), printed again while the store it was
// made from is unchanged: checked before the rest of `news` loads, so it imports only what the
// check needs (no feed files, no node:crypto).
import type { NewsOptions } from '../cli/program.js';
import type { OutputFormat } from '../format/output-format.js';
import type { Io } from '../io.js';
import { storeHome, storePaths } from '../store/home.js';
import { isLastList } from '../store/last-list.js';
import { readListCache, storeStamp } from '../store/list-cache.js';
import type { Sink } from '../write/sink.js';

/**
 * What a list that can be kept was asked for (its filters and format), or null when it cannot be
 * kept: a list that fetches, or depends on the time (--since, the ages of styled output).
 */
export function keepableRequest(options: NewsOptions, format: OutputFormat): string | null {
  if (!options.offline || options.since !== undefined || (format.kind !== 'plain' && format.kind !== 'json')) return null;
  return JSON.stringify([format.kind, options.unread === true, options.feed ?? null, options.limit ?? null]);
}

/**
 * Prints the list kept for this request when the store is as it was and the list is still the
 * last one remembered (so `read N` counts in it); false when it is not. `format` is decided by the
 * caller (main.ts has decideFormat loaded already: importing it here would split it into a chunk
 * of its own, one more file for every start).
 */
export function printKeptList(options: NewsOptions, format: OutputFormat, io: Io, sink: Sink): boolean {
  const request = keepableRequest(options, format);
  if (request === null) return false;
  const paths = storePaths(storeHome(io.env));
  const kept = readListCache(paths, request, storeStamp(paths));
  if (kept === null || !isLastList(paths, kept.digest)) return false;
  sink.write(kept.text);
  return true;
}
