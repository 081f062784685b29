import { readdirSync, readFileSync } from 'node:fs';
import { Lexer, type Token } from 'marked';
import { describe, expect, it } from 'vitest';
import { fixture, runMain } from '../helpers/run.js';

/**
 * Plain text must hold up on real Markdown, judged against `pandoc -f gfm -t plain`: every
 * word pandoc prints is there, nothing extra but structure (link targets, the title/date
 * header), and no Markdown syntax beyond what pandoc itself prints (code blocks keep theirs).
 */
const corpus = readdirSync(fixture('corpus')).filter((f) => f.endsWith('.md') && f !== 'SOURCES.md');

/** Lower-cased words, as a multiset. */
function bag(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** How many of `a`'s words `b` lacks, and which. */
function lacking(a: Map<string, number>, b: Map<string, number>): { count: number; words: string[] } {
  let count = 0;
  const words: string[] = [];
  for (const [w, n] of a) {
    const d = n - (b.get(w) ?? 0);
    if (d > 0) {
      count += d;
      words.push(w);
    }
  }
  return { count, words };
}

/** Every link and image target in a document, and a word for each image's marker: structure we add on purpose. */
function linkTargets(markdown: string): string {
  const hrefs: string[] = [];
  const walk = (tokens: Token[]): void => {
    for (const t of tokens) {
      if ((t.type === 'link' || t.type === 'image') && typeof t['href'] === 'string') hrefs.push(t['href'] as string);
      // An image is shown as `[image: alt]`: the marker's word is structure too.
      if (t.type === 'image') hrefs.push('image');
      if ('tokens' in t && Array.isArray(t.tokens)) walk(t.tokens);
      if (t.type === 'list') walk(t['items'] as Token[]);
      if (t.type === 'table') for (const cell of [...(t['header'] as { tokens: Token[] }[]), ...(t['rows'] as { tokens: Token[] }[][]).flat()]) walk(cell.tokens);
    }
  };
  walk(new Lexer({ gfm: true }).lex(markdown));
  return hrefs.join(' ');
}

/** Markdown syntax that must not appear in plain text unless pandoc prints it too (code). */
const SYNTAX = /^#{1,6} |\*\*|`|\]\(|!\[|<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?>|^> /gim;

describe.each(corpus)('plain text of %s against pandoc', (name) => {
  const markdown = readFileSync(fixture(`corpus/${name}`), 'utf8');
  const pandoc = readFileSync(fixture(`corpus/${name.replace(/\.md$/, '.pandoc.txt')}`), 'utf8');

  it('has every word pandoc prints, nothing extra but structure, and no syntax left', async () => {
    const r = await runMain(['read', fixture(`corpus/${name}`)]);
    expect(r.code).toBe(0);
    const ours = bag(r.stdout);
    const theirs = bag(pandoc);
    expect(lacking(theirs, ours).words).toEqual([]);

    const header = r.stdout.startsWith('Chalk\n') ? bag(r.stdout.split('\n\n').slice(0, 2).join(' ')) : new Map();
    const allowed = new Map([...bag(linkTargets(markdown))].map(([w, n]) => [w, n * 4]));
    for (const [w, n] of header) allowed.set(w, (allowed.get(w) ?? 0) + n);
    const tolerated = new Map(theirs);
    for (const [w, n] of allowed) tolerated.set(w, (tolerated.get(w) ?? 0) + n);
    const extra = lacking(ours, tolerated);
    // pandoc turns :emoji: shortcodes into emoji; we keep the shortcode's word. Nothing else is extra.
    const total = [...theirs.values()].reduce((a, b) => a + b, 0);
    expect(extra.count, `extra words: ${extra.words.join(' ')}`).toBeLessThanOrEqual(Math.ceil(total * 0.005));

    expect((r.stdout.match(SYNTAX) ?? []).length).toBeLessThanOrEqual((pandoc.match(SYNTAX) ?? []).length);
  });
});
