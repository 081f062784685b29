import type { MarkedToken, Token } from 'marked';
import { inlineText, type InlineTextOptions } from '../markdown/inline-text.js';
import type { Article } from './article.js';

/** A paragraph's plain text and where it stands. */
export interface Paragraph {
  /** Number of the section it belongs to, or null before the first heading. */
  readonly section: number | null;
  /** 1-based within its section's own body (subsections count their own). */
  readonly paragraph: number;
  readonly text: string;
}

/** Text blocks in reading order: paragraphs, also inside quotes and lists, and tight list items. */
function textBlocks(tokens: readonly Token[], out: Token[][]): Token[][] {
  for (const token of tokens as readonly MarkedToken[]) {
    if (token.type === 'paragraph') out.push(token.tokens);
    else if (token.type === 'text') out.push(token.tokens ?? [token]);
    else if (token.type === 'blockquote') textBlocks(token.tokens, out);
    else if (token.type === 'list') for (const item of token.items) textBlocks(item.tokens, out);
  }
  return out;
}

/** Lists an article's paragraphs as one-line plain text, numbered within each section. */
export function articleParagraphs(article: Article, options: InlineTextOptions): Paragraph[] {
  const ranges: { section: number | null; from: number; to: number }[] = [
    { section: null, from: 0, to: article.sections[0]?.start ?? article.tokens.length },
    ...article.sections.map((s) => ({ section: s.number, from: s.start + 1, to: s.ownEnd })),
  ];
  return ranges.flatMap(({ section, from, to }) =>
    textBlocks(article.tokens.slice(from, to), [])
      .map((inline) => inlineText(inline, options).replace(/\s+/g, ' ').trim())
      .filter((text) => text !== '')
      .map((text, i) => ({ section, paragraph: i + 1, text })),
  );
}

/**
 * Where each paragraph of articleParagraphs stands among the article's tokens: the index of the
 * top-level block that holds it (a list or a quote may hold several), by section and number.
 */
export function paragraphPlaces(article: Article): { readonly section: number | null; readonly paragraph: number; readonly token: number }[] {
  const ranges: { section: number | null; from: number; to: number }[] = [
    { section: null, from: 0, to: article.sections[0]?.start ?? article.tokens.length },
    ...article.sections.map((s) => ({ section: s.number, from: s.start + 1, to: s.ownEnd })),
  ];
  const places: { section: number | null; paragraph: number; token: number }[] = [];
  for (const { section, from, to } of ranges) {
    let paragraph = 0;
    for (let token = from; token < to; token++) {
      for (const inline of textBlocks([article.tokens[token]!], [])) {
        if (inlineText(inline, { urls: false }).trim() !== '') places.push({ section, paragraph: ++paragraph, token });
      }
    }
  }
  return places;
}
