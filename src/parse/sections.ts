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

/** The sections of a token list, and the words of the whole list (counted once, with them). */
export interface Outline {
  readonly sections: Section[];
  readonly words: number;
}

/** Finds the sections of a token list: one per top-level heading, numbered in document order. */
export function findSections(tokens: readonly Token[]): Outline {
  const at: number[] = [];
  tokens.forEach((t, i) => t.type === 'heading' && at.push(i));
  const headings = at.map((i) => tokens[i] as Tokens.Heading);
  const texts = headings.map((h) => inlineText(h.tokens, { urls: false }).replace(/\s+/g, ' ').trim());
  const slugs = uniqueSlugs(texts.map(slugify));
  // Each section's own words (heading and body up to the next heading) are counted once; a
  // section's total adds its subsections', so the work stays linear however deep the nesting.
  const own = at.map((start, k) => countWords(blockText(tokens.slice(start, at[k + 1] ?? tokens.length))));
  const ends: number[] = new Array(at.length);
  const totals: number[] = new Array(at.length);
  const open: number[] = [];
  const close = (k: number, end: number): void => {
    ends[k] = end;
    const parent = open[open.length - 1];
    if (parent !== undefined) totals[parent]! += totals[k]!;
  };
  at.forEach((start, k) => {
    const level = headings[k]!.depth;
    while (open.length > 0 && headings[open[open.length - 1]!]!.depth >= level) close(open.pop()!, start);
    totals[k] = own[k]!;
    open.push(k);
  });
  while (open.length > 0) close(open.pop()!, tokens.length);
  const preamble = countWords(blockText(tokens.slice(0, at[0] ?? tokens.length)));
  const words = own.reduce((sum, n) => sum + n, preamble);
  const sections = at.map((start, k) => ({
    number: k + 1,
    slug: slugs[k]!,
    heading: texts[k]!,
    level: headings[k]!.depth,
    words: totals[k]!,
    start,
    ownEnd: at[k + 1] ?? tokens.length,
    end: ends[k]!,
  }));
  return { sections, words };
}
