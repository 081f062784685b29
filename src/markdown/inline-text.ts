import type { MarkedToken, Token } from 'marked';

/** How links appear in plain text. */
export interface InlineTextOptions {
  /**
   * Append " (url)" after a link whose text is not its URL: always (true), never (false), or only
   * where the text itself looks like an address ('deceptive'), so no link passes for another.
   */
  readonly urls: boolean | 'deceptive';
  /** Numbers for footnote references and, with `links: 'refs'`, link targets (render/notes.ts); without it footnote references print nothing. */
  readonly notes?: InlineNotes;
  /** Show an image as a marker with its alt text (`[image: a map]`) rather than the alt text alone. */
  readonly imageMarkers?: boolean;
}

/** What inline text asks of the numbered notes a renderer keeps. */
export interface InlineNotes {
  readonly links: 'inline' | 'refs';
  /** The number of a footnote reference, or null when the note is not defined. */
  footnote(label: string): number | null;
  /** The number of a link target among the references. */
  link(url: string): number;
}

/** The marker an image is shown as: its alt text, marked as an image. */
export const imageMarker = (alt: string): string => (alt.trim() === '' ? '[image]' : `[image: ${alt.trim()}]`);

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

/** True when a link shows its target after its text (`text (url)`), as the article's rule for targets says. */
export function linkShowsTarget(text: string, href: string, urls: InlineTextOptions['urls']): boolean {
  const shown = urls === true || (urls === 'deceptive' && ADDRESS_LIKE.test(text.trim()));
  return shown && !urlIsRedundant(text, href);
}

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
      case 'image': {
        const alt = inlineText(token.tokens, options);
        if (!options.imageMarkers) out += alt;
        else out += options.notes?.links === 'refs' && token.href ? `${imageMarker(alt)} [${options.notes.link(token.href)}]` : imageMarker(alt);
        break;
      }
      case 'link': {
        const text = inlineText(token.tokens, options);
        if (options.notes?.links === 'refs' && !urlIsRedundant(text, token.href)) {
          out += `${text || token.href} [${options.notes.link(token.href)}]`;
          break;
        }
        out += linkShowsTarget(text, token.href, options.urls) ? `${text} (${token.href})` : text || token.href;
        break;
      }
      case 'html':
        if (HTML_BREAK.test(token.text.trim())) out += '\n';
        break;
      case 'checkbox':
        break;
      default: {
        const other = token as Token;
        if (other.type === 'footnoteRef') {
          // Numbered where notes are listed; as written where the document gives no note.
          const n = options.notes?.footnote((other as unknown as { label: string }).label);
          if (n === null) out += other.raw;
          else if (n !== undefined) out += `[${n}]`;
          break;
        }
        // Tokens of extensions: their children, or their text.
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
