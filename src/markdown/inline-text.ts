import type { MarkedToken, Token } from 'marked';

/** How links appear in plain text. */
export interface InlineTextOptions {
  /**
   * Append " (url)" after a link whose text is not its URL: always (true), never (false), or only
   * where the text itself looks like an address ('deceptive'), so no link passes for another.
   */
  readonly urls: boolean | 'deceptive';
}

/**
 * Which link targets text shows beside a link (`text (url)`): every one in a Markdown document,
 * where a link is often the point; in an article from the web (a page, or Markdown saved from one
 * with its `source:`), where links run through every paragraph, only those whose text looks like
 * another address, so none can pass for where it does not go (all stay in --json and --markdown).
 */
export function showsLinkTargets(article: { readonly form: 'markdown' | 'html'; readonly meta: { readonly url: string | null } }): InlineTextOptions['urls'] {
  return article.form === 'markdown' && article.meta.url === null ? true : 'deceptive';
}

/** Link text that reads as a web address or a domain (`bank.example`, `https://…`, `www.…`). */
const ADDRESS_LIKE = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|^[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/i;

/** True when a link's URL adds nothing to its text: autolinks, mailto, in-page anchors. */
export function urlIsRedundant(text: string, href: string): boolean {
  return href === text || href === `mailto:${text}` || href === `http://${text}` || href.startsWith('#') || href === '';
}

/**
 * Joins the lines of a soft-wrapped paragraph with single spaces. A regex that takes the blanks
 * around each newline rescans a long run of spaces from every position: quadratic on hostile input.
 */
function joinSoftBreaks(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = text.split('\n');
  return lines.map((line, i) => (i === 0 ? line.trimEnd() : i === lines.length - 1 ? line.trimStart() : line.trim())).join(' ');
}

/** Line breaks that inline HTML asks for. */
const HTML_BREAK = /^<br\s*\/?>$/i;

/**
 * Flattens inline tokens to plain text: no Markdown syntax, no HTML tags (character references
 * were decoded when the text was lexed),
 * images as their alt text, links as `text (url)` when asked. Soft line breaks stay as
 * newlines; the caller decides whether to join them.
 */
export function inlineText(tokens: readonly Token[], options: InlineTextOptions): string {
  let out = '';
  for (const token of tokens as readonly MarkedToken[]) {
    switch (token.type) {
      case 'text':
        // A soft line break inside a paragraph reads as a space.
        out += token.tokens ? inlineText(token.tokens, options) : joinSoftBreaks(token.text);
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
        const shown = options.urls === true || (options.urls === 'deceptive' && ADDRESS_LIKE.test(text.trim()));
        out += shown && !urlIsRedundant(text, token.href) ? `${text} (${token.href})` : text || token.href;
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

/** Made on first use: a Unicode property class costs about half a millisecond to build, at every start. */
let letterOrDigit: RegExp | undefined;

/** U+2000–U+206F: typographic spaces, dashes, quotes, ellipsis; none a letter or digit, all common in news. */
const isGeneralPunctuation = (c: number): boolean => c >= 0x2000 && c <= 0x206f;

/** Counts words the way a reader would: runs of non-space characters holding a letter or digit. */
export function countWords(text: string): number {
  let n = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000) counted = false;
    else if (!counted && ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || (c > 127 && !isGeneralPunctuation(c) && (letterOrDigit ??= /[\p{L}\p{N}]/u).test(text[i]!)))) {
      n++;
      counted = true;
    }
  }
  return n;
}
