import type { Token } from 'marked';
import { neutraliseControls } from '../markdown/controls.js';

/** Columns of nesting (indentation, `>` and list markers) at a line's start beyond which marked is too slow. */
export const MAX_NESTING_COLUMNS = 400;

/**
 * True when some line opens with more nesting than marked handles in reasonable time: depth-1000
 * lists take it seconds, and depth 3000 overflows the stack. A linear scan of line starts.
 */
export function nestingTooDeep(markdown: string): boolean {
  let column = 0;
  let atStart = true;
  for (let i = 0; i < markdown.length; i++) {
    const c = markdown.charCodeAt(i);
    if (c === 10) {
      column = 0;
      atStart = true;
    } else if (atStart) {
      // A nesting prefix is spaces, tabs, '>' and list markers (`- `, `* `, `+ `, `1. `, `1) `).
      const spaced = (k: number): boolean => markdown.charCodeAt(k) === 32 || markdown.charCodeAt(k) === 9;
      if (c === 32 || c === 62) column++;
      else if (c === 9) column += 4;
      else if ((c === 45 || c === 42 || c === 43) && spaced(i + 1)) column++;
      else if (c >= 48 && c <= 57) {
        let j = i;
        while (markdown.charCodeAt(j) >= 48 && markdown.charCodeAt(j) <= 57) j++;
        const mark = markdown.charCodeAt(j);
        if ((mark === 46 || mark === 41) && spaced(j + 1)) {
          column += j - i + 1;
          i = j;
        } else atStart = false;
      } else atStart = false;
      if (column > MAX_NESTING_COLUMNS) return true;
    }
  }
  return false;
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
  const isDelimiter = (c: number): boolean => c === 42 || c === 95 || c === 126;
  const touchesText = (c: number): boolean => !Number.isNaN(c) && c > 32 && !isDelimiter(c);
  let i = 0;
  while (i < markdown.length) {
    const c = markdown.charCodeAt(i);
    if (!isDelimiter(c)) {
      i++;
      continue;
    }
    let j = i;
    while (j < markdown.length && isDelimiter(markdown.charCodeAt(j))) j++;
    if (j - i >= MAX_DELIMITER_RUN && (touchesText(markdown.charCodeAt(j)) || touchesText(markdown.charCodeAt(i - 1)))) return true;
    i = j;
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
