import type { Meta } from '../parse/front-matter.js';
import type { Selection } from '../select/select.js';
import type { Sink } from '../write/sink.js';

/** Front-matter keys for the fields of an article's metadata, in the order they are written. */
const FIELDS: readonly (readonly [Exclude<keyof Meta, 'authors'>, string])[] = [
  ['title', 'title'],
  ['date', 'date'],
  ['dateline', 'dateline'],
  ['author', 'author'],
  ['site', 'site'],
  ['url', 'source'],
  ['lang', 'lang'],
];

/**
 * YAML front matter for the fields an article has; every value double-quoted (a JSON string is a
 * valid YAML one). Several authors are written as `authors:`, a list, so they read back as names.
 */
function frontMatter(meta: Meta): string {
  const lines = FIELDS.filter(([field]) => meta[field] !== null).map(([field, key]) =>
    field === 'author' && meta.authors.length > 1 ? `authors: [${meta.authors.map((a) => JSON.stringify(a)).join(', ')}]` : `${key}: ${JSON.stringify(meta[field])}`,
  );
  return lines.length === 0 ? '' : `---\n${lines.join('\n')}\n---\n\n`;
}

/**
 * `read --markdown`: the selection as Markdown, front matter first, so it can be saved and read
 * again. Every token carries the Markdown it was read from (a web page's tokens the Markdown
 * made for them), so the body is their Markdown in order.
 */
export function renderMarkdown(selection: Selection, sink: Sink): void {
  const body = selection.tokens.map((t) => t.raw).join('').replace(/^\n+/, '').replace(/\s+$/, '');
  sink.write(frontMatter(selection.article.meta) + body + '\n');
}
