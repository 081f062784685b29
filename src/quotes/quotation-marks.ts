import { isWordChar } from '../text/chars.js';

/** A quoted span in a paragraph: offsets of its marks and whether it is closed there. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset just past the closing mark, or the paragraph's length when the quote runs on. */
  readonly end: number;
  /** The text between the marks. */
  readonly inner: string;
  /** False when the quote is still open at the end of the paragraph (it continues in the next). */
  readonly closed: boolean;
}

/**
 * Closing marks for each opening double mark. Text from the web mixes curly and straight marks
 * (`“…,"`), so a curly quote may close with a straight one, and a straight one with a curly one.
 */
const DOUBLE_PAIRS: Record<string, string> = { '“': '”"', '«': '»', '„': '“', '"': '"”', '»': '«' };

/** The first of any of the closing marks after `from`, or -1. */
function firstOf(text: string, marks: string, from: number): number {
  let best = -1;
  for (const mark of marks) {
    const at = text.indexOf(mark, from);
    if (at !== -1 && (best === -1 || at < best)) best = at;
  }
  return best;
}
const SINGLE_PAIRS: Record<string, string> = { '‘': '’', "'": "'", '‹': '›', '‚': '‘' };

const isLetter = isWordChar;
const isSpaceOrStart = (ch: string | undefined): boolean => ch === undefined || /[\s([{—–\-“"‘«„/]/.test(ch);

/**
 * Finds the top-level quoted spans of a paragraph. Double marks (“…”, "…", «…», „…“) always
 * quote; single marks (‘…’, '…') quote only when they open at a word's start and a matching
 * close follows, so apostrophes (enclave’s, don't, 1990s’) never open or close a quote.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const prev = text[i - 1];
    const next = text[i + 1];
    const doubleClose = DOUBLE_PAIRS[ch];
    const singleClose = SINGLE_PAIRS[ch];
    const opensHere = isSpaceOrStart(prev) && next !== undefined && !/\s/.test(next);
    if (doubleClose && opensHere && !(ch === '»' && !text.includes('«', i))) {
      const close = firstOf(text, doubleClose, i + 1);
      if (close === -1) {
        spans.push({ open: i, end: text.length, inner: text.slice(i + 1), closed: false });
        break;
      }
      spans.push({ open: i, end: close + 1, inner: text.slice(i + 1, close), closed: true });
      i = close + 1;
      continue;
    }
    if (singleClose && opensHere && isLetter(next)) {
      const close = findSingleClose(text, i + 1, singleClose);
      if (close !== -1) {
        spans.push({ open: i, end: close + 1, inner: text.slice(i + 1, close), closed: true });
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  return spans;
}

/** The closing single mark for an opening one: a mark not between two letters (not an apostrophe). */
function findSingleClose(text: string, from: number, mark: string): number {
  for (let j = text.indexOf(mark, from); j !== -1; j = text.indexOf(mark, j + 1)) {
    const before = text[j - 1];
    const after = text[j + 1];
    if (before !== undefined && !/\s/.test(before) && !isLetter(after)) return j;
    if (after === undefined) return j;
  }
  return -1;
}

/** True when a paragraph opens with a quotation mark (how a quote continues in the next paragraph). */
export function opensWithQuote(text: string): boolean {
  return /^[“"«„‘]/.test(text.trimStart());
}
