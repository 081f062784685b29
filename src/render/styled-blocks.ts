// The block layout of the terminal view: every block token laid out as lines that fit a width.
// marked-terminal styles the inline text (emphasis, code, links); the blocks are laid out here,
// since its own lists, tables, quotes and paragraphs cannot nest to a width: lists wrap under
// a hanging indent and keep their numbers, quotes wrap inside their bar, code wraps with a
// continuation mark, tables fit (styled-table.ts). Renders nothing to a stream: it returns lines.
import type { MarkedToken, Token, Tokens } from 'marked';
import type { Notes } from './notes.js';
import type { Theme } from './theme.js';
import { layoutTable } from './styled-table.js';
import { append, maxOf, padStyled, styledWidth, wrapCode, wrapStyled } from './styled-wrap.js';

/** What laying out blocks needs: the theme, inline styling of tokens, and the notes being numbered. */
export interface BlockLayout {
  readonly theme: Theme;
  /** Styled inline text of inline tokens. */
  readonly inline: (tokens: readonly Token[]) => string;
  readonly notes: Notes;
}

/** The narrowest a nested block is laid out, however deep it sits: words still fit beside the indent. */
const MIN_WIDTH = 8;

/** Bullets by nesting depth. */
const BULLETS = ['•', '◦', '▪'];

/** True for a line that shows nothing: spaces and styling only. */
const isBlank = (line: string): boolean => line.trim() === '' || line.replace(/\u001b\[[0-9;]*m/g, '').trim() === '';

/** Prefixes lines: `first` before the first, `rest` before the others (blank lines stay blank). */
function prefixed(lines: readonly string[], first: string, rest: string): string[] {
  return lines.map((line, i) => (i === 0 ? first + line : line === '' ? '' : rest + line));
}

/** A list: markers as the document numbers them, items wrapped under a hanging indent. */
function list(token: Tokens.List, width: number, layout: BlockLayout, depth: number): string[] {
  const start = typeof token.start === 'number' ? token.start : 1;
  const markers = token.items.map((item, i) => {
    const marker = token.ordered ? `${start + i}.` : BULLETS[Math.min(depth, BULLETS.length - 1)]!;
    return item.task ? `${marker} ${item.checked ? '☒' : '☐'}` : marker;
  });
  const markerWidth = maxOf(markers.map(styledWidth), 0);
  const indent = markerWidth + 1;
  const out: string[] = [];
  token.items.forEach((item, i) => {
    if (i > 0 && token.loose) out.push('');
    const body = blocks(item.tokens, Math.max(width - indent, MIN_WIDTH), layout, depth + 1, item.loose ? 1 : 0);
    const marker = layout.theme.muted(padStyled(markers[i]!, markerWidth, token.ordered ? 'right' : 'left'));
    append(out, prefixed(body.length > 0 ? body : [''], `${marker} `, ' '.repeat(indent)));
  });
  return out;
}

/** A code block: its lines as written, indented; a line too long goes on under a continuation mark. */
function code(token: Tokens.Code, width: number, theme: Theme): string[] {
  const room = Math.max(width - 4, MIN_WIDTH);
  return token.text
    .replace(/\n+$/, '')
    .split('\n')
    .flatMap((line) => wrapCode(line, room).map((piece, k) => (k === 0 ? '    ' : `  ${theme.muted('↪')} `) + theme.code(piece)));
}

/** One block token as lines, or none for blocks the view leaves out (raw HTML, definitions). */
function block(token: MarkedToken, width: number, layout: BlockLayout, depth: number): string[] {
  const { theme } = layout;
  switch (token.type) {
    case 'paragraph':
      return wrapStyled(layout.inline(token.tokens), width);
    case 'text':
      return wrapStyled(token.tokens ? layout.inline(token.tokens) : token.text, width);
    case 'heading':
      return wrapStyled(layout.inline(token.tokens), width).map((line) => (token.depth === 1 ? theme.title(line) : theme.heading(line)));
    case 'list':
      return list(token, width, layout, depth);
    case 'blockquote': {
      const bar = theme.muted('│');
      return blocks(token.tokens, Math.max(width - 2, MIN_WIDTH), layout, depth, 1).map((line) => (line === '' ? bar : `${bar} ${theme.blockquote(line)}`));
    }
    case 'code':
      return code(token, width, theme);
    case 'table':
      return layoutTable(token, (cell) => layout.inline(cell.tokens), width, theme);
    case 'hr':
      return [theme.hr('─'.repeat(width))];
    default:
      return [];
  }
}

/**
 * Lays out block tokens in `width` columns, `gap` blank lines between blocks (one between the
 * blocks of an article, none inside a tight list item); `starts`, when given, gets the line each
 * block begins on.
 */
export function blocks(tokens: readonly Token[], width: number, layout: BlockLayout, depth = 0, gap = 1, starts?: Map<Token, number>): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const lines = block(token as MarkedToken, width, layout, depth);
    if (lines.length === 0 || lines.every(isBlank)) continue;
    if (out.length > 0) for (let g = 0; g < gap; g++) out.push('');
    // Where each block begins, for a reader that jumps to a section or a paragraph.
    starts?.set(token, out.length);
    append(out, lines);
  }
  return out;
}

/** The numbered notes after the text: a heading, then `[n]` and each footnote or link target, under a hanging indent. */
export function notesBlock(width: number, layout: BlockLayout): string[] {
  const { notes, theme } = layout;
  const all = notes.all();
  if (all.length === 0) return [];
  const out: string[] = [theme.heading(notes.heading())];
  // A note may hold references of its own: they are numbered on, and listed, as they are met.
  for (let i = 0; i < notes.all().length; i++) {
    const note = notes.all()[i]!;
    const marker = theme.muted(`[${note.n}]`);
    const indent = styledWidth(marker) + 1;
    const body = note.kind === 'footnote' ? blocks(note.tokens, Math.max(width - indent, MIN_WIDTH), layout) : wrapStyled(theme.href(note.url), Math.max(width - indent, MIN_WIDTH));
    out.push('', ...prefixed(body.length > 0 ? body : [''], `${marker} `, ' '.repeat(indent)));
  }
  return out;
}
