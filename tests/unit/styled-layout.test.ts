import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/display-width.js';
import { fixture, root, runMain } from '../helpers/run.js';

// The terminal view at any width (issue 13): every document of the project's own fixtures (real
// READMEs and changelogs from the dependency tree in corpus/, written ones with nested lists,
// tables, footnotes, code and CJK in layout/ and docs/) at 20, 40, 80 and 120 columns.
const documents = [
  ...['corpus', 'layout', 'docs'].flatMap((dir) => readdirSync(fixture(dir)).filter((f) => f.endsWith('.md')).map((f) => `${dir}/${f}`)),
];
const WIDTHS = [20, 40, 80, 120];

/** What a terminal shows of a line: no SGR styling, no OSC 8 hyperlink sequences. */
const shown = (line: string): string => line.replace(/\u001b\[[0-9;]*m/g, '').replace(/\u001b\]8;;[^\u001b]*\u001b\\/g, '');

/** Decoration the view adds around words: indents, bullets, numbers, bars, boxes, task boxes, continuation marks. */
const DECORATION = /^[\s│┌┐└┘├┤┬┴┼─•◦▪☐☒↪]*(?:\d+\.|\[\d+\])?[\s│☐☒]*/;

/** Lines wider than the width that are not a lone word too long for any line. */
function overWide(text: string, width: number): string[] {
  return text
    .split('\n')
    .map(shown)
    // A word is what spaces separate: words joined by no-break spaces (`36\u00a0to\u00a021`) are one.
    .filter((line) => displayWidth(line) > width && / /.test(line.replace(DECORATION, '').trim()));
}

