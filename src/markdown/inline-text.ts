import { decodeHTML } from 'entities';
import type { MarkedToken, Token } from 'marked';

/** How links appear in plain text. */
export interface InlineTextOptions {
  /** Append " (url)" after a link whose text is not its URL. */
  readonly urls: boolean;
}

/** True when a link's URL adds nothing to its text: autolinks, mailto, in-page anchors. */
function urlIsRedundant(text: string, href: string): boolean {
  return href === text || href === `mailto:${text}` || href === `http://${text}` || href.startsWith('#') || href === '';
}

/** Line breaks that inline HTML asks for. */
const HTML_BREAK = /^<br\s*\/?>$/i;

/**
 * Flattens inline tokens to plain text: no Markdown syntax, no HTML tags, entities decoded,
 * images as their alt text, links as `text (url)` when asked. Soft line breaks stay as
 * newlines; the caller decides whether to join them.
 */
export function inlineText(tokens: readonly Token[], options: InlineTextOptions): string {
  let out = '';
  for (const token of tokens as readonly MarkedToken[]) {
    switch (token.type) {
      case 'text':
        // A soft line break inside a paragraph reads as a space.
        out += token.tokens ? inlineText(token.tokens, options) : decodeHTML(token.text).replace(/[ \t]*\n[ \t]*/g, ' ');
        break;
      case 'escape':
      case 'codespan':
        out += token.text;
        break;
      case 'strong':
      case 'em':
      case 'del':
        out += inlineText(token.tokens, options);
        break;
      case 'br':
        out += '\n';
        break;
      case 'image':
        out += inlineText(token.tokens, options);
        break;
      case 'link': {
        const text = inlineText(token.tokens, options);
        out += options.urls && !urlIsRedundant(text, token.href) ? `${text} (${token.href})` : text || token.href;
        break;
      }
      case 'html':
        if (HTML_BREAK.test(token.text.trim())) out += '\n';
        break;
      case 'checkbox':
        break;
      default: {
        // Tokens of extensions: their children, or their text.
        const other = token as Token;
        if ('tokens' in other && Array.isArray(other.tokens)) out += inlineText(other.tokens, options);
        else if ('text' in other && typeof other.text === 'string') out += other.text;
      }
    }
  }
  return out;
}

/** Counts words the way a reader would: runs of non-space characters holding a letter or digit. */
export function countWords(text: string): number {
  let n = 0;
  for (const word of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(word)) n++;
  return n;
}
