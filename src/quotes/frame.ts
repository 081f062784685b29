import { isAbbreviation, sentenceEnds } from '../text/sentences.js';
import { isWordCode } from '../text/chars.js';
import { cueLemma } from './cues.js';
import type { QuoteSpan } from './quotation-marks.js';

/** A word, punctuation mark or whole quotation in a sentence, with its place in the paragraph. */
export interface FrameToken {
  readonly kind: 'word' | 'punct' | 'quote';
  readonly text: string;
  readonly lower: string;
  /** Offsets into the paragraph's text. */
  readonly start: number;
  readonly end: number;
  /** Index of the QuoteSpan, for quotes. */
  readonly quote: number;
}

/** A sentence of a paragraph as tokens; quotations are single tokens, so no sentence ends inside one. */
export type Sentence = readonly FrameToken[];

/** Characters that join word characters into one word: `enclave’s`, `U.S`, `AT&T`, `Nagorno-Karabakh`. */
const JOINERS = new Set([0x2019, 0x27, 0x26, 0x2e, 0x2d]);

/** True for white space, ASCII or not. */
function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** End of the word starting at i: word characters, joined by JOINERS, and a plural possessive (`employers'`). */
function wordEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isWordCode(c)) j++;
    else if (JOINERS.has(c) && j + 1 < text.length && isWordCode(text.charCodeAt(j + 1))) j++;
    else break;
  }
  const next = text.charCodeAt(j);
  if ((next === 0x27 || next === 0x2019) && text[j - 1] === 's' && (j + 1 >= text.length || isSpace(text.charCodeAt(j + 1)))) j++;
  return j;
}

/** Tokenises a stretch of text (no quotations in it) starting at `offset`. */
function tokenise(text: string, offset: number, out: FrameToken[]): void {
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    if (isWordCode(code)) {
      let word = text.slice(i, wordEnd(text, i));
      // A trailing period belongs to the word only for abbreviations and initials (Mr., U.S., J.).
      const dotted = text[i + word.length] === '.' && isAbbreviation(word, text.slice(i + word.length + 1, i + word.length + 4));
      if (dotted) word += '.';
      out.push({ kind: 'word', text: word, lower: word.toLowerCase(), start: offset + i, end: offset + i + word.length, quote: -1 });
      i += word.length;
      continue;
    }
    const ch = text[i]!;
    out.push({ kind: 'punct', text: ch, lower: ch, start: offset + i, end: offset + i + 1, quote: -1 });
    i++;
  }
}

/** True when a cue verb comes within a few words, before any sentence end: `“…!” Smith said.` */
function cueFollows(tokens: readonly FrameToken[], from: number): boolean {
  // A quote that closes on a full stop ended its sentence (`“… ISIS.” Lamrani further described …`);
  // one that closes on `!` or `?` may still be followed by its cue (`“Why now?” she asked.`).
  if (/\.\s*["”’»]?$/.test(tokens[from - 1]?.text ?? '')) return false;
  for (let j = from; j < Math.min(tokens.length, from + 6); j++) {
    const t = tokens[j]!;
    if (t.kind === 'word' && cueLemma(t.text) !== undefined) return true;
    if (t.kind !== 'word') return false;
  }
  return false;
}

/**
 * Splits a paragraph into sentences of tokens, each quotation one token: where the shared splitter
 * ends a sentence (text/sentences.ts), except after a quotation that a cue follows (`“…!” Smith said.`).
 */
export function sentences(text: string, spans: readonly QuoteSpan[]): Sentence[] {
  const tokens: FrameToken[] = [];
  let at = 0;
  spans.forEach((span, q) => {
    tokenise(text.slice(at, span.open), at, tokens);
    tokens.push({ kind: 'quote', text: text.slice(span.open, span.end), lower: '', start: span.open, end: span.end, quote: q });
    at = span.end;
  });
  tokenise(text.slice(at), at, tokens);
  const ends = sentenceEnds(text, spans);
  const out: FrameToken[][] = [[]];
  let k = 0;
  tokens.forEach((token, i) => {
    while (k < ends.length && ends[k]! <= token.start) {
      const previous = tokens[i - 1];
      if (!(previous?.kind === 'quote' && cueFollows(tokens, i))) out.push([]);
      k++;
    }
    out[out.length - 1]!.push(token);
  });
  return out.filter((s) => s.length > 0);
}