/** The words a reader sees, decoration apart, sorted (a table's wrapped cells interleave their words); a code line's continuations joined back. */
const words = (text: string): string[] =>
  (
    shown(text)
      .replace(/\n {2}↪ /g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).sort();

describe.each(documents)('%s in the terminal view', (name) => {
  const path = fixture(name);

  it.each(WIDTHS)('fits %i columns: no line wider, but a lone word longer than any line', async (width) => {
    const r = await runMain(['read', path, '--color', '--width', String(width)]);
    expect(r.code).toBe(0);
    expect(overWide(r.stdout, width)).toEqual([]);
  });

  it('holds the same words as plain text', async () => {
    // At 120 columns, where tables are boxed: as rows of 'Header: value' a table repeats its headers.
    const styled = await runMain(['read', path, '--color', '--width', '120']);
    const plain = await runMain(['read', path]);
    // The terminal byline adds the word count and reading time.
    expect(words(shown(styled.stdout).replace(/\d[\d,]*\s+words?\s+·\s+<?\d+\s+min\s+read/, ''))).toEqual(words(plain.stdout));
  });
});

describe('lists, tables, links and notes in the terminal view', () => {
  const render = async (markdown: string, width = 40, extra: string[] = []): Promise<string[]> =>
    shown((await runMain(['read', '-', '--color', '--width', String(width), ...extra], { input: markdown })).stdout)
      .split('\n')
      .map((l) => l.trimEnd())
      // The byline (words and reading time) and the blank line after it.
      .slice(1)
      .filter((_, i, all) => i >= all.indexOf('') + 1 || !all.includes(''));

  it('keeps the numbers a list gives, nested lists their own markers, task items their boxes', async () => {
    const lines = await render('3. three\n4. four\n   - nested\n   - nested again\n5. five\n\n- [ ] open\n- [x] done\n');
    expect(lines).toEqual(expect.arrayContaining(['3. three', '4. four', '   ◦ nested', '   ◦ nested again', '5. five', '• ☐ open', '• ☒ done']));
  });

  it('wraps list items under a hanging indent', async () => {
    const lines = await render('1. one two three four five six seven eight nine ten eleven twelve\n', 20);
    expect(lines.filter((l) => l !== '')).toEqual(['1. one two three', '   four five six', '   seven eight nine', '   ten eleven twelve']);
  });

  it('fits a table to the width, alignment as written, and falls back to rows when columns cannot fit', async () => {
    const table = '| Left | Right | Centre |\n|:--|--:|:-:|\n| a | 1 | x |\n| bb | 22 | yy |\n';
    const boxed = await render(table, 40);
    expect(boxed).toEqual(expect.arrayContaining(['│ Left │ Right │ Centre │', '│ a    │     1 │   x    │', '│ bb   │    22 │   yy   │']));
    const narrow = await render('| Alpha | Bravo | Charlie | Delta | Echo |\n|--|--|--|--|--|\n| one | two | three | four | five |\n', 20);
    expect(narrow).toEqual(expect.arrayContaining(['Alpha: one', 'Echo: five']));
  });

  it('never leaves a link target\'s "(" at a line end; --links refs numbers targets and lists them at the end', async () => {
    const text = 'See the [guide to the harbour](https://example.org/guide) for more.\n';
    for (const width of [20, 30, 40]) for (const line of await render(text, width)) expect(line).not.toMatch(/\($/);
    const refs = await render(text, 60, ['--links', 'refs']);
    expect(refs).toEqual(expect.arrayContaining(['See the guide to the harbour [1] for more.', 'References', '[1] https://example.org/guide']));
  });

  it('with terminal hyperlinks, the text is the link and its URL is not repeated, unless the text looks like another address', async () => {
    const run = async (markdown: string) => (await runMain(['read', '-', '--color', '--width', '60', '--hyperlinks', 'always'], { input: markdown })).stdout;
    const out = await run('See the [guide](https://example.org/guide).\n');
    expect(out).toContain('\u001b]8;;https://example.org/guide\u001b\\');
    expect(shown(out)).toContain('See the guide.');
    expect(shown(out)).not.toContain('(https://example.org/guide)');
    expect(shown(await run('Log in at [bank.example](https://evil.example/login).\n'))).toContain('bank.example (https://evil.example/login)');
  });

  it('numbers footnotes in both views and lists them at the end; images show a marker', async () => {
    const text = 'A claim.[^a] Another.[^b]\n\n![a map](https://example.org/map.png)\n\n[^b]: Second note.\n[^a]: First note.\n';
    expect(await render(text)).toEqual(expect.arrayContaining(['A claim.[1] Another.[2]', '[image: a map]', 'Notes', '[1] First note.', '[2] Second note.']));
    const plain = (await runMain(['read', '-'], { input: text })).stdout.split('\n');
    expect(plain).toEqual(expect.arrayContaining(['A claim.[1] Another.[2]', '[image: a map]', 'Notes', '[1] First note.', '[2] Second note.']));
  });

  // What the author wrote reaches the reader: a note nobody references, a second of one label, one
  // inside a block quote, and a reference whose note exists only in code (it stays as written).
  it.each([
    ['a note no reference names', 'Text.\n\n[^x]: Orphan note.\n', ['Text.', 'Notes', '[1] Orphan note.'], ['Text.', 'Notes', '[1] Orphan note.']],
    ['a second note of the same label', 'A[^1] b[^1]\n\n[^1]: First.\n[^1]: Second.\n', ['A[1] b[1]', '[1] First.', '[2] Second.'], ['A[1] b[1]', '[1] First.', '[2] Second.']],
    ['a note defined in a block quote', '> Quoted.[^q]\n> [^q]: Inner note.\n', ['│ Quoted.[1]', '[1] Inner note.'], ['  Quoted.[1]', '[1] Inner note.']],
    ['a definition right under its paragraph', 'A[^1] b\n[^1]: Note.\n', ['A[1] b', '[1] Note.'], ['A[1] b', '[1] Note.']],
    ['a reference to a note given only in code', 'Ref[^c].\n\n```\n[^c]: in code\n```\n', ['Ref[^c].', '    [^c]: in code'], ['Ref[^c].', '    [^c]: in code']],
  ])('keeps every word of %s, in both views', async (_, text, styled, plain) => {
    expect(await render(text)).toEqual(expect.arrayContaining(styled));
    expect((await runMain(['read', '-'], { input: text })).stdout.split('\n')).toEqual(expect.arrayContaining(plain));
  });

  it('wraps code with a continuation mark instead of running past the width', async () => {
    const lines = await render('```\nabcdefghijklmnopqrstuvwxyz0123456789\n```\n', 20);
    expect(lines.filter((l) => l !== '')).toEqual(['    abcdefghijklmnop', '  ↪ qrstuvwxyz012345', '  ↪ 6789']);
  });

  it('wraps block quotes inside their bar', async () => {
    const lines = await render('> one two three four five six seven eight nine ten\n', 20);
    expect(lines.filter((l) => l !== '')).toEqual(['│ one two three four', '│ five six seven', '│ eight nine ten']);
  });
});

it('renders the bundled article within every width too', async () => {
  for (const width of WIDTHS) {
    const r = await runMain(['read', `${root}articles/azerbaijan-denies-ethnic-cleansing.md`, '--color', '--width', String(width)]);
    expect(overWide(r.stdout, width)).toEqual([]);
  }
});

describe.each(WIDTHS)('the other terminal views at %i columns', (width) => {
  const article = fixture('layout/long-read.md');
  it.each([
    ['--quotes', ['read', article, '--quotes']],
    ['--quotes of the bundled article', ['read', '--quotes']],
    ['--find', ['read', article, '--find', 'the']],
    ['--sections', ['read', article, '--sections']],
    ['list', ['list']],
  ])('%s: no line wider, no word broken', async (_, args) => {
    const r = await runMain([...args, '--color', '--width', String(width)]);
    expect(r.code).toBe(0);
    expect(overWide(r.stdout, width)).toEqual([]);
  });
});
