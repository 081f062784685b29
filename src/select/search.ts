// What `search` picks across many stories: the sentences that match (select/find.ts, story by
// story), or the statements of one speaker; each with the story it is in.
import { decodeHTML } from 'entities';
import type { Quote } from '../quotes/types.js';
import { foldPunctuation } from '../text/fold.js';
import type { Found } from './find.js';

/** A story searched: how search output names it. */
export interface SearchedStory {
  /** The library slug of a saved story, or the slug a stored story would be saved under (`read` takes either). */
  readonly slug: string;
  readonly title: string | null;
  readonly date: string | null;
  /** True for a story in the library, false for a stored feed story. */
  readonly saved: boolean;
}

/** A sentence found, in its story. */
export interface FoundIn {
  readonly story: SearchedStory;
  readonly found: Found;
}

/** A statement, in its story. */
export interface SaidIn {
  readonly story: SearchedStory;
  readonly quote: Quote;
}

/** Text folded as --find and --speaker compare it: quotes and dashes alike, any case. */
const fold = (text: string): string => foldPunctuation(text).toLowerCase();

/**
 * True when a story's raw text (Markdown or HTML, character references decoded) may hold a match
 * for a plain query: every run of letters and digits in the query is in it somewhere. A cheap
 * look that spares parsing the stories that cannot match; markup can split a phrase, never a
 * word, so no match is missed. Regular expressions are never ruled out.
 */
export function mayMatch(raw: string, query: string, regex: boolean): boolean {
  if (regex) return true;
  const text = fold(decodeHTML(raw));
  return (fold(query).match(/[\p{L}\p{N}]+/gu) ?? []).every((word) => text.includes(word));
}

/** The statements whose speaker's name or role holds `name` (any case, quotes and dashes alike). */
export function saidBy(quotes: readonly Quote[], name: string): Quote[] {
  const wanted = fold(name.trim());
  return quotes.filter((q) => fold(q.speaker).includes(wanted) || fold(q.role ?? '').includes(wanted));
}
