// The kept offline list (src/store/list-cache.ts): printed again only for the store it was made
// from, and kept only when that store was at rest.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeAtomic } from '../../src/store/files.js';
import { storePaths, type StorePaths } from '../../src/store/home.js';
import { keepList, readListCache, storeStamp } from '../../src/store/list-cache.js';

let paths: StorePaths;
const LIST = { digest: 'd1', text: '1\t2026-12-06\tWorld Desk\tA story\thttps://example.com/a\n' };
const REQUEST = '["plain",false,null,null]';

/** Sets every store file's times to a minute ago: a store at rest. */
function atRest(): void {
  const past = new Date(Date.now() - 60_000);
  for (const path of [paths.feeds, paths.following, join(paths.stories, 'a.json'), join(paths.stories, 'b.json')]) utimesSync(path, past, past);
}

beforeEach(() => {
  paths = storePaths(mkdtempSync(join(tmpdir(), 'kara-news-list-cache-')));
  mkdirSync(paths.stories, { recursive: true });
  writeFileSync(paths.feeds, '<opml/>');
  writeFileSync(paths.following, '{}');
  writeFileSync(join(paths.stories, 'a.json'), '{"a":1}');
  writeFileSync(join(paths.stories, 'b.json'), '{"b":1}');
  atRest();
});
afterEach(() => rmSync(paths.home, { recursive: true, force: true }));

describe('the stamp of the store a list is made from', () => {
  it('is the same while nothing changes, and whatever happens outside the stories and subscriptions', () => {
    const before = storeStamp(paths).key;
    writeAtomic(paths.lastList, '{"count":0}\n');
    mkdirSync(paths.library, { recursive: true });
    writeFileSync(join(paths.library, 'x.md'), '# x');
    expect(storeStamp(paths).key).toBe(before);
  });

  it('changes with any write to a feed file (even in place, even to the same size), a file added or removed, and feeds.opml or its copy', () => {
    const changes: (() => void)[] = [
      () => writeAtomic(join(paths.stories, 'a.json'), '{"a":2}'),
      () => writeFileSync(join(paths.stories, 'b.json'), '{"b":2}'),
      () => writeFileSync(join(paths.stories, 'c.json'), '{}'),
      () => rmSync(join(paths.stories, 'c.json')),
      () => writeFileSync(join(paths.stories, 'a.json.123.tmp'), ''),
      () => writeFileSync(paths.feeds, '<opml version="2.0"/>'),
      () => writeFileSync(paths.following, '{"x":1}'),
    ];
    for (const change of changes) {
      const before = storeStamp(paths).key;
      change();
      expect(storeStamp(paths).key, change.toString()).not.toBe(before);
    }
  });
});

describe('keeping a list and reading it back', () => {
  it('reads back the list kept, for the same request and the same store only', () => {
    const stamp = storeStamp(paths);
    keepList(paths, REQUEST, stamp, LIST);
    expect(readListCache(paths, REQUEST, stamp)).toEqual(LIST);
    expect(readListCache(paths, '["json",false,null,null]', stamp)).toBeNull();
    writeAtomic(join(paths.stories, 'a.json'), '{"a":3}');
    expect(readListCache(paths, REQUEST, storeStamp(paths))).toBeNull();
  });

  it('keeps nothing of a store changed in the last two seconds, or changed while the list was made', () => {
    writeAtomic(join(paths.stories, 'a.json'), '{"a":4}');
    keepList(paths, REQUEST, storeStamp(paths), LIST);
    expect(readListCache(paths, REQUEST, storeStamp(paths))).toBeNull();
    atRest();
    const stamp = storeStamp(paths);
    writeFileSync(join(paths.stories, 'b.json'), '{"b":5}');
    keepList(paths, REQUEST, stamp, LIST);
    expect(readListCache(paths, REQUEST, stamp)).toBeNull();
    expect(readListCache(paths, REQUEST, storeStamp(paths))).toBeNull();
  });

  it('a kept file that is damaged, cut short, unreadable or from another version of the file is no list', () => {
    const stamp = storeStamp(paths);
    keepList(paths, REQUEST, stamp, LIST);
    const file = join(paths.cache, 'news-list');
    const whole = readFileSync(file, 'utf8');
    writeFileSync(file, whole.slice(0, -10));
    expect(readListCache(paths, REQUEST, stamp)).toBeNull();
    rmSync(file);
    mkdirSync(file);
    expect(readListCache(paths, REQUEST, stamp)).toBeNull();
    rmSync(file, { recursive: true });
    writeFileSync(file, whole);
    expect(readListCache(paths, REQUEST, stamp)).toEqual(LIST);
    writeFileSync(file, 'not json\nA story\n');
    expect(readListCache(paths, REQUEST, stamp)).toBeNull();
    writeFileSync(file, `${JSON.stringify({ format: 0, request: REQUEST, store: stamp.key, digest: 'd1' })}\nA story\n`);
    expect(readListCache(paths, REQUEST, stamp)).toBeNull();
  });
});
