// The library path (src/index.ts) as code uses it: no CLI has run first to prepare anything.
import { describe, expect, it } from 'vitest';
import { loadArticle, paragraphs, renderPlain, renderTerminal, sections } from '../../src/index.js';

describe('the library on Markdown text', () => {
  it('decodes character references in headings and text with no preparation step', async () => {
    const article = await loadArticle({ markdown: '# Tom &amp; Jerry\n\nCats &lt;3 mice &mdash; &#169; 2024.\n' });
    expect(sections(article).map((s) => s.heading)).toEqual(['Tom & Jerry']);
    expect(paragraphs(article).map((p) => p.text)).toEqual(['Cats <3 mice — © 2024.']);
    expect(renderPlain(article)).toBe('Tom & Jerry\n\nCats <3 mice — © 2024.\n');
    expect(await renderTerminal(article, { colour: 0 })).toContain('Cats <3 mice — © 2024.');
  });

  it('names the article as asked, and "-" when not', async () => {
    expect((await loadArticle({ markdown: 'Hi.', name: 'hi' })).name).toBe('hi');
    expect((await loadArticle({ markdown: 'Hi.' })).name).toBe('-');
  });
});

describe('character references', () => {
  it('are decoded exactly once, and never inside code', async () => {
    const article = await loadArticle({ markdown: 'Write `&amp;` for &amp;amp;, and &amp;lt; for &lt;.\n\n    &copy; in a code block\n' });
    expect(renderPlain(article)).toBe('Write &amp; for &amp;, and &lt; for <.\n\n    &copy; in a code block\n');
    const styled = await renderTerminal(article, { colour: 0 });
    expect(styled).toContain('Write &amp; for &amp;, and &lt; for <.');
    expect(styled).toContain('&copy; in a code block');
  });
});
