import { Lexer, type Token } from 'marked';
import { decodeReferences, mayHoldReferences } from './character-references.js';
import { mayHoldControls, neutraliseControls } from './controls.js';

/** String fields of marked tokens that carry article text into some output. */
const TEXT_FIELDS = ['text', 'raw', 'href', 'title', 'lang'] as const;

/** Recursively replaces control characters in every text-bearing field of the tokens. */
function neutraliseTokens(tokens: Token[]): void {
  for (const token of tokens) {
    const t = token as unknown as Record<string, unknown>;
    for (const field of TEXT_FIELDS) {
      const value = t[field];
      if (typeof value === 'string') t[field] = neutraliseControls(value);
    }
    if (token.type === 'list') neutraliseTokens(token.items);
    if (token.type === 'table') {
      for (const cell of [...token.header, ...token.rows.flat()]) {
        cell.text = neutraliseControls(cell.text);
        neutraliseTokens(cell.tokens);
      }
    }
    if ('tokens' in token && Array.isArray(token.tokens)) neutraliseTokens(token.tokens);
  }
}

/** Lexes a document that defines footnotes with the footnote extension, loaded for it alone; null for any other. */
async function lexWithFootnotes(markdown: string): Promise<Token[] | null> {
  if (!markdown.includes('[^')) return null;
  const { footnoteExtension, footnoteLabels } = await import('./footnotes.js');
  const labels = footnoteLabels(markdown);
  if (labels.size === 0) return null;
  const { Marked } = await import('marked');
  return new Marked({ gfm: true }).use(footnoteExtension(labels)).lexer(markdown);
}

/**
 * Lexes GitHub-flavoured Markdown into marked's block tokens, with control characters made inert
 * and character references in text decoded: the tokens every later stage reads as they are.
 */
export async function lexMarkdown(markdown: string): Promise<Token[]> {
  const tokens = await lexWithFootnotes(markdown) ?? new Lexer({ gfm: true }).lex(markdown);
  // Walking every token costs a tenth of the lexing; most articles hold nothing to neutralise or decode.
  if (mayHoldControls(markdown)) neutraliseTokens(tokens);
  if (mayHoldReferences(markdown)) await decodeReferences(tokens);
  return tokens;
}
