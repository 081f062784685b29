import type { MarkedToken, Token } from 'marked';
import { inlineText } from './inline-text.js';

/** Plain text of block tokens for counting and matching: one line per block, no URLs, no raw HTML. */
export function blockText(tokens: readonly Token[]): string {
  const parts: string[] = [];
  for (const token of tokens as readonly MarkedToken[]) {
    switch (token.type) {
      case 'heading':
      case 'paragraph':
        parts.push(inlineText(token.tokens, { urls: false }));
        break;
      case 'text':
        parts.push(token.tokens ? inlineText(token.tokens, { urls: false }) : token.text);
        break;
      case 'code':
        parts.push(token.text);
        break;
      case 'blockquote':
        parts.push(blockText(token.tokens));
        break;
      case 'list':
        for (const item of token.items) parts.push(blockText(item.tokens));
        break;
      case 'table':
        for (const cell of [...token.header, ...token.rows.flat()]) parts.push(inlineText(cell.tokens, { urls: false }));
        break;
      default:
        break;
    }
  }
  return parts.join('\n');
}
