// The last `news --offline` list as printed (cache/news-list), so the same list asked for again
// is one file read instead of every feed's stories read, ordered and formatted. It is kept only
// for a store at rest: its key names every file of the stories folder (name, size, inode,
// modification time to the nanosecond), the subscriptions (feeds.opml and its copy), what was
// asked and the version of kara-news that printed it; and it is written only when nothing in the
// store changed while the list was made, nor for two seconds before (so a file system that keeps
// coarse times cannot hide a change). Anything else makes the list afresh: the file is only ever
// a copy of what can be worked out again.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { VERSION } from '../version.js';
import { readText, writeAtomic } from './files.js';
import type { StorePaths } from './home.js';

/** The version of the cache file this code reads and writes. */
const FORMAT = 1;

/** How long the store must have been at rest before a list of it is kept: longer than any file system's time step (FAT's is 2 s). */
const REST_MS = 2_000;

/** The state of the store files a list is made from: a key, and when the newest of them changed (ms). */
export interface StoreStamp {
  readonly key: string;
  readonly newestMs: number;
}

/** One file's part of a stamp: name, size and modification time in nanoseconds; `-` when there is none. */
function fileStamp(path: string, name: string): { part: string; ms: number } {
  try {
    const s = statSync(path, { bigint: true });
    return { part: `${name}:${s.size}:${s.mtimeNs}:${s.ino}`, ms: Number(s.mtimeNs / 1_000_000n) };
  } catch {
    return { part: `${name}:-`, ms: 0 };
  }
}

/** The stamp of everything a list is made from: every file in the stories folder, feeds.opml and its copy. */
export function storeStamp(paths: StorePaths): StoreStamp {
  let names: string[];
  try {
    names = readdirSync(paths.stories).sort();
  } catch {
    names = [];
  }
  const parts: string[] = [];
  let newestMs = 0;
  const add = (path: string, name: string): void => {
    const { part, ms } = fileStamp(path, name);
    parts.push(part);
    newestMs = Math.max(newestMs, ms);
  };
  add(paths.feeds, 'feeds.opml');
  add(paths.following, 'following.json');
  for (const name of names) add(join(paths.stories, name), name);
  return { key: parts.join('\n'), newestMs };
}

/** The file the list is kept in. */
const cachePath = (paths: StorePaths): string => join(paths.cache, 'news-list');

/** A kept list: the digest of its entries (as the last list's header has it) and its text. */
export interface KeptList {
  readonly digest: string;
  readonly text: string;
}

/**
 * The list kept for this request and stamp (`request` says what was asked: filters and format),
 * or null: also when the file cannot be read, or holds less than its header says (a kept list
 * never stops a command, nor prints part of a list).
 */
export function readListCache(paths: StorePaths, request: string, stamp: StoreStamp): KeptList | null {
  try {
    const text = readText(cachePath(paths));
    if (text === null) return null;
    const end = text.indexOf('\n');
    const head = JSON.parse(text.slice(0, end)) as { format?: unknown; version?: unknown; request?: unknown; store?: unknown; digest?: unknown; length?: unknown };
    const list = text.slice(end + 1);
    if (head.format !== FORMAT || head.version !== VERSION || head.request !== request || head.store !== stamp.key || typeof head.digest !== 'string' || head.length !== list.length) return null;
    return { digest: head.digest, text: list };
  } catch {
    return null;
  }
}

/**
 * Keeps a list just printed, when the store it was made from has been at rest: `before` is the
 * stamp taken before the stories were read, compared with the store as it is now.
 */
export function keepList(paths: StorePaths, request: string, before: StoreStamp, list: KeptList): void {
  if (Date.now() - before.newestMs < REST_MS || storeStamp(paths).key !== before.key) return;
  try {
    writeAtomic(cachePath(paths), `${JSON.stringify({ format: FORMAT, version: VERSION, request, store: before.key, digest: list.digest, length: list.text.length })}\n${list.text}`);
  } catch {
    // A list that cannot be kept is made again next time.
  }
}
