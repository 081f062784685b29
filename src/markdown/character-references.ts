// HTML character references in Markdown text (`&amp;`, `&mdash;`, `&#169;`), decoded once, when
// the text is lexed (markdown/lex.ts), so no later stage has a decoder to prepare or to forget.
import type { Token } from 'marked';
import { neutraliseControls } from './controls.js';

/** A character reference: `&amp;`, `&#169;`, `&#xA9;`. */
const REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);?/i;

/** True when text may hold a character reference (most articles hold none). */
export function mayHoldReferences(text: string): boolean {
  return REFERENCE.test(text);
}

/**
 * Decodes, in place, the character references in the text of lexed tokens, as a browser would:
 * with the full HTML table (the `entities` package, 40 KB, loaded here only when needed). Code
 * keeps its references as written, as do raw HTML and text inside it; what a reference decodes to
 * is made inert like any other article text (`&#27;` must not become ESC).
 */
export async function decodeReferences(tokens: Token[]): Promise<void> {
  const { decodeHTML } = await import('entities');
  const walk = (list: readonly Token[]): void => {
    for (const token of list) {
      if (token.type === 'text' && !token.tokens && !token.escaped && token.text.includes('&')) token.text = neutraliseControls(decodeHTML(token.text));
      if (token.type === 'list') walk(token.items);
      if (token.type === 'table') for (const cell of [...token.header, ...token.rows.flat()]) walk(cell.tokens);
      if ('tokens' in token && Array.isArray(token.tokens)) walk(token.tokens);
    }
  };
  walk(tokens);
}
