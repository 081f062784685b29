// The last list printed (src/store/last-list.ts): what `read N` counts in, and what tells a list
// printed again from a new one.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { headLines, lastLine } from '../../src/store/files.js';
import { storePaths, type StorePaths } from '../../src/store/home.js';
import { isLastList, lastListEntry, listDigest, writeLastList, type ListEntry } from '../../src/store/last-list.js';

let paths: StorePaths;
beforeEach(() => {
  paths = storePaths(mkdtempSync(join(tmpdir(), 'kara-news-last-list-')));
});
afterEach(() => rmSync(paths.home, { recursive: true, force: true }));

/** A list of `feeds` feeds with two stories each. */
const listOf = (feeds: number): ListEntry[] => Array.from({ length: feeds * 2 }, (_, i) => [`guid:story-${i}`, `https://example.com/feed/${i % feeds}.rss`] as const);
const fileOf = (feed: string): string => `${feed.replace(/\D/g, '').padStart(20, '0')}.json`;

describe('the last list', () => {
  it('gives story N with its feed and the name of its feed file; a number past the end, the count', async () => {
    const entries = listOf(3);
    writeLastList(paths, entries, listDigest(entries), fileOf);
    expect(lastListEntry(paths, 5)).toEqual({ id: 'guid:story-4', feed: 'https://example.com/feed/1.rss', file: fileOf('https://example.com/feed/1.rss') });
    expect(lastListEntry(paths, 6)).toEqual({ id: 'guid:story-5', feed: 'https://example.com/feed/2.rss', file: fileOf('https://example.com/feed/2.rss') });
    expect(lastListEntry(paths, 7)).toEqual({ count: 6 });
    expect(lastListEntry(paths, 0)).toEqual({ count: 6 });
  });

  it('is recognised by its digest however many feeds it names, so a list printed again is not written again', async () => {
    const entries = listOf(500);
    const digest = listDigest(entries);
    writeLastList(paths, entries, digest, fileOf);
    expect(isLastList(paths, digest)).toBe(true);
    expect(isLastList(paths, listDigest(entries.slice(1)))).toBe(false);
  });

  it('written before the names were kept, still gives every story, with no file name', () => {
    writeFileSync(paths.lastList, '{"at":"2026-12-01T00:00:00.000Z","count":2,"digest":"d"}\n["guid:a","https://example.com/a.rss"]\n["guid:b","https://example.com/b.rss"]\n');
    expect(lastListEntry(paths, 2)).toEqual({ id: 'guid:b', feed: 'https://example.com/b.rss', file: null });
  });
});

describe('reading a line of a long file without reading it whole', () => {
  it('gives the first lines and the last line, whatever falls across the blocks it reads', () => {
    // Lines of many widths and multi-byte letters, so lines and characters straddle the 64 KiB blocks.
    const lines = Array.from({ length: 4000 }, (_, i) => `${i} ${'é—'.repeat(i % 97)}`);
    lines.push(`{"files":"${'ü'.repeat(100_000)}"}`);
    const path = join(paths.home, 'lines');
    writeFileSync(path, lines.join('\n') + '\n');
    expect(headLines(path, 3)).toEqual(lines.slice(0, 3));
    expect(headLines(path, 3001)).toEqual(lines.slice(0, 3001));
    expect(headLines(path, 9000)).toEqual([...lines, '']);
    expect(lastLine(path)).toBe(lines.at(-1));
    writeFileSync(path, 'one\ntwo');
    expect([headLines(path, 5), lastLine(path)]).toEqual([['one', 'two'], 'two']);
    writeFileSync(path, 'only\n');
    expect([headLines(path, 1), lastLine(path)]).toEqual([['only'], 'only']);
    writeFileSync(path, '');
    expect([headLines(path, 1), lastLine(path)]).toEqual([[''], '']);
    expect([headLines(join(paths.home, 'none'), 1), lastLine(join(paths.home, 'none'))]).toEqual([null, null]);
  });
});
