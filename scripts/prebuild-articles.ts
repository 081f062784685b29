// Parses every bundled article once at build time into dist/articles/<slug>.json, so reading a
// bundled article at run time needs neither the YAML parser nor marked's lexer. Run by
// scripts/build.mjs (bundled with esbuild first); the parse is the same code the CLI runs.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readCatalogue } from '../src/load/catalogue.js';
import { parseMarkdown } from '../src/parse/article.js';
import { PREBUILT_VERSION, prebuiltPath, type Prebuilt } from '../src/parse/prebuilt.js';
import { articlesDir, prebuiltDir } from '../src/paths.js';

mkdirSync(prebuiltDir, { recursive: true });
for (const entry of readCatalogue(articlesDir)) {
  const source = readFileSync(entry.path, 'utf8').replace(/^\uFEFF/, '');
  const article = await parseMarkdown({ ref: { kind: 'bundled', ...entry }, text: source, warnings: [] });
  const stored: Prebuilt = { version: PREBUILT_VERSION, source, article };
  writeFileSync(prebuiltPath(entry.slug), JSON.stringify(stored));
}
