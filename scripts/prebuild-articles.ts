// Parses every bundled article once at build time into dist/articles/<slug>.json, so reading a
// bundled article at run time needs neither the YAML parser nor marked's lexer, and renders the
// styled output an 80-column terminal shows, so reading it styled needs no renderer. Run by
// scripts/build.mjs (bundled with esbuild first); the parse is the same code the CLI runs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readCatalogue } from '../src/load/catalogue.js';
import { parseArticle } from '../src/parse/article.js';
import { articleParagraphs } from '../src/parse/paragraphs.js';
import { PREBUILT_VERSION, prebuiltPath, prebuiltQuotesPath, type Prebuilt } from '../src/prebuilt/articles.js';
import { extractQuotes } from '../src/quotes/extract.js';
import { articlesDir, prebuiltDir } from '../src/paths.js';
import { CACHED_WIDTHS, styledCacheKey, styledCachePath } from '../src/prebuilt/styled.js';
import { renderStyled } from '../src/render/styled.js';
import { createTheme } from '../src/render/theme.js';
import { selectAll } from '../src/select/select.js';
import { StringSink } from '../src/write/sink.js';

mkdirSync(prebuiltDir, { recursive: true });
for (const entry of readCatalogue(articlesDir)) {
  const source = readFileSync(entry.path, 'utf8').replace(/^\uFEFF/, '');
  const article = await parseArticle({ kind: 'markdown', ref: { kind: 'bundled', ...entry }, name: entry.slug, text: source, warnings: [] });
  const stored: Prebuilt = { version: PREBUILT_VERSION, source, article };
  writeFileSync(prebuiltPath(entry.slug), JSON.stringify(stored));
  // The styled renders of the whole article a terminal of 80 columns or more shows.
  const renders: Record<string, string> = {};
  for (const width of CACHED_WIDTHS) {
    for (const level of [0, 1, 2, 3] as const) {
      for (const theme of ['dark', 'light'] as const) {
        const sink = new StringSink();
        renderStyled(selectAll({ ...article, prebuilt: true }), { theme: createTheme(level, theme), width, hyperlinks: false }, sink);
        renders[styledCacheKey(width, level, theme)] = sink.toString();
      }
    }
  }
  writeFileSync(styledCachePath(entry.slug), JSON.stringify(renders));
  // Who said what: the same analysis --quotes runs, done once.
  writeFileSync(prebuiltQuotesPath(entry.slug), JSON.stringify(extractQuotes(articleParagraphs(article, { urls: false }))));
}
