import type { MarkedToken, Token, Tokens } from 'marked';
import { neutraliseControls } from '../markdown/controls.js';
import { inlineText, showsLinkTargets, type InlineTextOptions } from '../markdown/inline-text.js';
import type { Selection } from '../select/select.js';
import type { Sink } from '../write/sink.js';
import { byline } from './byline.js';
import { titleAndBody } from './title.js';
import type { LinkStyle } from '../format/output-format.js';
import { footnoteDefinitions, Notes } from './notes.js';
import { textTable } from './text-table.js';
import { wrapLine } from './wrap.js';

/** How plain text is laid out. */
export interface PlainOptions {
  /** Wrap lines at this many columns; null keeps one paragraph per line. */
  readonly width: number | null;
  /** Links' targets after their text (the default), or numbered references at the end. */
  readonly links?: LinkStyle;
}

/** The layout every block is rendered with: the width, whether links show their targets, the notes being numbered. */
interface Layout {
  readonly width: number | null;
  readonly urls: InlineTextOptions['urls'];
  readonly notes: Notes;
}

/** Inline text for plain output: links as `text (url)` when the layout shows targets, or `text [n]`; images marked. */
function inline(tokens: readonly Token[], layout: Layout): string {
  return inlineText(tokens, { urls: layout.urls, notes: layout.notes, imageMarkers: true });
}

/** A paragraph-like block: each hard line wrapped to the width left after `indent` columns. */
function flow(text: string, width: number | null, indent: number): string {
  const lines = text.split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
  if (width === null) return lines.join('\n');
  return lines.flatMap((l) => wrapLine(l, Math.max(width - indent, 20))).join('\n');
}

/** Prefixes every non-empty line; `first` replaces the prefix on the first line (list markers). */
function indentBlock(text: string, rest: string, first = rest): string {
  return text
    .split('\n')
    .map((line, i) => (line === '' ? line : (i === 0 ? first : rest) + line))
    .join('\n');
}

/** Renders one list; items are separated by a blank line only when the list is loose. */
function list(token: Tokens.List, layout: Layout, indent: number): string {
  const start = typeof token.start === 'number' ? token.start : 1;
  const items = token.items.map((item, i) => {
    const marker = token.ordered ? `${start + i}. ` : '- ';
    const box = item.task ? (item.checked ? '☒ ' : '☐ ') : '';
    const body = blocks(item.tokens, layout, indent + marker.length, item.loose ? '\n\n' : '\n');
    return indentBlock(box + body, ' '.repeat(marker.length), marker);
  });
  return items.join(token.loose ? '\n\n' : '\n');
}

/** Renders one block token, or null for blocks plain text leaves out (raw HTML, link definitions). */
function block(token: MarkedToken, layout: Layout, indent: number): string | null {
  const { width } = layout;
  switch (token.type) {
    case 'heading':
      return flow(inline(token.tokens, layout), width, indent);
    case 'paragraph':
      return flow(inline(token.tokens, layout), width, indent);
    case 'text':
      return flow(token.tokens ? inline(token.tokens, layout) : token.text, width, indent);
    case 'list':
      return list(token, layout, indent);
    case 'blockquote':
      return indentBlock(blocks(token.tokens, layout, indent + 2, '\n\n'), '  ');
    case 'code':
      // marked keeps an indented block's last line end when the file ends in it.
      return indentBlock(token.text.replace(/\n+$/, ''), '    ');
    case 'table':
      return textTable(token, { urls: layout.urls, notes: layout.notes, imageMarkers: true });
    case 'hr':
      return '────────';
    default:
      return null;
  }
}

/** Renders block tokens, skipping those that print nothing, joined by `separator`. */
function blocks(tokens: readonly Token[], layout: Layout, indent: number, separator: string): string {
  const out: string[] = [];
  for (const token of tokens) {
    const text = block(token as MarkedToken, layout, indent);
    if (text !== null && text.trim() !== '') out.push(text);
  }
  return out.join(separator);
}

/**
 * The numbered notes after the text: a heading, then `[n] ` and each footnote's text or link's
 * target, under a hanging indent. Notes may hold references of their own, numbered on as met.
 */
function notesList(layout: Layout): string {
  const all = layout.notes.all();
  if (all.length === 0) return '';
  const out: string[] = [];
  for (let i = 0; i < all.length; i++) {
    const note = all[i]!;
    const marker = `[${note.n}] `;
    const body = note.kind === 'footnote' ? blocks(note.tokens, layout, marker.length, '\n\n') : note.url;
    out.push(indentBlock(body, ' '.repeat(marker.length), marker));
  }
  return [layout.notes.heading(), ...out].join('\n\n');
}

/**
 * Renders a selection as plain text: no escape codes and no Markdown syntax. The whole article
 * opens with its title and byline when its front matter has them; blocks are separated by one
 * blank line. Links show their targets in a Markdown document, not in a web page's story.
 */
export function renderPlain(selection: Selection, options: PlainOptions, sink: Sink): void {
  const { article } = selection;
  let tokens = selection.tokens;
  const parts: string[] = [];
  if (selection.whole && (article.meta.title || article.meta.date || article.meta.author)) {
    const { title, body } = titleAndBody(tokens, article.meta);
    if (title) parts.push(flow(title, options.width, 0));
    const line = byline(article, { stats: false });
    if (line) parts.push(flow(line, options.width, 0));
    tokens = body;
  }
  const layout: Layout = { width: options.width, urls: showsLinkTargets(article), notes: new Notes(footnoteDefinitions(article.tokens), options.links ?? 'inline') };
  const body = blocks(tokens, layout, 0, '\n\n');
  if (body !== '') parts.push(body);
  layout.notes.unreferenced(tokens);
  const notes = notesList(layout);
  if (notes !== '') parts.push(notes);
  if (parts.length > 0) sink.write(neutraliseControls(parts.join('\n\n')) + '\n');
}
