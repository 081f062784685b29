import { ABBREVIATIONS, CUE_VERBS } from './lexicon.js';
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

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}’'&.\-]*[\p{L}\p{N}\p{M}](?:(?<=s)['’](?=\s))?|[\p{L}\p{N}]/uy;
const PUNCT = /[,:;.!?()\[\]—–-]/y;

/** Tokenises a stretch of text (no quotations in it) starting at `offset`. */
function tokenise(text: string, offset: number, out: FrameToken[]): void {
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i]!)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    let m = WORD.exec(text);
    if (m) {
      let word = m[0];
      // A trailing period belongs to the word only for abbreviations and initials (Mr., U.S., J.).
      const dotted = text[i + word.length] === '.' && (ABBREVIATIONS.has(word.toLowerCase()) || /^[A-Z]$/.test(word));
      if (dotted) word += '.';
      out.push({ kind: 'word', text: word, lower: word.toLowerCase(), start: offset + i, end: offset + i + word.length, quote: -1 });
      i += word.length;
      continue;
    }
    PUNCT.lastIndex = i;
    m = PUNCT.exec(text);
    const ch = m ? m[0] : text[i]!;
    out.push({ kind: 'punct', text: ch, lower: ch, start: offset + i, end: offset + i + ch.length, quote: -1 });
    i += ch.length;
  }
}

/** True when a token ends a sentence: . ! ? outside quotations, or a quotation that ends with one. */
function endsSentence(token: FrameToken, spans: readonly QuoteSpan[]): boolean {
  if (token.kind === 'punct') return /[.!?]/.test(token.text);
  if (token.kind === 'quote') return /[.!?]\s*$/.test(spans[token.quote]!.inner);
  return false;
}

/** True when a token can open a new sentence. */
function startsSentence(token: FrameToken | undefined): boolean {
  return token !== undefined && (token.kind === 'quote' || /^[\p{Lu}\p{N}]/u.test(token.text));
}

/** True when a cue verb comes within a few words, before any sentence end: `“…!” Smith said.` */
function cueFollows(tokens: readonly FrameToken[], from: number): boolean {
  for (let j = from; j < Math.min(tokens.length, from + 6); j++) {
    const t = tokens[j]!;
    if (t.kind === 'word' && CUE_VERBS.has(t.text)) return true;
    if (t.kind !== 'word') return false;
  }
  return false;
}

/** Splits a paragraph into sentences of tokens, each quotation one token. */
export function sentences(text: string, spans: readonly QuoteSpan[]): Sentence[] {
  const tokens: FrameToken[] = [];
  let at = 0;
  spans.forEach((span, q) => {
    tokenise(text.slice(at, span.open), at, tokens);
    tokens.push({ kind: 'quote', text: text.slice(span.open, span.end), lower: '', start: span.open, end: span.end, quote: q });
    at = span.end;
  });
  tokenise(text.slice(at), at, tokens);
  const out: FrameToken[][] = [[]];
  tokens.forEach((token, i) => {
    out[out.length - 1]!.push(token);
    if (endsSentence(token, spans) && startsSentence(tokens[i + 1]) && !(token.kind === 'quote' && cueFollows(tokens, i + 1))) out.push([]);
  });
  return out.filter((s) => s.length > 0);
}
