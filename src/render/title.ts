import type { MarkedToken, Token } from 'marked';
import type { Meta } from '../parse/front-matter.js';
import { inlineText } from '../markdown/inline-text.js';

/** An article's title and, when a heading in the body states it, that heading's token index. */
interface TitleInfo {
  readonly title: string | null;
  /** Index of the opening `# heading` the header replaces, or -1. */
  readonly headingIndex: number;
}

/** The title a header shows, and the body tokens without the opening heading that repeats it. */
export function titleAndBody(tokens: readonly Token[], meta: Meta): { title: string | null; body: readonly Token[] } {
  const { title, headingIndex } = findTitle(tokens, meta);
  return { title, body: headingIndex >= 0 ? tokens.filter((_, i) => i !== headingIndex) : tokens };
}

/**
 * The title a header shows: the front matter's, or else the body's opening first-level heading.
 * An opening heading that repeats the title is reported so it is not printed twice.
 */
function findTitle(tokens: readonly Token[], meta: Meta): TitleInfo {
  const index = tokens.findIndex((t) => t.type !== 'space');
  const first = tokens[index] as MarkedToken | undefined;
  const heading =
    first && first.type === 'heading' && first.depth === 1 ? inlineText(first.tokens, { urls: false }).replace(/\s+/g, ' ').trim() : null;
  if (meta.title) return { title: meta.title, headingIndex: heading === meta.title ? index : -1 };
  return { title: heading, headingIndex: heading === null ? -1 : index };
}
