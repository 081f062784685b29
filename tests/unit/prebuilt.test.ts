import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadArticle, renderTerminal } from '../../src/index.js';
import { readPrebuilt, readPrebuiltQuotes } from '../../src/prebuilt/articles.js';
import { parseArticle } from '../../src/parse/article.js';
import { root, runMain } from '../helpers/run.js';

const SLUG = 'azerbaijan-denies-ethnic-cleansing';
const text = readFileSync(`${root}articles/${SLUG}.md`, 'utf8');

describe('build-time work on the bundled article', () => {
  it('the prebuilt parse equals a fresh parse, and is used only for exactly the text it was made from', async () => {
    const fresh = await parseArticle({ kind: 'markdown', ref: { kind: 'bundled', slug: SLUG, path: '' }, name: SLUG, text, warnings: [] });
    expect(readPrebuilt(SLUG, text)).toEqual(JSON.parse(JSON.stringify(fresh)));
    expect(readPrebuilt(SLUG, text + '\nAn added paragraph.\n')).toBeNull();
    expect((await loadArticle()).prebuilt).toBe(true);
  });

  const variants = ([0, 1, 2, 3] as const).flatMap((level) => (['dark', 'light'] as const).map((theme) => [level, theme] as const));
  it('the build-time quotes are exactly what the analysis finds now', async () => {
    const fresh = await parseArticle({ kind: 'markdown', ref: { kind: 'bundled', slug: SLUG, path: '' }, name: SLUG, text, warnings: [] });
    const { extractQuotes } = await import('../../src/quotes/extract.js');
    const { articleParagraphs } = await import('../../src/parse/paragraphs.js');
    expect(readPrebuiltQuotes(SLUG)).toEqual(extractQuotes(articleParagraphs(fresh, { urls: false })));
  });

  it.each(variants)(
    'the cached styled render (level %i, %s) is byte for byte a live render',
    async (level, theme) => {
      const env: Record<string, string> = level === 0 ? { NO_COLOR: '1' } : { FORCE_COLOR: String(level) };
      const viaCli = await runMain(['read', '--no-pager', '--theme', theme], { tty: true, columns: 120, env });
      const fresh = await parseArticle({ kind: 'markdown', ref: { kind: 'bundled', slug: SLUG, path: '' }, name: SLUG, text, warnings: [] });
      expect(fresh.prebuilt).toBe(false);
      expect(viaCli.stdout).toBe(await renderTerminal(fresh, { width: 80, colour: level, theme }));
    },
  );
});
