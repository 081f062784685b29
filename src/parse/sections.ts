import type { Token, Tokens } from 'marked';
import { blockText } from '../markdown/block-text.js';
import { countWords, inlineText } from '../markdown/inline-text.js';
import { slugify, uniqueSlugs } from './slug.js';

/** A heading and what belongs to it, as indices into the article's top-level tokens. */
export interface Section {
  /** 1-based, in document order. */
  readonly number: number;
  readonly slug: string;
  readonly heading: string;
  /** Heading level, 1 to 6. */
  readonly level: number;
  /** Words in everything `--section` prints for it: heading, body and subsections. */
  readonly words: number;
  /** Index of the heading token. */
  readonly start: number;
  /** End (exclusive) of the section's own body: the next heading of any level. */
  readonly ownEnd: number;
  /** End (exclusive) including subsections: the next heading of the same or a higher level. */
  readonly end: number;
}

/** Finds the sections of a token list: one per top-level heading, numbered in document order. */
export function findSections(tokens: readonly Token[]): Section[] {
  const at: number[] = [];
  tokens.forEach((t, i) => t.type === 'heading' && at.push(i));
  const headings = at.map((i) => tokens[i] as Tokens.Heading);
  const texts = headings.map((h) => inlineText(h.tokens, { urls: false }).replace(/\s+/g, ' ').trim());
  const slugs = uniqueSlugs(texts.map(slugify));
  return at.map((start, k) => {
    const level = headings[k]!.depth;
    const ownEnd = at[k + 1] ?? tokens.length;
    const nextPeer = at.findIndex((i, j) => j > k && headings[j]!.depth <= level);
    const end = nextPeer === -1 ? tokens.length : at[nextPeer]!;
    return {
      number: k + 1,
      slug: slugs[k]!,
      heading: texts[k]!,
      level,
      words: countWords(blockText(tokens.slice(start, end))),
      start,
      ownEnd,
      end,
    };
  });
}
