import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { footnoteLabels } from '../../src/markdown/footnotes.js';
import { parseArticle } from '../../src/parse/article.js';
import { splitFrontMatter } from '../../src/parse/front-matter.js';
import { articleParagraphs } from '../../src/parse/paragraphs.js';
import { slugify, uniqueSlugs } from '../../src/parse/slug.js';

/** Parses Markdown given as standard input. */
const parse = (text: string) => parseArticle({ kind: 'markdown', ref: { kind: 'stdin' }, name: '-', text, warnings: [] });

describe('front matter', () => {
  it('reads title, date, dateline and author, and strips it from the body', async () => {
    const fm = await splitFrontMatter('---\ntitle: "A: B"\ndate: 2023-10-01\ndateline: BAKU\nauthor: Jo\n---\n# Body\n', 'x.md');
    expect(fm.meta).toEqual({ title: 'A: B', date: '2023-10-01', dateline: 'BAKU', author: 'Jo', authors: ['Jo'], site: null, url: null, lang: null });
    expect(fm.body.trim()).toBe('# Body');
    expect(fm.warnings).toEqual([]);
  });

  it('leaves a document without front matter alone', async () => {
    const fm = await splitFrontMatter('# Title\n\n---\n\ntext\n', 'x.md');
    expect(fm).toEqual({ meta: { title: null, date: null, dateline: null, author: null, authors: [], site: null, url: null, lang: null }, body: '# Title\n\n---\n\ntext\n', warnings: [] });
  });

  it('shows the body and warns with file and line when the YAML is broken', async () => {
    const fm = await splitFrontMatter('---\ntitle: ok\nbad: [unclosed\n---\nBody text\n', 'x.md');
    expect(fm.meta.title).toBeNull();
    expect(fm.body.trim()).toBe('Body text');
    expect(fm.warnings).toHaveLength(1);
    expect(fm.warnings[0]).toMatch(/^x\.md:\d+: front matter is not valid YAML/);
  });

  it('warns when the front matter is never closed and reads the file as Markdown', async () => {
    const fm = await splitFrontMatter('---\ntitle: x\n\nBody\n', 'x.md');
    expect(fm.warnings).toEqual(["x.md:1: front matter is never closed with '---'; showing the file as Markdown"]);
    expect(fm.body).toContain('Body');
  });
});

describe('sections', () => {
  it('numbers every heading in order with slug, level and words of everything it prints', async () => {
    const article = await parse('Intro words here.\n\n# One\n\nalpha beta\n\n## Two\n\ngamma\n\n# Three\n\ndelta epsilon zeta\n');
    expect(article.sections.map(({ number, slug, heading, level, words }) => ({ number, slug, heading, level, words }))).toEqual([
      { number: 1, slug: 'one', heading: 'One', level: 1, words: 5 },
      { number: 2, slug: 'two', heading: 'Two', level: 2, words: 2 },
      { number: 3, slug: 'three', heading: 'Three', level: 1, words: 4 },
    ]);
    expect(article.words).toBe(3 + 1 + 2 + 1 + 1 + 1 + 3);
  });

  it('makes GitHub-style slugs, unique with -1, -2', () => {
    expect(slugify('Azerbaijan Respects Freedom and Choice of Inhabitants')).toBe('azerbaijan-respects-freedom-and-choice-of-inhabitants');
    expect(slugify('What’s new in v2.0?')).toBe('whats-new-in-v20');
    expect(uniqueSlugs(['a', 'a', 'b', 'a'])).toEqual(['a', 'a-1', 'b', 'a-2']);
  });

  it('never gives two sections one slug, even when a heading reads like a numbered repeat', async () => {
    // GitHub (and github-slugger) give headings A, A, A-1 the anchors a, a-1, a-1-1.
    expect(uniqueSlugs(['a', 'a', 'a-1'])).toEqual(['a', 'a-1', 'a-1-1']);
    expect(uniqueSlugs(['a-1', 'a', 'a'])).toEqual(['a-1', 'a', 'a-2']);
    expect(uniqueSlugs(['x', 'x-1', 'x', 'x'])).toEqual(['x', 'x-1', 'x-2', 'x-3']);
    const article = await parse('# A\n\nfirst\n\n# A\n\nsecond\n\n# A-1\n\nthird\n');
    const slugs = article.sections.map((s) => s.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    const { selectSections } = await import('../../src/select/select.js');
    const { renderPlain } = await import('../../src/render/plain.js');
    const { StringSink } = await import('../../src/write/sink.js');
    const shown = (ref: string): string => {
      const sink = new StringSink();
      renderPlain(selectSections(article, [ref]), { width: null }, sink);
      return sink.toString();
    };
    expect([shown('a-1'), shown('a-1-1')]).toEqual(['A\n\nsecond\n', 'A-1\n\nthird\n']);
  });

  it('has none in a document without headings', async () => {
    expect((await parse('Just a paragraph.\n')).sections).toEqual([]);
  });
});

describe('paragraphs', () => {
  it('numbers paragraphs within their section, lists and quotes included, none for headings', async () => {
    const article = await parse('Lead.\n\n# A\n\nFirst.\n\n> Quoted.\n\n- item one\n- item two\n\n## B\n\nSecond *para*\nwrapped.\n');
    expect(articleParagraphs(article, { urls: false })).toEqual([
      { section: null, paragraph: 1, text: 'Lead.' },
      { section: 1, paragraph: 1, text: 'First.' },
      { section: 1, paragraph: 2, text: 'Quoted.' },
      { section: 1, paragraph: 3, text: 'item one' },
      { section: 1, paragraph: 4, text: 'item two' },
      { section: 2, paragraph: 1, text: 'Second para wrapped.' },
    ]);
  });
});

describe('footnote labels', () => {
  it('finds the labels a document defines, as a search of every line would', () => {
    // Every line, by the definition-line pattern: what footnoteLabels reads only at the lines that hold `[^`.
    const everyLine = (md: string): Set<string> => new Set([...md.matchAll(/^(?:[ \t]*>)*[ \t]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)?\[\^([^\]\n]+)\]:/gm)].map((m) => m[1]!));
    const piece = fc.constantFrom('[^', ']', ':', '[^1]: ', '[^a b]:', '> ', '- ', '2. ', '  ', '\t', '\n', 'x', '[', '^', ' ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const md = pieces.join('');
        expect(footnoteLabels(md)).toEqual(everyLine(md));
      }),
      { numRuns: 2000 },
    );
  });
});
