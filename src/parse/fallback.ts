import type { Token } from 'marked';
import { neutraliseControls } from '../markdown/controls.js';

/** Columns of nesting (indentation, `>` and list markers) at a line's start beyond which marked is too slow. */
export const MAX_NESTING_COLUMNS = 400;

/**
 * True when some line opens with more nesting than marked handles in reasonable time: depth-1000
 * lists take it seconds, and depth 3000 overflows the stack. A linear scan of line starts.
 */
export function nestingTooDeep(markdown: string): boolean {
  for (let start = 0; start < markdown.length; ) {
    if (prefixColumns(markdown, start) > MAX_NESTING_COLUMNS) return true;
    const end = markdown.indexOf('\n', start);
    if (end === -1) break;
    start = end + 1;
  }
  return false;
}

/** Columns of nesting prefix on the line starting at `start`, counted up to one past the limit. */
function prefixColumns(markdown: string, start: number): number {
  const spaced = (k: number): boolean => markdown.charCodeAt(k) === 32 || markdown.charCodeAt(k) === 9;
  let column = 0;
  for (let i = start; i < markdown.length && column <= MAX_NESTING_COLUMNS; i++) {
    const c = markdown.charCodeAt(i);
    // A nesting prefix is spaces, tabs, '>' and list markers (`- `, `* `, `+ `, `1. `, `1) `).
    if (c === 32 || c === 62) column++;
    else if (c === 9) column += 4;
    else if ((c === 45 || c === 42 || c === 43) && spaced(i + 1)) column++;
    else if (c >= 48 && c <= 57) {
      let j = i;
      while (markdown.charCodeAt(j) >= 48 && markdown.charCodeAt(j) <= 57) j++;
      const mark = markdown.charCodeAt(j);
      if (!((mark === 46 || mark === 41) && spaced(j + 1))) break;
      column += j - i + 1;
      i = j;
    } else break;
  }
  return column;
}

/** Emphasis delimiters in a row, touching text, beyond which marked nests that deep. */
export const MAX_DELIMITER_RUN = 100;

/**
 * True when a run of emphasis delimiters (`*`, `_`, `~`) at least MAX_DELIMITER_RUN long touches
 * text, as in `'*'.repeat(800) + 'a'`: marked nests an emphasis per pair, and styling that nesting
 * is quadratic (12 s at 800). Whether marked overflows the stack first depends on how far V8 has
 * optimised it, so this is decided from the text, before lexing. A rule line of stars is fine.
 */
export function emphasisTooDeep(markdown: string): boolean {
  const touchesText = (c: number): boolean => !Number.isNaN(c) && c > 32 && c !== 42 && c !== 95 && c !== 126;
  // Each maximal run of delimiters is matched once, so the scan stays linear.
  for (const run of markdown.matchAll(/[*_~]+/g)) {
    const length = run[0].length;
    if (length >= MAX_DELIMITER_RUN && (touchesText(markdown.charCodeAt(run.index + length)) || touchesText(markdown.charCodeAt(run.index - 1)))) return true;
  }
  return false;
}

/**
 * The article's text as plain paragraphs, without Markdown parsing: what is shown when the
 * Markdown is too deeply nested to parse. Every word is kept; nothing is interpreted.
 */
export function plainTextTokens(markdown: string): Token[] {
  return markdown
    .split(/\n[ \t]*\n/)
    .map((block) => neutraliseControls(block.trim()))
    .filter((block) => block !== '')
    .map((block): Token => ({ type: 'paragraph', raw: block, text: block, tokens: [{ type: 'escape', raw: block, text: block }] }));
}
